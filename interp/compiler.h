// interp/compiler.h — AST + symbol table to code objects (CPython 3.11's compile.c design).
//
// Code generation emits instructions into basic blocks. Exception handling uses pseudo
// instructions — SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH push a handler, POP_BLOCK pops it —
// that the assembler (assembler.cpp) turns into the zero-cost exception table after computing,
// over the control-flow graph, which handler covers each instruction and the stack depth at each
// point. The same pass yields co_stacksize exactly as CPython computes it.
#pragma once
#include <string_view>

#include "interp/ast.h"
#include "interp/symtable.h"
#include "runtime/object.h"

namespace mempy::interp {

enum class CompileMode { Exec, Eval, Single };

// Parses, analyses and compiles source text. Returns a new code object, or nullptr with the
// Python exception set (SyntaxError and subclasses with filename/lineno/offset/text, or
// RecursionError / MemoryError for absurd nesting). `char_offsets`: compile() of a str object.
//
// `literals` (optional) receives a list of the objects made for each literal of the source
// (one per occurrence, before equal constants are merged) and for each folded constant. CPython
// keeps these alive in its AST arena while it runs a script, a -c string or an exec()/eval()
// string, which is visible as one more reference to each constant in sys.getrefcount; holding
// this list for the duration of the run reproduces that.
runtime::Object* compile_text(std::string_view source, runtime::Object* filename, CompileMode mode,
                              bool char_offsets = false, runtime::Object** literals = nullptr);

// Disassembly of a code object (for debugging: `mempy --dis file.py`).
std::string disassemble(runtime::Object* code);

}  // namespace mempy::interp
