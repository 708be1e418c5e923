// interp/disassemble.cpp — a readable listing of a code object and its nested code objects
// (`mempy --dis`), in the spirit of CPython's dis module: line, offset, opcode, argument and
// what the argument names.
#include <fmt/format.h>

#include <string>

#include "interp/compiler.h"
#include "interp/opcodes.h"
#include "runtime/abstract.h"
#include "runtime/code.h"
#include "runtime/errors.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::interp {

using namespace runtime;

const char* opcode_name(int op) {
  static const char* const names[] = {
#define MEMPY_OP_NAME(name, cache) #name,
      MEMPY_OPCODES(MEMPY_OP_NAME)
#undef MEMPY_OP_NAME
  };
  if (op < 0 || op >= OP_COUNT) return "<unknown>";
  return names[op];
}

namespace {

std::string repr_of(Object* op) {
  std::string out;
  if (!repr_utf8_of(op, out)) {
    err_clear();
    return "<?>";
  }
  return out;
}

std::string name_at(Object* tuple, std::uint32_t i) {
  if (!tuple || ssize(i) >= tuple_size(tuple)) return "?";
  return str_to_std(tuple_get(tuple, i));
}

void disassemble_into(CodeObject* co, std::string& out) {
  out += fmt::format("Disassembly of <code object {} at line {}>:\n", str_to_std(co->name),
                     co->firstlineno);
  int last_line = -1;
  for (ssize i = 0; i < co->ncode;) {
    std::uint32_t w = co->code[i];
    int op = instr_op(w);
    std::uint32_t arg = instr_arg(w);
    int line = code_line_for(co, i);
    std::string line_col = line != last_line && line >= 0 ? fmt::format("{:>4}", line) : "    ";
    last_line = line;
    std::string detail;
    switch (op) {
      case OP_LOAD_CONST:
        if (ssize(arg) < tuple_size(co->consts)) detail = repr_of(tuple_get(co->consts, arg));
        break;
      case OP_LOAD_FAST:
      case OP_LOAD_FAST_CHECK:
      case OP_STORE_FAST:
      case OP_DELETE_FAST:
      case OP_LOAD_CLOSURE:
      case OP_LOAD_DEREF:
      case OP_LOAD_CLASSDEREF:
      case OP_STORE_DEREF:
      case OP_DELETE_DEREF:
      case OP_MAKE_CELL:
        detail = name_at(co->localsplusnames, arg);
        break;
      case OP_LOAD_NAME:
      case OP_STORE_NAME:
      case OP_DELETE_NAME:
      case OP_STORE_GLOBAL:
      case OP_DELETE_GLOBAL:
      case OP_STORE_ATTR:
      case OP_DELETE_ATTR:
      case OP_LOAD_METHOD:
      case OP_IMPORT_NAME:
      case OP_IMPORT_FROM:
      case OP_LOAD_ATTR:
        detail = name_at(co->names, arg);
        break;
      case OP_LOAD_GLOBAL:
        detail = (arg & 1 ? "NULL + " : "") + name_at(co->names, arg >> 1);
        break;
      case OP_BINARY_OP:
        detail = binop_symbol(int(arg));
        break;
      default:
        break;
    }
    out += fmt::format("{} {:>6} {:<28} {:>4}{}\n", line_col, i, opcode_name(op), arg,
                       detail.empty() ? "" : " (" + detail + ")");
    i += 1 + (op < OP_COUNT ? kCacheWords[op] : 0);
  }
  for (ssize k = 0; k < tuple_size(co->consts); ++k) {
    Object* c = tuple_get(co->consts, k);
    if (is_code(c)) {
      out += '\n';
      disassemble_into(static_cast<CodeObject*>(c), out);
    }
  }
}

}  // namespace

std::string disassemble(Object* code) {
  std::string out;
  disassemble_into(static_cast<CodeObject*>(code), out);
  return out;
}

}  // namespace mempy::interp
