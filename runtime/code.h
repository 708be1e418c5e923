// runtime/code.h — code objects: the compiled body of a module, class or function.
//
// Instructions are 32-bit words: an 8-bit opcode and a 24-bit argument (interp/opcodes.h).
// Instructions with inline caches are followed by cache words. The array is mutable: the VM
// specializes instructions in place (quickening). Line numbers live in a compact side table;
// exception handlers in a zero-cost table of ranges (CPython 3.11's co_exceptiontable model).
//
// localsplus layout (CPython 3.11): the fast locals (co_varnames, parameters first), then cell
// variables that are not parameters, then free variables. nlocalsplus counts all three; a
// generator's frame holds nlocalsplus + stacksize slots, which is why getsizeof of a generator
// depends on stacksize (memory-facts §1.3).
#pragma once
#include <cstdint>

#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

// co_flags (CPython's values)
enum CodeFlags : int {
  CO_OPTIMIZED = 0x1,
  CO_NEWLOCALS = 0x2,
  CO_VARARGS = 0x4,
  CO_VARKEYWORDS = 0x8,
  CO_NESTED = 0x10,
  CO_GENERATOR = 0x20,
  CO_NOFREE = 0x40,
};

// Kinds of localsplus slots (CPython's CO_FAST_*).
enum LocalKind : std::uint8_t {
  CO_FAST_LOCAL = 0x20,
  CO_FAST_CELL = 0x40,
  CO_FAST_FREE = 0x80,
};

struct ExceptionTableEntry {
  std::uint32_t start;   // first instruction index covered
  std::uint32_t end;     // one past the last
  std::uint32_t target;  // handler instruction index
  std::uint16_t depth;   // value-stack depth to unwind to
  std::uint16_t lasti;   // push the offending instruction index before the exception
};

struct LineTableEntry {
  std::uint32_t start;  // first instruction index with this line
  // the line; for artificial instructions (no line of their own in CPython's table: exception
  // handler set-up, a jump target with several origins) the line before them, flagged
  std::int32_t line : 31;
  std::uint32_t artificial : 1;
};
static_assert(sizeof(LineTableEntry) == 8);

struct CodeObject : Object {
  Object* consts;           // tuple
  Object* names;            // tuple of str: global/attribute names (co_names)
  Object* localsplusnames;  // tuple of str
  Object* filename;         // str
  Object* name;             // str
  Object* qualname;         // str
  Object* weakreflist;
  std::uint8_t* localspluskinds;  // nlocalsplus entries
  std::uint32_t* code;            // ncode words, mutable (quickening)
  LineTableEntry* lines;
  ExceptionTableEntry* exc_table;
  void* extra;  // interp-owned per-code data (e.g. specialization state)
  ssize ncode;
  ssize nlines;
  ssize nexc;
  int argcount;
  int posonlyargcount;
  int kwonlyargcount;
  int nlocals;      // co_varnames count
  int nlocalsplus;  // locals + cells (non-parameter) + frees
  int ncellvars;
  int nfreevars;
  int stacksize;
  int flags;
  int firstlineno;
};

extern TypeObject CodeType;

inline bool is_code(const Object* op) {
  return op->type == &CodeType;
}

// Builds a code object; takes ownership of the arrays (allocated with memory::alloc).
struct CodeSpec {
  Object* consts;
  Object* names;
  Object* localsplusnames;
  std::uint8_t* localspluskinds;
  Object* filename;
  Object* name;
  Object* qualname;
  std::uint32_t* code;
  ssize ncode;
  LineTableEntry* lines;
  ssize nlines;
  ExceptionTableEntry* exc_table;
  ssize nexc;
  int argcount, posonlyargcount, kwonlyargcount, nlocals, nlocalsplus, ncellvars, nfreevars;
  int stacksize, flags, firstlineno;
};
Object* code_new(const CodeSpec& spec);  // borrows the objects, steals the arrays

// Source line of the instruction at index `i` (-1 when none).
int code_line_for(const CodeObject* code, ssize i);
// The same, but -1 for an artificial instruction (CPython's None line): what line tracing sees.
int code_traced_line_for(const CodeObject* code, ssize i);
// The handler for an exception raised at instruction `i`, or nullptr.
const ExceptionTableEntry* code_find_handler(const CodeObject* code, ssize i);

// Frees the interp-owned per-code data (implemented by interp/).
void code_extra_free(CodeObject* code);

void code_type_init();

}  // namespace mempy::runtime
