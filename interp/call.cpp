// interp/call.cpp — the frame data stack, argument binding with CPython 3.11's error messages,
// calling Python functions, and running module and class bodies.
//
// The data stack is a chain of chunks from the C allocator (CPython allocates them outside the
// object allocator too, so they are neither pymalloc blocks nor tracemalloc traces). Frames are
// bump-allocated and freed in LIFO order.
#include "interp/call.h"

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/exceptions.h"
#include "runtime/generator.h"
#include "runtime/ids.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::interp {

using namespace runtime;

namespace {

struct Chunk {
  Chunk* previous;
  std::size_t size;  // in words
  std::size_t top;   // words used
  Object* data[1];
};

Chunk* g_chunk = nullptr;
Chunk* g_spare = nullptr;  // one free chunk kept to avoid malloc/free churn at chunk edges
constexpr std::size_t CHUNK_WORDS = 16 * 1024;

inline std::size_t frame_words(const CodeObject* co) {
  return FRAME_HEADER_SIZE / sizeof(Object*) + std::size_t(co->nlocalsplus + co->stacksize);
}

Object** stack_alloc(std::size_t words) {
  if (g_chunk && g_chunk->top + words <= g_chunk->size) {
    Object** p = g_chunk->data + g_chunk->top;
    g_chunk->top += words;
    return p;
  }
  std::size_t size = words > CHUNK_WORDS ? words : CHUNK_WORDS;
  Chunk* c;
  if (g_spare && g_spare->size >= size) {
    c = g_spare;
    g_spare = nullptr;
  } else {
    c = static_cast<Chunk*>(std::malloc(offsetof(Chunk, data) + size * sizeof(Object*)));
    if (!c) return nullptr;
    c->size = size;
  }
  c->previous = g_chunk;
  c->top = words;
  g_chunk = c;
  return c->data;
}

void stack_free(Object** p, std::size_t words) {
  Chunk* c = g_chunk;
  c->top -= words;
  (void)p;
  if (c->top == 0 && c->previous) {
    g_chunk = c->previous;
    if (g_spare) std::free(g_spare);
    g_spare = c;
  }
}

}  // namespace

Frame* push_frame(FunctionObject* func, Object* locals) {
  CodeObject* co = func->code;
  std::size_t words = frame_words(co);
  Object** mem = stack_alloc(words);
  if (!mem) {
    err_no_memory();
    return nullptr;
  }
  Frame* f = reinterpret_cast<Frame*>(mem);
  f->func = static_cast<FunctionObject*>(new_ref<Object>(func));
  f->globals = func->globals;
  f->builtins = func->builtins;
  f->locals = xnew_ref(locals);
  f->code = static_cast<CodeObject*>(new_ref<Object>(co));
  f->frame_obj = nullptr;
  f->previous = nullptr;
  f->instr = co->code;
  f->stacktop = 0;
  f->is_entry = false;
  f->owner = FRAME_OWNED_BY_THREAD;
  std::memset(f->localsplus, 0, sizeof(Object*) * std::size_t(co->nlocalsplus));
  return f;
}

void pop_frame(Frame* f, int stack_entries) {
  std::size_t words = frame_words(f->code);
  frame_clear(f, stack_entries);
  stack_free(reinterpret_cast<Object**>(f), words);
}

void frame_stack_fini() {
  while (g_chunk) {
    Chunk* p = g_chunk->previous;
    std::free(g_chunk);
    g_chunk = p;
  }
  std::free(g_spare);
  g_spare = nullptr;
}

// ---- argument binding ---------------------------------------------------------------------------
namespace {

std::string qualname_of(FunctionObject* func) {
  return str_to_std(func->qualname);
}

std::string quoted_list(const std::vector<std::string>& names) {
  // 'a'; 'a' and 'b'; 'a', 'b', and 'c'
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) {
      if (names.size() == 2) {
        out += " and ";
      } else if (i + 1 == names.size()) {
        out += ", and ";
      } else {
        out += ", ";
      }
    }
    out += "'" + names[i] + "'";
  }
  return out;
}

