// interp/vm_support.cpp — see vm_support.h.
#include "interp/vm_support.h"

#include <vector>

#include "interp/opcodes.h"
#include "runtime/abstract.h"
#include "runtime/cfunction.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/dict_internal.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/ids.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/sysstate.h"
#include "runtime/tuple.h"
#include "stdlib/modules.h"

namespace mempy::interp {

using namespace runtime;

namespace {

inline void store_ptr(std::uint32_t* cache, const void* p) {
  auto v = reinterpret_cast<std::uintptr_t>(p);
  cache[0] = std::uint32_t(v);
  cache[1] = std::uint32_t(v >> 32);
}

std::string local_name(CodeObject* co, std::uint32_t index) {
  return str_to_std(tuple_get(co->localsplusnames, ssize(index)));
}

}  // namespace

void unbound_local_error(CodeObject* co, std::uint32_t index) {
  err_format(&ExcUnboundLocalError,
             "cannot access local variable '{}' where it is not associated with a value",
             local_name(co, index));
}

void unbound_deref_error(CodeObject* co, std::uint32_t index) {
  if (co->localspluskinds[index] & CO_FAST_FREE) {
    err_format(&ExcNameError,
               "cannot access free variable '{}' where it is not associated with a value in "
               "enclosing scope",
               local_name(co, index));
  } else {
    unbound_local_error(co, index);
  }
}

namespace {

Object* lookup_mapping(Object* mapping, Object* name, bool* error) {
  *error = false;
  if (is_dict_exact(mapping)) {
    Object* v = dict_get_item_with_error(mapping, name);
    if (v) return new_ref(v);
    *error = err_occurred();
    return nullptr;
  }
  Object* v = get_item(mapping, name);
  if (v) return v;
  if (err_matches(&ExcKeyError)) {
    err_clear();
  } else {
    *error = true;
  }
  return nullptr;
}

void name_error(Object* name) {
  err_format(&ExcNameError, "name '{}' is not defined", str_to_std(name));
  Object* exc = err_current();
  if (exc && type_check(exc, &ExcNameError)) {
    set_ref(static_cast<NameErrorObject*>(exc)->name, new_ref(name));
  }
}

}  // namespace

Object* load_name(Frame* frame, Object* name) {
  bool error;
  if (!frame->locals) {
    err_format(&ExcSystemError, "no locals when loading {}", repr_for_message(name));
    return nullptr;
  }
  Object* v = lookup_mapping(frame->locals, name, &error);
  if (v || error) return v;
  v = lookup_mapping(frame->globals, name, &error);
  if (v || error) return v;
  v = lookup_mapping(frame->builtins, name, &error);
  if (v || error) return v;
  name_error(name);
  return nullptr;
}

Object* load_global_and_specialize(Frame* frame, Object* name, std::uint32_t* cache,
                                   std::uint32_t* instr) {
  Object* globals = frame->globals;
  Object* builtins = frame->builtins;
  if (is_dict_exact(globals) && is_dict_exact(builtins)) {
    Object* v = dict_get_item_with_error(globals, name);
    if (v) {
      if (instr) {
        std::uint32_t version = dict_keys_version(globals);
        ssize ix = dict_lookup_index_str(globals, name);
        if (version && ix >= 0 && ix <= ssize(kMaxArg)) {
          cache[0] = version;
          cache[1] = std::uint32_t(ix);
          *instr = make_instr(OP_LOAD_GLOBAL_CACHED, instr_arg(*instr));
        }
      }
      return new_ref(v);
    }
    if (err_occurred()) return nullptr;
    v = dict_get_item_with_error(builtins, name);
    if (v) {
      if (instr) {
        std::uint32_t gv = dict_keys_version(globals);
        std::uint32_t bv = dict_keys_version(builtins);
        ssize ix = dict_lookup_index_str(builtins, name);
        if (gv && bv && ix >= 0) {
          cache[0] = gv;
          cache[2] = bv;
          cache[3] = std::uint32_t(ix);
          *instr = make_instr(OP_LOAD_GLOBAL_BUILTIN, instr_arg(*instr));
        }
      }
      return new_ref(v);
    }
    if (err_occurred()) return nullptr;
    name_error(name);
    return nullptr;
  }
  bool error;
  Object* v = lookup_mapping(globals, name, &error);
  if (v || error) return v;
  v = lookup_mapping(builtins, name, &error);
  if (v || error) return v;
  name_error(name);
  return nullptr;
}

void specialize_load_attr(Object* owner, Object* name, std::uint32_t* cache, std::uint32_t* instr) {
  TypeObject* tp = owner->type;
  if (owner->type == &ModuleType) {
    Object* d = module_dict(owner);
    std::uint32_t version = dict_keys_version(d);
    ssize ix = dict_lookup_index_str(d, name);
    if (version && ix >= 0) {
      cache[0] = version;
      cache[2] = std::uint32_t(ix);
      *instr = make_instr(OP_LOAD_ATTR_MODULE, instr_arg(*instr));
    }
    return;
  }
  if (tp->getattro != generic_getattr) return;
  std::uint32_t version = type_version(tp);
  if (!version) return;
  Object* descr = type_lookup(tp, name);
  if (descr) {
    if (descr->type == &MemberDescrType) {
      const MemberDef* m = static_cast<MemberDescrObject*>(descr)->d_member;
      if (m->kind == MemberKind::OBJECT_EX && static_cast<DescrObject*>(descr)->d_type == tp) {
        cache[0] = version;
        cache[2] = std::uint32_t(m->offset);
        *instr = make_instr(OP_LOAD_ATTR_SLOT, instr_arg(*instr));
      } else if (m->kind == MemberKind::OBJECT_EX) {
        cache[0] = version;
        cache[2] = std::uint32_t(m->offset);
        *instr = make_instr(OP_LOAD_ATTR_SLOT, instr_arg(*instr));
      }
    }
    return;  // descriptors and class attributes: generic path
  }
  if ((tp->flags & TPFLAG_MANAGED_DICT) && instance_values_ptr(owner) && type_cached_keys(tp)) {
    ssize ix = shared_keys_lookup(type_cached_keys(tp), name);
    if (ix >= 0) {
      cache[0] = version;
      cache[2] = std::uint32_t(ix);
      *instr = make_instr(OP_LOAD_ATTR_INSTANCE_VALUE, instr_arg(*instr));
    }
  }
}

void specialize_store_attr(Object* owner, Object* name, std::uint32_t* cache,
                           std::uint32_t* instr) {
  TypeObject* tp = owner->type;
  if (tp->setattro != generic_setattr) return;
  std::uint32_t version = type_version(tp);
  if (!version) return;
  Object* descr = type_lookup(tp, name);
  if (descr) {
    if (descr->type == &MemberDescrType) {
      const MemberDef* m = static_cast<MemberDescrObject*>(descr)->d_member;
      if (m->kind == MemberKind::OBJECT_EX && !m->readonly) {
        cache[0] = version;
        cache[2] = std::uint32_t(m->offset);
        *instr = make_instr(OP_STORE_ATTR_SLOT, instr_arg(*instr));
      }
    }
    return;
  }
  if ((tp->flags & TPFLAG_MANAGED_DICT) && instance_values_ptr(owner) && type_cached_keys(tp)) {
    ssize ix = shared_keys_lookup(type_cached_keys(tp), name);
    if (ix >= 0) {
      cache[0] = version;
      cache[2] = std::uint32_t(ix);
      *instr = make_instr(OP_STORE_ATTR_INSTANCE_VALUE, instr_arg(*instr));
    }
  }
}

int get_method(Object* obj, Object* name, Object** meth, std::uint32_t* cache,
               std::uint32_t* instr) {
  TypeObject* tp = obj->type;
  if (tp->getattro != generic_getattr || !is_str(name)) {
    *meth = get_attr(obj, name);
    return *meth ? 0 : -1;
  }
  Object* descr = type_lookup(tp, name);
  DescrGetFn f = nullptr;
  bool meth_found = false;
  if (descr) {
    incref(descr);
    if (descr->type->flags & TPFLAG_METHOD_DESCRIPTOR) {
      meth_found = true;
    } else {
      f = descr->type->descr_get;
      if (f && descr->type->descr_set) {
        *meth = f(descr, obj, tp);
        decref(descr);
        return *meth ? 0 : -1;
      }
    }
  }
  // the instance's own attribute shadows the class's
  Object* own = object_own_attr(obj, name);
  if (own) {
    xdecref(descr);
    *meth = new_ref(own);
    return 0;
  }
  if (meth_found) {
    if (instr) {
      std::uint32_t version = type_version(tp);
      bool no_dict = !(tp->flags & TPFLAG_MANAGED_DICT) && tp->dictoffset == 0;
      bool values = (tp->flags & TPFLAG_MANAGED_DICT) && instance_values_ptr(obj) &&
                    !instance_dict_ptr(obj) && type_cached_keys(tp);
      if (version && (no_dict || values)) {
        cache[0] = version;
        cache[1] = values ? std::uint32_t(shared_keys_nentries(type_cached_keys(tp))) : 0;
        store_ptr(cache + 2, descr);
        cache[4] = no_dict ? 1 : 2;
        *instr = make_instr(OP_LOAD_METHOD_CACHED, instr_arg(*instr));
      }
    }
    *meth = descr;
    return 1;
  }
  if (f) {
    *meth = f(descr, obj, tp);
    decref(descr);
    return *meth ? 0 : -1;
  }
  if (descr) {
    *meth = descr;
    return 0;
  }
  err_format(&ExcAttributeError, "'{}' object has no attribute '{}'", type_name(tp),
             str_to_std(name));
  return -1;
}

bool unpack_iterable(Object* seq, int before, int after, Object** top) {
  Object* it = get_iter(seq);
  if (!it) {
    if (err_matches(&ExcTypeError) && !seq->type->iter && !seq->type->as_mapping->getitem) {
      err_clear();
      err_format(&ExcTypeError, "cannot unpack non-iterable {} object", type_name(seq->type));
    }
    return false;
  }
  Object** sp = top;
  int i = 0;
  for (; i < before; ++i) {
    Object* w = iter_next(it);
    if (!w) {
      if (!err_occurred()) {
        if (after < 0) {
          err_format(&ExcValueError, "not enough values to unpack (expected {}, got {})", before,
                     i);
        } else {
          err_format(&ExcValueError, "not enough values to unpack (expected at least {}, got {})",
                     before + after, i);
        }
      }
      for (Object** p = sp; p < top; ++p) decref(*p);
      decref(it);
      return false;
    }
    *--sp = w;
  }
  if (after < 0) {
    Object* w = iter_next(it);
    if (!w) {
      decref(it);
      if (err_occurred()) {
        for (Object** p = sp; p < top; ++p) decref(*p);
        return false;
      }
      return true;
    }
    decref(w);
    err_format(&ExcValueError, "too many values to unpack (expected {})", before);
    for (Object** p = sp; p < top; ++p) decref(*p);
    decref(it);
    return false;
  }
  Object* l = sequence_list(it);
  decref(it);
  if (!l) {
    for (Object** p = sp; p < top; ++p) decref(*p);
    return false;
  }
  ssize ll = list_size(l);
  if (ll < after) {
    err_format(&ExcValueError, "not enough values to unpack (expected at least {}, got {})",
               before + after, before + int(ll));
    decref(l);
    for (Object** p = sp; p < top; ++p) decref(*p);
    return false;
  }
  *--sp = l;
  // move the trailing `after` items out of the list
  for (int j = after; j > 0; --j) *--sp = list_get(l, ll - j);
  static_cast<ListObject*>(l)->size = ll - after;
  return true;
}

Object* build_string(Object* const* items, ssize n) {
  StrBuilder b;
  for (ssize i = 0; i < n; ++i) {
    if (!b.append_str(items[i])) return nullptr;
  }
  return b.finish();
}

Object* format_value(Object* value, std::uint32_t conversion, Object* spec) {
  Object* v = value;
  Object* converted = nullptr;
  switch (conversion) {
    case FVC_STR:
      converted = object_str(value);
      break;
    case FVC_REPR:
      converted = object_repr(value);
      break;
    case FVC_ASCII:
      converted = object_ascii(value);
      break;
    default:
      break;
  }
  if (conversion != FVC_NONE) {
    if (!converted) return nullptr;
    v = converted;
  }
  Object* r;
  if (is_str_exact(v) && !spec) {
    r = new_ref(v);
  } else {
    r = object_format(v, spec);
  }
  xdecref(converted);
  return r;
}

namespace {

// How call errors name a callable (CPython's _PyObject_FunctionStr): "module.qualname()" unless
// the module is builtins, "qualname()" without a module, "T object" without a __qualname__.
std::string function_description(Object* func) {
  Object* qualname = nullptr;
  if (lookup_attr(func, ids::qualname, &qualname) <= 0 || !qualname) {
    err_clear();
    return std::string(type_name(func->type)) + " object";
  }
  Ref<Object> qn = steal(qualname);
  std::string text;
  if (!str_utf8_of(qualname, text)) {
    err_clear();
    return std::string(type_name(func->type)) + " object";
  }
  Object* module = nullptr;
  if (lookup_attr(func, ids::module, &module) > 0 && module) {
    if (is_str(module) && !str_eq_cstr(module, "builtins")) text = str_to_std(module) + "." + text;
    decref(module);
  }
  err_clear();
  return text + "()";
}

}  // namespace

int dict_merge_for_call(Object* dict, Object* update, Object* func) {
  Object* keys = nullptr;
  if (!is_dict(update)) {
    int has = lookup_attr(update, ids::s_keys, &keys);
    if (has < 0) return -1;
    xdecref(keys);
    if (!has) {
      err_format(&ExcTypeError, "{} argument after ** must be a mapping, not {}",
                 function_description(func), type_name(update->type));
      return -1;
    }
  }
  Object* items =
      is_dict(update) ? dict_keys_list(update) : call_method(update, ids::s_keys, nullptr, 0);
  if (!items) return -1;
  Object* it = get_iter(items);
  decref(items);
  if (!it) return -1;
  for (;;) {
    Object* k = iter_next(it);
    if (!k) break;
    if (!is_str(k)) {
      err_set_string(&ExcTypeError, "keywords must be strings");
      decref(k);
      decref(it);
      return -1;
    }
    int c = dict_contains(dict, k);
    if (c != 0) {
      if (c > 0) {
        err_format(&ExcTypeError, "{} got multiple values for keyword argument '{}'",
                   function_description(func), str_to_std(k));
      }
      decref(k);
      decref(it);
      return -1;
    }
    Object* v = get_item(update, k);
    int r = v ? dict_set_item(dict, k, v) : -1;
    xdecref(v);
    decref(k);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return err_occurred() ? -1 : 0;
}

int send_to(Object* receiver, Object* value, Object** result) {
  if (is_generator(receiver)) {
    SendResult s = generator_send(static_cast<GenObject*>(receiver), value, result);
    if (s == SendResult::Yield) return 0;
    if (s == SendResult::Return) {
      if (!*result) *result = none_new_ref();
      return 1;
    }
    return -1;
  }
  Object* r;
  if (is_none(value) && receiver->type->iternext) {
    r = receiver->type->iternext(receiver);
  } else {
    r = call_method(receiver, ids::s_send, &value, 1);
  }
  if (r) {
    *result = r;
    return 0;
  }
  if (!err_occurred()) {
    *result = none_new_ref();
    return 1;
  }
  if (err_matches(&ExcStopIteration)) {
    Object* exc = err_fetch();
    *result = stop_iteration_value(exc);
    decref(exc);
    return 1;
  }
  return -1;
}

Object* call_function_ex(Object* func, Object* callargs, Object* kwargs) {
  // As CPython 3.11's CALL_FUNCTION_EX: a non-tuple is replaced by its tuple and a non-dict
  // mapping by a dict before the call, the originals released at once (Py_SETREF)
  Ref<Object> args = steal(callargs);
  Ref<Object> kw = steal(kwargs);
  if (kw && !is_dict_exact(kw.get())) {
    Object* d = dict_new();
    if (!d || dict_merge_for_call(d, kw.get(), func) < 0) {
      xdecref(d);
      return nullptr;
    }
    kw = steal(d);
  }
  if (!is_tuple_exact(args.get())) {
    Object* t = sequence_tuple(args.get());
    if (!t) {
      if (err_matches(&ExcTypeError) && !args->type->iter && !args->type->as_mapping->getitem) {
        err_clear();
        err_format(&ExcTypeError, "{} argument after * must be an iterable, not {}",
                   function_description(func), type_name(args->type));
      }
      return nullptr;
    }
    args = steal(t);
  }
  return call_tuple(func, args.get(), kw.get());
}

Object* annotations_to_dict(Object* pairs) {
  Object* d = dict_new();
  if (!d) return nullptr;
  for (ssize i = 0; i + 1 < tuple_size(pairs); i += 2) {
    if (dict_set_item(d, tuple_get(pairs, i), tuple_get(pairs, i + 1)) < 0) {
      decref(d);
      return nullptr;
    }
  }
  return d;
}

bool do_raise(Object* exc, Object* cause) {
  if (!exc) {
    Object* handled = handled_exception();
    if (!handled) {
      err_set_string(&ExcRuntimeError, "No active exception to reraise");
      return false;
    }
    err_restore(new_ref(handled));
    return true;
  }
  Object* value;
  if (is_exception_class(exc)) {
    value = call_no_args(exc);
    if (!value) {
      decref(exc);
      xdecref(cause);
      return false;
    }
    if (!is_exception_instance(value)) {
      err_format(&ExcTypeError,
                 "calling {} should have returned an instance of BaseException, not {}",
                 repr_for_message(exc), type_name(value->type));
      decref(value);
      decref(exc);
      xdecref(cause);
      return false;
    }
    decref(exc);
  } else if (is_exception_instance(exc)) {
    value = exc;
  } else {
    decref(exc);
    xdecref(cause);
    err_set_string(&ExcTypeError, "exceptions must derive from BaseException");
    return false;
  }
  if (cause) {
    Object* fixed_cause;
    if (is_exception_class(cause)) {
      fixed_cause = call_no_args(cause);
      if (!fixed_cause) {
        decref(value);
        decref(cause);
        return false;
      }
      decref(cause);
    } else if (is_exception_instance(cause)) {
      fixed_cause = cause;
    } else if (is_none(cause)) {
      decref(cause);
      fixed_cause = nullptr;
    } else {
      decref(cause);
      decref(value);
      err_set_string(&ExcTypeError, "exception causes must derive from BaseException");
      return false;
    }
    exception_set_cause(value, fixed_cause);
  }
  err_raise(value);
  return false;
}

int check_except_type_valid(Object* type) {
  if (is_tuple(type)) {
    for (ssize i = 0; i < tuple_size(type); ++i) {
      if (!is_exception_class(tuple_get(type, i))) {
        err_set_string(&ExcTypeError,
                       "catching classes that do not inherit from BaseException is not allowed");
        return -1;
      }
    }
    return 0;
  }
  if (!is_exception_class(type)) {
    err_set_string(&ExcTypeError,
                   "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return 0;
}

Object* import_name(Frame* frame, Object* name, Object* fromlist, Object* level) {
  Object* import_func = dict_get_item_str(frame->builtins, ids::import);
  if (!import_func) {
    err_set_string(&ExcImportError, "__import__ not found");
    return nullptr;
  }
  ssize lvl = number_as_ssize(level, &ExcOverflowError);
  if (lvl == -1 && err_occurred()) return nullptr;
  if (is_cfunction(import_func) && stdlib::builtin_import_is_default(import_func)) {
    return import_module_level(name, frame->globals, fromlist, int(lvl));
  }
  Object* locals = frame->locals ? frame->locals : None();
  Object* args[5] = {name, frame->globals, locals, fromlist, level};
  return call(import_func, args, 5, nullptr);
}

Object* import_from(Object* module, Object* name) {
  Object* x = nullptr;
  int r = lookup_attr(module, name, &x);
  if (r > 0) return x;
  if (r < 0) return nullptr;
  // a submodule imported meanwhile: sys.modules["pkg.name"]
  Object* pkgname = nullptr;
  if (lookup_attr(module, ids::name, &pkgname) > 0 && pkgname && is_str(pkgname)) {
    std::string full = str_to_std(pkgname) + "." + str_to_std(name);
    Object* modules = sys_get("modules");
    Object* m = modules ? dict_get_item_cstr(modules, full.c_str()) : nullptr;
    if (m) {
      decref(pkgname);
      return new_ref(m);
    }
  }
  std::string mod = pkgname && is_str(pkgname) ? str_to_std(pkgname) : "<unknown module name>";
  err_clear();
  Object* file = nullptr;
  std::string where = " (unknown location)";
  if (lookup_attr(module, ids::file, &file) > 0 && file && is_str(file)) {
    where = " (" + str_to_std(file) + ")";
  }
  err_clear();
  err_format(&ExcImportError, "cannot import name '{}' from '{}'{}", str_to_std(name), mod, where);
  // ImportError.name / .path name the module searched
  if (Object* exc = err_current(); exc && type_check(exc, &ExcImportError)) {
    auto* ie = static_cast<ImportErrorObject*>(exc);
    if (pkgname && is_str(pkgname)) set_ref(ie->name, new_ref(pkgname));
    if (file && is_str(file)) set_ref(ie->path, new_ref(file));
  }
  xdecref(pkgname);
  xdecref(file);
  return nullptr;
}

int import_all_from(Object* locals, Object* module) {
  Object* all = nullptr;
  Object* all_name = str_intern_cstr("__all__");
  int r = lookup_attr(module, all_name, &all);
  decref(all_name);
  if (r < 0) return -1;
  bool skip_private = false;
  if (!all) {
    Object* d = nullptr;
    if (lookup_attr(module, ids::dict, &d) <= 0) {
      if (!err_occurred()) {
        err_set_string(&ExcImportError, "from-import-* object has no __dict__ and no __all__");
      }
      return -1;
    }
    all = call_method(d, ids::s_keys, nullptr, 0);
    decref(d);
    if (!all) return -1;
    skip_private = true;
  }
  Object* it = get_iter(all);
  decref(all);
  if (!it) return -1;
  for (;;) {
    Object* name = iter_next(it);
    if (!name) break;
    if (skip_private && is_str(name) && str_length(name) > 0 && str_char_at(name, 0) == '_') {
      decref(name);
      continue;
    }
    Object* value = get_attr(module, name);
    int rr = value ? (is_dict_exact(locals) ? dict_set_item(locals, name, value)
                                            : set_item(locals, name, value))
                   : -1;
    xdecref(value);
    decref(name);
    if (rr < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return err_occurred() ? -1 : 0;
}

int setup_annotations(Object* locals) {
  if (!locals) {
    err_set_string(&ExcSystemError, "no locals found when setting up annotations");
    return -1;
  }
  int c = dict_contains(locals, ids::annotations);
  if (c < 0) return -1;
  if (c) return 0;
  Object* d = dict_new();
  if (!d) return -1;
  int r = dict_set_item(locals, ids::annotations, d);
  decref(d);
  return r;
}

int print_expr(Object* value) {
  Object* hook = sys_get("displayhook");
  if (!hook) {
    err_set_string(&ExcRuntimeError, "lost sys.displayhook");
    return -1;
  }
  Object* r = call_one_arg(hook, value);
  if (!r) return -1;
  decref(r);
  return 0;
}

}  // namespace mempy::interp
