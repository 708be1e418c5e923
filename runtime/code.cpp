// runtime/code.cpp — code objects (see code.h).
#include "runtime/code.h"

#include <vector>
#include "memory/allocator.h"
#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"

namespace mempy::runtime {

TypeObject CodeType;

namespace {

inline CodeObject* as_code(Object* op) {
  return static_cast<CodeObject*>(op);
}

void code_dealloc(Object* op) {
  CodeObject* c = as_code(op);
  clear_weakrefs(op);
  xdecref(c->consts);
  xdecref(c->names);
  xdecref(c->localsplusnames);
  xdecref(c->filename);
  xdecref(c->name);
  xdecref(c->qualname);
  memory::free(c->localspluskinds);
  memory::free(c->code);
  memory::free(c->lines);
  memory::free(c->exc_table);
  if (c->extra) code_extra_free(c);
  object_free(op);
}

Object* code_repr(Object* op) {
  CodeObject* c = as_code(op);
  return str_from_utf8(fmt::format("<code object {} at {}, file \"{}\", line {}>",
                                   str_to_std(c->name), static_cast<const void*>(op),
                                   str_to_std(c->filename), c->firstlineno));
}

// names of localsplus slots with a given kind bit, as a tuple
Object* names_with_kind(CodeObject* c, std::uint8_t kind, bool exclude_args_cells) {
  std::vector<Object*> out;
  for (int i = 0; i < c->nlocalsplus; ++i) {
    std::uint8_t k = c->localspluskinds[i];
    if (!(k & kind)) continue;
    if (exclude_args_cells && (k & CO_FAST_LOCAL) && kind == CO_FAST_CELL) {
      // a parameter that is also a cell is listed in co_cellvars too (CPython)
    }
    out.push_back(tuple_get(c->localsplusnames, i));
  }
  return tuple_from_array(out.data(), ssize(out.size()));
}

Object* code_get_varnames(Object* op, void*) {
  return names_with_kind(as_code(op), CO_FAST_LOCAL, false);
}
Object* code_get_cellvars(Object* op, void*) {
  return names_with_kind(as_code(op), CO_FAST_CELL, false);
}
Object* code_get_freevars(Object* op, void*) {
  return names_with_kind(as_code(op), CO_FAST_FREE, false);
}
Object* code_get_nlocals(Object* op, void*) {
  return int_from_i64(as_code(op)->nlocals);
}
Object* code_get_argcount(Object* op, void*) {
  return int_from_i64(as_code(op)->argcount);
}
Object* code_get_posonlyargcount(Object* op, void*) {
  return int_from_i64(as_code(op)->posonlyargcount);
}
Object* code_get_kwonlyargcount(Object* op, void*) {
  return int_from_i64(as_code(op)->kwonlyargcount);
}
Object* code_get_stacksize(Object* op, void*) {
  return int_from_i64(as_code(op)->stacksize);
}
Object* code_get_flags(Object* op, void*) {
  return int_from_i64(as_code(op)->flags);
}
Object* code_get_firstlineno(Object* op, void*) {
  return int_from_i64(as_code(op)->firstlineno);
}
Object* code_get_consts(Object* op, void*) {
  return new_ref(as_code(op)->consts);
}
Object* code_get_names(Object* op, void*) {
  return new_ref(as_code(op)->names);
}
Object* code_get_name(Object* op, void*) {
  return new_ref(as_code(op)->name);
}
Object* code_get_qualname(Object* op, void*) {
  return new_ref(as_code(op)->qualname);
}
Object* code_get_filename(Object* op, void*) {
  return new_ref(as_code(op)->filename);
}

GetSetDef code_getset[] = {
    {"co_varnames", code_get_varnames, nullptr, nullptr, nullptr},
    {"co_cellvars", code_get_cellvars, nullptr, nullptr, nullptr},
    {"co_freevars", code_get_freevars, nullptr, nullptr, nullptr},
    {"co_nlocals", code_get_nlocals, nullptr, nullptr, nullptr},
    {"co_argcount", code_get_argcount, nullptr, nullptr, nullptr},
    {"co_posonlyargcount", code_get_posonlyargcount, nullptr, nullptr, nullptr},
    {"co_kwonlyargcount", code_get_kwonlyargcount, nullptr, nullptr, nullptr},
    {"co_stacksize", code_get_stacksize, nullptr, nullptr, nullptr},
    {"co_flags", code_get_flags, nullptr, nullptr, nullptr},
    {"co_firstlineno", code_get_firstlineno, nullptr, nullptr, nullptr},
    {"co_consts", code_get_consts, nullptr, nullptr, nullptr},
    {"co_names", code_get_names, nullptr, nullptr, nullptr},
    {"co_name", code_get_name, nullptr, nullptr, nullptr},
    {"co_qualname", code_get_qualname, nullptr, nullptr, nullptr},
    {"co_filename", code_get_filename, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Object* code_new(const CodeSpec& s) {
  CodeObject* c = static_cast<CodeObject*>(type_generic_alloc(&CodeType, 0));
  if (!c) {
    memory::free(s.localspluskinds);
    memory::free(s.code);
    memory::free(s.lines);
    memory::free(s.exc_table);
    return nullptr;
  }
  c->consts = new_ref(s.consts);
  c->names = new_ref(s.names);
  c->localsplusnames = new_ref(s.localsplusnames);
  c->localspluskinds = s.localspluskinds;
  c->filename = new_ref(s.filename);
  c->name = new_ref(s.name);
  c->qualname = new_ref(s.qualname);
  c->code = s.code;
  c->ncode = s.ncode;
  c->lines = s.lines;
  c->nlines = s.nlines;
  c->exc_table = s.exc_table;
  c->nexc = s.nexc;
  c->argcount = s.argcount;
  c->posonlyargcount = s.posonlyargcount;
  c->kwonlyargcount = s.kwonlyargcount;
  c->nlocals = s.nlocals;
  c->nlocalsplus = s.nlocalsplus;
  c->ncellvars = s.ncellvars;
  c->nfreevars = s.nfreevars;
  c->stacksize = s.stacksize;
  c->flags = s.flags;
  c->firstlineno = s.firstlineno;
  return c;
}

namespace {
// The line-table entry covering instruction i (null before the first).
const LineTableEntry* line_entry(const CodeObject* code, ssize i) {
  // binary search for the last entry starting at or before i
  ssize lo = 0, hi = code->nlines;
  while (lo < hi) {
    ssize mid = (lo + hi) / 2;
    if (ssize(code->lines[mid].start) <= i) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo == 0 ? nullptr : &code->lines[lo - 1];
}
}  // namespace

int code_line_for(const CodeObject* code, ssize i) {
  const LineTableEntry* e = line_entry(code, i);
  return e ? e->line : code->firstlineno;
}

int code_traced_line_for(const CodeObject* code, ssize i) {
  const LineTableEntry* e = line_entry(code, i);
  return !e ? code->firstlineno : e->artificial ? -1 : e->line;
}

const ExceptionTableEntry* code_find_handler(const CodeObject* code, ssize i) {
  // entries are sorted by start; innermost handlers come first for nested ranges, so take the
  // first range containing i
  for (ssize k = 0; k < code->nexc; ++k) {
    const ExceptionTableEntry& e = code->exc_table[k];
    if (ssize(e.start) <= i && i < ssize(e.end)) return &e;
  }
  return nullptr;
}

void code_type_init() {
  CodeType.name = "code";
  CodeType.basicsize = sizeof(CodeObject);
  CodeType.dealloc = code_dealloc;
  CodeType.repr = code_repr;
  CodeType.getset = code_getset;
  CodeType.weaklistoffset = offsetof(CodeObject, weakreflist);
}

}  // namespace mempy::runtime