void missing_arguments(FunctionObject* func, Frame* f, int start, int end, bool positional,
                       Object* defaults) {
  CodeObject* co = func->code;
  std::vector<std::string> missing;
  for (int i = start; i < end; ++i) {
    if (f->localsplus[i]) continue;
    if (positional && defaults) {
      int ndef = int(tuple_size(defaults));
      if (i >= co->argcount - ndef) continue;
    }
    missing.push_back(str_to_std(tuple_get(co->localsplusnames, i)));
  }
  err_format(&ExcTypeError, "{}() missing {} required {} argument{}: {}", qualname_of(func),
             missing.size(), positional ? "positional" : "keyword-only",
             missing.size() == 1 ? "" : "s", quoted_list(missing));
}

void too_many_positional(FunctionObject* func, Frame* f, ssize given) {
  CodeObject* co = func->code;
  int kwonly_given = 0;
  for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; ++i) {
    if (f->localsplus[i]) ++kwonly_given;
  }
  ssize defcount = func->defaults ? tuple_size(func->defaults) : 0;
  std::string sig;
  bool plural;
  if (defcount) {
    plural = true;
    sig = "from " + std::to_string(co->argcount - defcount) + " to " + std::to_string(co->argcount);
  } else {
    plural = co->argcount != 1;
    sig = std::to_string(co->argcount);
  }
  std::string kwonly_sig;
  if (kwonly_given) {
    kwonly_sig = fmt::format(" positional argument{} (and {} keyword-only argument{})",
                             given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
  }
  err_format(&ExcTypeError, "{}() takes {} positional argument{} but {}{} {} given",
             qualname_of(func), sig, plural ? "s" : "", given, kwonly_sig,
             given == 1 && !kwonly_given ? "was" : "were");
}

}  // namespace

bool bind_args(FunctionObject* func, Frame* f, Object* const* args, ssize nargs, Object* kwnames,
               bool steal) {
  // CPython 3.11's initialize_locals order: *args and positionals, then keywords, then the
  // too-many-positionals check, then defaults. With `steal`, every reference in args is either
  // moved into the frame or released here.
  CodeObject* co = func->code;
  Object** locals = f->localsplus;
  int argcount = co->argcount;
  int total_args = argcount + co->kwonlyargcount;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  bool varargs = (co->flags & CO_VARARGS) != 0;
  ssize n = nargs < argcount ? nargs : argcount;
  ssize kw_done = 0;          // keyword values consumed so far
  bool extras_owned = false;  // args[n..nargs) still owned here (no *args)
  auto take = [steal](Object* v) { return steal ? v : new_ref(v); };
  auto release_rest = [&]() {
    if (!steal) return;
    if (extras_owned) {
      for (ssize i = n; i < nargs; ++i) decref(args[i]);
    }
    for (ssize k = kw_done; k < nkw; ++k) decref(args[nargs + k]);
  };

  Object* kwdict = nullptr;
  if (co->flags & CO_VARKEYWORDS) {
    kwdict = dict_new();
    if (!kwdict) {
      if (steal) {
        for (ssize i = 0; i < nargs + nkw; ++i) decref(args[i]);
      }
      return false;
    }
    locals[total_args + (varargs ? 1 : 0)] = kwdict;
  }
  for (ssize i = 0; i < n; ++i) locals[i] = take(args[i]);
  if (varargs) {
    Object* u = nargs > n ? (steal ? tuple_from_array_steal(args + n, nargs - n)
                                   : tuple_from_array(args + n, nargs - n))
                          : tuple_empty();
    if (!u) {
      release_rest();
      return false;
    }
    locals[total_args] = u;
  } else if (nargs > argcount) {
    extras_owned = true;
  }
  for (; kw_done < nkw; ++kw_done) {
    Object* key = tuple_get(kwnames, kw_done);
    Object* value = args[nargs + kw_done];
    int found = -1;
    for (int j = co->posonlyargcount; j < total_args; ++j) {
      if (tuple_get(co->localsplusnames, j) == key) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      for (int j = co->posonlyargcount; j < total_args; ++j) {
        if (str_eq(tuple_get(co->localsplusnames, j), key)) {
          found = j;
          break;
        }
      }
    }
    if (found < 0) {
      if (kwdict) {
        if (dict_set_item(kwdict, key, value) < 0) {
          release_rest();
          return false;
        }
        if (steal) decref(value);
        continue;
      }
      bool posonly = false;
      for (int j = 0; j < co->posonlyargcount; ++j) {
        if (str_eq(tuple_get(co->localsplusnames, j), key)) posonly = true;
      }
      if (posonly) {
        err_format(&ExcTypeError,
                   "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                   qualname_of(func), str_to_std(key));
      } else {
        err_format(&ExcTypeError, "{}() got an unexpected keyword argument '{}'", qualname_of(func),
                   str_to_std(key));
      }
      release_rest();
      return false;
    }
    if (locals[found]) {
      err_format(&ExcTypeError, "{}() got multiple values for argument '{}'", qualname_of(func),
                 str_to_std(key));
      release_rest();
      return false;
    }
    locals[found] = take(value);
  }
  if (extras_owned) {
    too_many_positional(func, f, nargs);
    release_rest();
    return false;
  }
  if (nargs < argcount) {
    ssize defcount = func->defaults ? tuple_size(func->defaults) : 0;
    int m = argcount - int(defcount);
    for (int i = int(nargs); i < m; ++i) {
      if (!locals[i]) {
        missing_arguments(func, f, int(nargs), m, true, nullptr);
        return false;
      }
    }
    for (int i = m > int(nargs) ? m : int(nargs); i < argcount; ++i) {
      if (!locals[i]) locals[i] = new_ref(tuple_get(func->defaults, i - m));
    }
  }
  if (co->kwonlyargcount > 0) {
    bool missing = false;
    for (int i = argcount; i < total_args; ++i) {
      if (locals[i]) continue;
      Object* name = tuple_get(co->localsplusnames, i);
      Object* def = func->kwdefaults ? dict_get_item_with_error(func->kwdefaults, name) : nullptr;
      if (def) {
        locals[i] = new_ref(def);
      } else {
        if (err_occurred()) return false;
        missing = true;
      }
    }
    if (missing) {
      missing_arguments(func, f, argcount, total_args, false, nullptr);
      return false;
    }
  }
  return true;
}

Object* run_class_body(FunctionObject* func, Object* ns) {
  Frame* f = push_frame(func, ns);
  if (!f) return nullptr;
  // a class body takes no arguments; it may have cells (MAKE_CELL in its prefix)
  return eval_frame(f, false);
}

}  // namespace mempy::interp

