// runtime/eval.h — the services interp/ provides to the runtime (declared here so runtime/ does
// not include interp/): running frames, compiling source and importing modules.
#pragma once
#include <string_view>

#include "runtime/frame.h"
#include "runtime/object.h"

namespace mempy::runtime {

struct FunctionObject;

// Calls a Python function: binds arguments into a new frame and runs it.
Object* eval_function(FunctionObject* func, Object* const* args, std::size_t nargsf,
                      Object* kwnames);
// Runs (or resumes) a frame to its next yield/return. `throwing`: an exception is already set
// and should be raised at the resume point (generator.throw / close).
Object* eval_frame(Frame* frame, bool throwing);
// Binds arguments into an embedded generator frame (used by generator creation).
bool bind_arguments(FunctionObject* func, Frame* frame, Object* const* args, std::size_t nargsf,
                    Object* kwnames);

// Compiles source text to a code object (builtins compile/exec/eval). mode: "exec", "eval",
// "single". Raises SyntaxError.
// `literals`: see interp::compile_text (exec/eval of a string keep them alive while running).
Object* compile_source(std::string_view source, Object* filename, const char* mode,
                       Object** literals = nullptr);
// Runs a code object with the given globals/locals (exec/eval/module bodies).
Object* eval_code(Object* code, Object* globals, Object* locals);

// `import name` (absolute, dotted names allowed): returns the top-level or leaf module per
// `fromlist` semantics of __import__.
Object* import_module_level(Object* name, Object* globals, Object* fromlist, int level);
Object* import_module(const char* name);  // the leaf module, new reference

// sys.settrace / sys.gettrace (interp/trace.h): the trace function (borrowed; null when none).
// Setting one (null: none) makes the VM report call/line/return/exception events to it.
void eval_set_trace(Object* func);
Object* eval_get_trace();

// The innermost executing frame (borrowed) or null, and its globals (borrowed) or null.
Frame* current_frame();
Object* current_globals();

}  // namespace mempy::runtime
