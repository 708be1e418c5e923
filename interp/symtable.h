// interp/symtable.h — scopes and name resolution (CPython 3.11's Python/symtable.c semantics).
//
//     SymtableResult st = build_symtable(*parse_result.module);
//     if (!st.ok()) report(st.error);
//     const Block* b = st.table->block_for(function_def_node);   // or lambda / comprehension
//     switch (b->scope_of("x")) { case Scope::Local: ... LOAD_FAST; case Scope::Cell: ... }
//
// One Block per scope: the module, each class body, each function and lambda, and (3.11) each
// comprehension / generator expression, whose implicit first parameter ".0" receives the
// iterator of its first `for` (that iterable is evaluated in the enclosing scope).
//
// For each block the compiler gets what CPython's compiler reads from its symtable entry:
//  - symbols with their flags (DEF_LOCAL, USE, ...) and resolved Scope;
//  - `varnames`: co_varnames — parameters in order (positional-only, positional, keyword-only,
//    *args, **kwargs), then other fast locals in the order the compiler first meets them;
//  - `cellvars` / `freevars`: co_cellvars / co_freevars as CPython 3.11 orders them: cells that
//    are parameters first in parameter order, then the other cells sorted by name; free
//    variables sorted by name (a class that needs the implicit `__class__` cell has
//    cellvars == {"__class__"});
//  - flags: generator (contains yield), nested, varargs, varkeywords, needs_class_closure, ...
//
// build_symtable also performs the checks CPython's *compiler* makes before emitting code and
// that need no code generation: 'return' / 'yield' outside function, 'break' outside loop,
// 'continue' not properly in loop, "default 'except:' must be last", starred assignment targets
// ("starred assignment target must be in a list or tuple", "multiple starred expressions in
// assignment", "can't use starred expression here") and "keyword argument repeated". They run
// after the symbol table succeeded (as in CPython, where the symbol table runs first), in the
// compiler's order. Not checked: "too many statically nested blocks". Errors from this module
// leave SyntaxError::text empty (CPython fills it from the file; the caller can do the same).
//
// After build_symtable succeeds the AST nests at most kMaxCompileDepth deep, so the compiler may
// walk it recursively without checking.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "interp/ast.h"
#include "interp/syntax_error.h"

namespace mempy::interp {

// Symbol flags, CPython's values (Include/internal/pycore_symtable.h).
enum SymbolFlag : std::uint32_t {
  kDefGlobal = 1,      // global statement
  kDefLocal = 2,       // assignment in this block
  kDefParam = 4,       // formal parameter
  kDefNonlocal = 8,    // nonlocal statement
  kUse = 16,           // read in this block
  kDefFree = 32,       // (unused by 3.11's analysis)
  kDefFreeClass = 64,  // free from a method, bound in the class
  kDefImport = 128,    // bound by import
  kDefAnnot = 256,     // annotated
  kDefCompIter = 512,  // comprehension iteration variable
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

// CPython's scope values (flags >> 11).
enum class Scope : std::uint8_t {
  None = 0,
  Local = 1,
  GlobalExplicit = 2,
  GlobalImplicit = 3,
  Free = 4,
  Cell = 5,
};

enum class BlockType : std::uint8_t { Function, Class, Module };  // CPython's numbering

enum class ComprehensionKind : std::uint8_t { None, List, Set, Dict, Generator };

struct Symbol {
  std::string name;  // mangled (`__x` in class C is `_C__x`)
  std::uint32_t flags = 0;
  Scope scope = Scope::None;
};

struct Block {
  BlockType type = BlockType::Module;
  std::string name;  // "top", the def/class name, "lambda", "listcomp", "genexpr", ...
  int lineno = 0;
  int col_offset = 0;
  const void* node = nullptr;  // the Module, FunctionDef, ClassDef, Lambda or comprehension node
  ComprehensionKind comprehension = ComprehensionKind::None;

  std::vector<Symbol> symbols;  // in order of first appearance
  std::vector<Block*> children;

  std::vector<std::string> params;    // parameter names in order (CPython's ste_varnames)
  std::vector<std::string> varnames;  // co_varnames
  std::vector<std::string> cellvars;  // co_cellvars (parameter cells first, then sorted)
  std::vector<std::string> freevars;  // co_freevars (sorted)

  bool nested = false;
  bool generator = false;
  bool varargs = false;
  bool varkeywords = false;
  bool returns_value = false;
  bool needs_class_closure = false;  // class body must create the __class__ cell
  bool child_free = false;
  bool has_free = false;

  const Symbol* lookup(std::string_view name) const;
  Scope scope_of(std::string_view name) const;  // Scope::None when unknown

  // internal
  std::unordered_map<std::string, std::size_t> index;
  Symbol& symbol(const std::string& name);
};

class SymbolTable {
 public:
  const Block* top() const { return top_; }
  // The block created by a Module, FunctionDef, ClassDef, Lambda, ListComp, SetComp, DictComp
  // or GeneratorExp node; nullptr for other nodes.
  const Block* block_for(const void* node) const;
  // The private-name mangling CPython applies inside class `class_name` (empty: none).
  static std::string mangle(std::string_view class_name, std::string_view name);

  // A stable text dump (the format scripts/gen_frontend_expected.py produces from python3).
  std::string dump() const;

  // internal
  std::vector<std::unique_ptr<Block>> blocks_;
  Block* top_ = nullptr;
  std::unordered_map<const void*, Block*> by_node_;
};

struct SymtableResult {
  std::unique_ptr<SymbolTable> table;
  SyntaxError error;
  bool ok() const { return table != nullptr; }
};

constexpr int kMaxCompileDepth = 2900;  // nested expressions/statements (CPython: ~3000)

SymtableResult build_symtable(const ast::Module& module);

}  // namespace mempy::interp