namespace mempy::runtime {

Object* eval_function(FunctionObject* func, Object* const* args, std::size_t nargsf,
                      Object* kwnames) {
  CodeObject* co = func->code;
  ssize nargs = vector_nargs(nargsf);
  if (co->flags & CO_GENERATOR) {
    Object* gen = generator_new(func);
    if (!gen) return nullptr;
    if (!interp::bind_args(func, gen_frame(static_cast<GenObject*>(gen)), args, nargs, kwnames,
                           false)) {
      decref(gen);
      return nullptr;
    }
    generator_track(gen);
    return gen;
  }
  Frame* f = interp::push_frame(func, nullptr);
  if (!f) return nullptr;
  if (!interp::bind_args(func, f, args, nargs, kwnames, false)) {
    interp::pop_frame(f, 0);
    return nullptr;
  }
  return eval_frame(f, false);
}

bool bind_arguments(FunctionObject* func, Frame* frame, Object* const* args, std::size_t nargsf,
                    Object* kwnames) {
  return interp::bind_args(func, frame, args, vector_nargs(nargsf), kwnames, false);
}

Object* eval_code(Object* code, Object* globals, Object* locals) {
  // CPython 3.11 runs module code through a function object made for it
  if (!dict_get_item_str(globals, ids::builtins) && builtins_module()) {
    if (dict_set_item(globals, ids::builtins, builtins_module()) < 0) return nullptr;
  }
  FunctionObject* func = static_cast<FunctionObject*>(function_new(code, globals, nullptr));
  if (!func) return nullptr;
  Frame* f = interp::push_frame(func, locals);
  decref(func);
  if (!f) return nullptr;
  return eval_frame(f, false);
}

}  // namespace mempy::runtime
