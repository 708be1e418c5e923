// stdlib/gc.cpp — the gc module: the Python face of memory/gc (collection, counts, thresholds,
// debug flags, introspection of tracked objects, freeze) with CPython 3.11's names and messages.
#include "memory/gc.h"

#include <array>
#include <climits>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/gc_support.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/tpcall.h"
#include "runtime/tuple.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

using namespace runtime;

namespace {

Object* gc_enable(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("enable", nargs, kwnames)) return nullptr;
  memory::gc_state().enabled = true;
  return none_new_ref();
}

Object* gc_disable(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("disable", nargs, kwnames)) return nullptr;
  memory::gc_state().enabled = false;
  return none_new_ref();
}

Object* gc_isenabled(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("isenabled", nargs, kwnames)) return nullptr;
  return bool_new_ref(memory::gc_state().enabled);
}

Object* gc_collect_fn(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec{"collect", {"generation"}, 0, 1, 0};
  Object* a[1];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  int generation = memory::NUM_GENERATIONS - 1;
  if (a[0] && !clinic_int_arg(a[0], &generation)) return nullptr;
  if (generation < 0 || generation >= memory::NUM_GENERATIONS) {
    err_set_string(&ExcValueError, "invalid generation");
    return nullptr;
  }
  return int_from_i64(memory::gc_collect(generation));
}

Object* gc_get_count(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("get_count", nargs, kwnames)) return nullptr;
  memory::GCCounts c = memory::gc_counts();
  return tuple_from_array_steal(
      std::array<Object*, 3>{int_from_i64(c.count[0]), int_from_i64(c.count[1]),
                             int_from_i64(c.count[2])}
          .data(),
      3);
}

Object* gc_get_threshold(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("get_threshold", nargs, kwnames)) return nullptr;
  memory::GCCounts c = memory::gc_counts();
  return tuple_from_array_steal(
      std::array<Object*, 3>{int_from_i64(c.threshold[0]), int_from_i64(c.threshold[1]),
                             int_from_i64(c.threshold[2])}
          .data(),
      3);
}

// set_threshold, get_referents and get_referrers are METH_VARARGS functions in CPython: the call
// packs their arguments into a tuple (through the tuple free list) that lives until they return,
// and gc.get_count() shows it; the METH_VARARGS flag makes the call do the same
// (runtime/tpcall.h).
Object* gc_set_threshold_fn(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("set_threshold", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 3) {
    err_format(&ExcTypeError, "set_threshold() takes at {} {} argument{} ({} given)",
               nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 3, nargs < 1 ? "" : "s", nargs);
    return nullptr;
  }
  int values[3];
  for (ssize i = 0; i < nargs; ++i) {
    if (!c_int_arg(args[i], &values[i])) return nullptr;
  }
  for (ssize i = 0; i < nargs; ++i) memory::gc_set_threshold(int(i), values[i]);
  return none_new_ref();
}

Object* gc_get_debug(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("get_debug", nargs, kwnames)) return nullptr;
  return int_from_i64(memory::gc_state().debug);
}

Object* gc_set_debug(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("set_debug", nargs, kwnames)) return nullptr;
  int flags;
  if (!clinic_int_arg(args[0], &flags)) return nullptr;
  memory::gc_state().debug = flags;
  return none_new_ref();
}

Object* gc_get_stats(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("get_stats", nargs, kwnames)) return nullptr;
  // read all three first: building the result allocates and may run a collection
  memory::GCStats st[memory::NUM_GENERATIONS];
  for (int g = 0; g < memory::NUM_GENERATIONS; ++g) st[g] = memory::gc_stats(g);
  Ref<Object> result = steal(list_new(0));
  if (!result) return nullptr;
  for (const memory::GCStats& s : st) {
    Ref<Object> d = steal(dict_new());
    if (!d) return nullptr;
    const std::pair<const char*, std::ptrdiff_t> items[] = {{"collections", s.collections},
                                                            {"collected", s.collected},
                                                            {"uncollectable", s.uncollectable}};
    for (const auto& [key, value] : items) {
      Object* v = int_from_i64(value);
      if (!v || dict_set_item_cstr(d.get(), key, v) < 0) {
        xdecref(v);
        return nullptr;
      }
      decref(v);
    }
    if (list_append(result.get(), d.get()) < 0) return nullptr;
  }
  return result.release();
}

Object* gc_is_tracked(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("is_tracked", nargs, kwnames)) return nullptr;
  Object* o = args[0];
  return bool_new_ref(object_is_gc(o) && memory::gc_is_tracked(o));
}

Object* gc_is_finalized(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("is_finalized", nargs, kwnames)) return nullptr;
  Object* o = args[0];
  return bool_new_ref(object_is_gc(o) && memory::gc_is_finalized(o));
}

// ---- introspection of tracked objects --------------------------------------------------------
struct Collect {
  Object* list;
  bool failed;
};

void append_object(void* op, void* arg) {
  auto* c = static_cast<Collect*>(arg);
  Object* o = static_cast<Object*>(op);
  if (c->failed || o == c->list) return;
  if (list_append(c->list, o) < 0) c->failed = true;
}

Object* gc_get_objects(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec{"get_objects", {"generation"}, 0, 1, 0};
  Object* a[1];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  int generation = -1;
  if (a[0] && a[0] != None()) {
    if (!is_int(a[0])) {
      err_format(&ExcTypeError, "argument should be integer or None, not '{}'",
                 type_name(a[0]->type));
      return nullptr;
    }
    if (!clinic_int_arg(a[0], &generation)) return nullptr;
    if (generation >= memory::NUM_GENERATIONS) {
      err_format(&ExcValueError,
                 "generation parameter must be less than the number of available generations "
                 "({})",
                 memory::NUM_GENERATIONS);
      return nullptr;
    }
    if (generation < -1) {
      err_set_string(&ExcValueError, "generation parameter cannot be negative");
      return nullptr;
    }
  }
  Collect c{list_new(0), false};
  if (!c.list) return nullptr;
  memory::gc_for_each(generation, append_object, &c);
  if (c.failed) {
    decref(c.list);
    return nullptr;
  }
  return c.list;
}

