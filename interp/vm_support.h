// interp/vm_support.h — the evaluation loop's out-of-line helpers: slow paths, specialisation of
// inline caches, and the semantics of the more complex instructions.
#pragma once
#include <cstdint>

#include "runtime/code.h"
#include "runtime/frame.h"
#include "runtime/object.h"

namespace mempy::interp {

using runtime::CodeObject;
using runtime::Frame;
using runtime::Object;

void unbound_local_error(CodeObject* co, std::uint32_t index);
void unbound_deref_error(CodeObject* co, std::uint32_t index);

Object* load_name(Frame* frame, Object* name);
// LOAD_GLOBAL: the value (new reference) or nullptr + NameError; when `instr` is given, rewrites
// it into a cached form for the next execution.
Object* load_global_and_specialize(Frame* frame, Object* name, std::uint32_t* cache,
                                   std::uint32_t* instr);
void specialize_load_attr(Object* owner, Object* name, std::uint32_t* cache, std::uint32_t* instr);
void specialize_store_attr(Object* owner, Object* name, std::uint32_t* cache, std::uint32_t* instr);
// LOAD_METHOD: 1 with *meth an unbound method to call with obj first, 0 with *meth the attribute
// (bound or plain), -1 on error. Specialises when cache/instr are given.
int get_method(Object* obj, Object* name, Object** meth, std::uint32_t* cache,
               std::uint32_t* instr);

// Unpacks `seq` into `before` (+ a list + `after` when after >= 0) values written below `top` so
// that the first item ends up on top of the stack. Raises CPython's ValueError/TypeError.
bool unpack_iterable(Object* seq, int before, int after, Object** top);
// Concatenation of n strings (BUILD_STRING of f-strings); borrowed items.
Object* build_string(Object* const* items, runtime::ssize n);
Object* format_value(Object* value, std::uint32_t conversion, Object* spec);
int dict_merge_for_call(Object* dict, Object* update, Object* func);
// SEND: 0 the receiver yielded *result, 1 it returned *result, -1 error.
int send_to(Object* receiver, Object* value, Object** result);
Object* call_function_ex(Object* func, Object* callargs, Object* kwargs);  // steals args, kwargs
Object* annotations_to_dict(Object* pairs);
// RAISE_VARARGS: true when it re-raised the handled exception (no new traceback entry).
bool do_raise(Object* exc, Object* cause);
int check_except_type_valid(Object* type);
Object* import_name(Frame* frame, Object* name, Object* fromlist, Object* level);
Object* import_from(Object* module, Object* name);
int import_all_from(Object* locals, Object* module);
int setup_annotations(Object* locals);
int print_expr(Object* value);

}  // namespace mempy::interp