// get_referents: every object each argument's traverse reports (GC or not)
int append_referent(Object* op, void* arg) {
  return list_append(static_cast<Object*>(arg), op) < 0 ? -1 : 0;
}

Object* gc_get_referents(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("get_referents", kwnames)) return nullptr;
  Object* result = list_new(0);
  if (!result) return nullptr;
  for (ssize i = 0; i < nargs; ++i) {
    Object* o = args[i];
    if (!object_is_gc(o) || !o->type->traverse) continue;
    if (o->type->traverse(o, append_referent, result) != 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

// get_referrers: the tracked objects whose traverse reports one of the arguments
struct Referrers {
  Object* const* targets;
  ssize ntargets;
  Object* packed;  // the argument tuple, not reported
  Object* result;
  Object* current;
  bool found;
  bool failed;
};

int check_referent(Object* op, void* arg) {
  auto* r = static_cast<Referrers*>(arg);
  for (ssize i = 0; i < r->ntargets; ++i) {
    if (r->targets[i] == op) {
      r->found = true;
      return 1;  // stop traversing this object
    }
  }
  return 0;
}

void scan_referrer(void* op, void* arg) {
  auto* r = static_cast<Referrers*>(arg);
  Object* o = static_cast<Object*>(op);
  if (r->failed || o == r->result || o == r->packed || !o->type->traverse) return;
  r->found = false;
  o->type->traverse(o, check_referent, r);
  if (r->found && list_append(r->result, o) < 0) r->failed = true;
}

Object* gc_get_referrers(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Ref<Object> packed = steal(packed_args_tuple(args, nargs));  // the call's own tuple
  if (!packed) return nullptr;
  if (!check_no_kwargs("get_referrers", kwnames)) return nullptr;
  Referrers r{args, nargs, packed.get(), list_new(0), nullptr, false, false};
  if (!r.result) return nullptr;
  memory::gc_for_each(-1, scan_referrer, &r);
  if (r.failed) {
    decref(r.result);
    return nullptr;
  }
  return r.result;
}

Object* gc_freeze(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("freeze", nargs, kwnames)) return nullptr;
  memory::gc_freeze();
  return none_new_ref();
}

Object* gc_unfreeze(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("unfreeze", nargs, kwnames)) return nullptr;
  memory::gc_unfreeze();
  return none_new_ref();
}

Object* gc_get_freeze_count(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("get_freeze_count", nargs, kwnames)) return nullptr;
  return int_from_u64(memory::gc_generation_size(memory::GC_PERMANENT_GENERATION));
}

const MethodDef gc_functions[] = {
    {"enable", gc_enable, METH_DEFAULT, "Enable automatic garbage collection."},
    {"disable", gc_disable, METH_DEFAULT, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, METH_DEFAULT,
     "Returns true if automatic garbage collection is enabled."},
    {"collect", gc_collect_fn, METH_DEFAULT, "Run the garbage collector."},
    {"get_count", gc_get_count, METH_DEFAULT,
     "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold, METH_DEFAULT, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold_fn, METH_VARARGS,
     "Set the collection thresholds (the collection frequency)."},
    {"get_debug", gc_get_debug, METH_DEFAULT, "Get the garbage collection debugging flags."},
    {"set_debug", gc_set_debug, METH_DEFAULT, "Set the garbage collection debugging flags."},
    {"get_stats", gc_get_stats, METH_DEFAULT,
     "Return a list of dictionaries containing per-generation statistics."},
    {"is_tracked", gc_is_tracked, METH_DEFAULT,
     "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized, METH_DEFAULT,
     "Returns true if the object has been already finalized by the GC."},
    {"get_objects", gc_get_objects, METH_DEFAULT,
     "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_referents", gc_get_referents, METH_VARARGS,
     "Return the list of objects that are directly referred to by 'objs'."},
    {"get_referrers", gc_get_referrers, METH_VARARGS,
     "Return the list of objects that directly refer to any of 'objs'."},
    {"freeze", gc_freeze, METH_DEFAULT,
     "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gc_unfreeze, METH_DEFAULT, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, METH_DEFAULT,
     "Return the number of objects in the permanent generation."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* gc_module_create() {
  Object* m = module_new_cstr("gc");
  if (!m) return nullptr;
  Object* garbage = gc_garbage_list();
  Object* callbacks = gc_callbacks_list();
  if (!garbage || !callbacks || module_add_functions(m, gc_functions) < 0 ||
      module_add_object(m, "garbage", garbage) < 0 ||
      module_add_object(m, "callbacks", callbacks) < 0 ||
      module_add_int(m, "DEBUG_STATS", memory::GC_DEBUG_STATS) < 0 ||
      module_add_int(m, "DEBUG_COLLECTABLE", memory::GC_DEBUG_COLLECTABLE) < 0 ||
      module_add_int(m, "DEBUG_UNCOLLECTABLE", memory::GC_DEBUG_UNCOLLECTABLE) < 0 ||
      module_add_int(m, "DEBUG_SAVEALL", memory::GC_DEBUG_SAVEALL) < 0 ||
      module_add_int(m, "DEBUG_LEAK",
                     memory::GC_DEBUG_COLLECTABLE | memory::GC_DEBUG_UNCOLLECTABLE |
                         memory::GC_DEBUG_SAVEALL) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace mempy::stdlib
