// runtime/exceptions.cpp — the exception hierarchy, tracebacks, and CPython-format printing.
#include "runtime/exceptions.h"
#include "runtime/unicode_error.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/ids.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/sysstate.h"
#include "runtime/tpcall.h"
#include "runtime/trashcan.h"
#include "runtime/tuple.h"
#include "runtime/unraisable.h"

namespace mempy::runtime {

#define MEMPY_DEFINE_EXC(cname, pyname, base, layout) TypeObject Exc##cname;
MEMPY_EXCEPTION_TYPES(MEMPY_DEFINE_EXC)
#undef MEMPY_DEFINE_EXC

TypeObject TracebackType;

namespace {

inline BaseExceptionObject* as_exc(Object* op) {
  return static_cast<BaseExceptionObject*>(op);
}

// ---- BaseException --------------------------------------------------------------------------
Object* base_exc_new(TypeObject* type, Object* const* args, std::size_t nargs, Object*) {
  BaseExceptionObject* e = static_cast<BaseExceptionObject*>(type_generic_alloc(type, 0));
  if (!e) return nullptr;
  e->args = packed_args_tuple(args, ssize(nargs));  // CPython keeps the call's own tuple
  if (!e->args) {
    decref(e);
    return nullptr;
  }
  memory::gc_track(e);
  return e;
}

int base_exc_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) && self->type->init == base_exc_init) {
    err_format(&ExcTypeError, "{}() takes no keyword arguments", type_name(self->type));
    return -1;
  }
  Object* t = packed_args_tuple(args, ssize(nargs));
  if (!t) return -1;
  set_ref(as_exc(self)->args, t);
  return 0;
}

int base_exc_clear(Object* op) {
  BaseExceptionObject* e = as_exc(op);
  clear_ref(e->dict);
  clear_ref(e->args);
  clear_ref(e->notes);
  clear_ref(e->traceback);
  clear_ref(e->context);
  clear_ref(e->cause);
  return 0;
}

// The object fields a built-in exception layout adds after BaseExceptionObject, found from the
// solid built-in base of the instance's type.
struct ExtraFields {
  int n;
  std::size_t offsets[8];
};

ExtraFields extra_fields(TypeObject* t) {
  while (t->flags & TPFLAG_HEAPTYPE) t = t->base;
  if (type_is_subtype(t, &ExcSyntaxError)) {
    ExtraFields f{8, {}};
    for (int i = 0; i < 8; ++i)
      f.offsets[i] = offsetof(SyntaxErrorObject, msg) + 8 * std::size_t(i);
    return f;
  }
  if (type_is_subtype(t, &ExcOSError)) {
    return {4,
            {offsetof(OSErrorObject, myerrno), offsetof(OSErrorObject, strerror),
             offsetof(OSErrorObject, filename), offsetof(OSErrorObject, filename2)}};
  }
  if (t->basicsize == ssize(sizeof(UnicodeErrorObject)) && type_is_subtype(t, &ExcUnicodeError)) {
    return {3,
            {offsetof(UnicodeErrorObject, encoding), offsetof(UnicodeErrorObject, object),
             offsetof(UnicodeErrorObject, reason)}};
  }
  if (type_is_subtype(t, &ExcImportError)) {
    return {3,
            {offsetof(ImportErrorObject, msg), offsetof(ImportErrorObject, name),
             offsetof(ImportErrorObject, path)}};
  }
  if (type_is_subtype(t, &ExcAttributeError)) {
    return {2, {offsetof(AttributeErrorObject, obj), offsetof(AttributeErrorObject, name)}};
  }
  if (type_is_subtype(t, &ExcNameError)) return {1, {offsetof(NameErrorObject, name)}};
  if (type_is_subtype(t, &ExcStopIteration)) return {1, {offsetof(StopIterationObject, value)}};
  if (type_is_subtype(t, &ExcSystemExit)) return {1, {offsetof(SystemExitObject, code)}};
  return {0, {}};
}

inline Object*& field_at(Object* op, std::size_t off) {
  return *reinterpret_cast<Object**>(reinterpret_cast<char*>(op) + off);
}

void exc_dealloc(Object* op) {
  memory::gc_untrack(op);
  if (!trashcan_begin(op)) return;
  base_exc_clear(op);
  ExtraFields f = extra_fields(op->type);
  for (int i = 0; i < f.n; ++i) clear_ref(field_at(op, f.offsets[i]));
  op->type->free_fn(op);
  trashcan_end();
}

int exc_traverse(Object* op, VisitFn visit, void* arg) {
  BaseExceptionObject* e = as_exc(op);
  for (Object* o : {e->dict, e->args, e->notes, e->traceback, e->context, e->cause}) {
    if (o && visit(o, arg)) return 1;
  }
  ExtraFields f = extra_fields(op->type);
  for (int i = 0; i < f.n; ++i) {
    Object* o = field_at(op, f.offsets[i]);
    if (o && visit(o, arg)) return 1;
  }
  return 0;
}

int exc_clear_slot(Object* op) {
  base_exc_clear(op);
  ExtraFields f = extra_fields(op->type);
  for (int i = 0; i < f.n; ++i) clear_ref(field_at(op, f.offsets[i]));
  return 0;
}

Object* base_exc_str(Object* self) {
  Object* args = as_exc(self)->args;
  ssize n = args ? tuple_size(args) : 0;
  if (n == 0) return str_empty();
  if (n == 1) return object_str(tuple_get(args, 0));
  return object_str(args);
}

Object* base_exc_repr(Object* self) {
  Object* args = as_exc(self)->args;
  std::string name = type_name(self->type);
  ssize n = args ? tuple_size(args) : 0;
  std::string inner;
  if (n == 1) {
    if (!repr_utf8_of(tuple_get(args, 0), inner)) return nullptr;
    return str_from_utf8(name + "(" + inner + ")");
  }
  if (n == 0) return str_from_utf8(name + "()");
  if (!repr_utf8_of(args, inner)) return nullptr;
  return str_from_utf8(name + inner);
}

Object* exc_get_args(Object* self, void*) {
  Object* a = as_exc(self)->args;
  return a ? new_ref(a) : tuple_empty();
}
int exc_set_args(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(&ExcTypeError, "args may not be deleted");
    return -1;
  }
  Object* t = sequence_tuple(value);
  if (!t) return -1;
  set_ref(as_exc(self)->args, t);
  return 0;
}
Object* exc_get_tb(Object* self, void*) {
  Object* t = as_exc(self)->traceback;
  return t ? new_ref(t) : none_new_ref();
}
int exc_set_tb(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(&ExcTypeError, "__traceback__ may not be deleted");
    return -1;
  }
  if (!is_none(value) && value->type != &TracebackType) {
    err_set_string(&ExcTypeError, "__traceback__ must be a traceback or None");
    return -1;
  }
  set_ref(as_exc(self)->traceback, is_none(value) ? nullptr : new_ref(value));
  return 0;
}
Object* exc_get_context(Object* self, void*) {
  Object* c = as_exc(self)->context;
  return c ? new_ref(c) : none_new_ref();
}
int exc_set_context(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(&ExcTypeError, "__context__ may not be deleted");
    return -1;
  }
  if (is_none(value)) {
    value = nullptr;
  } else if (!is_exception_instance(value)) {
    err_set_string(&ExcTypeError, "exception context must be None or derive from BaseException");
    return -1;
  }
  set_ref(as_exc(self)->context, xnew_ref(value));
  return 0;
}
Object* exc_get_cause(Object* self, void*) {
  Object* c = as_exc(self)->cause;
  return c ? new_ref(c) : none_new_ref();
}
int exc_set_cause(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(&ExcTypeError, "__cause__ may not be deleted");
    return -1;
  }
  if (is_none(value)) {
    value = nullptr;
  } else if (!is_exception_instance(value)) {
    err_set_string(&ExcTypeError, "exception cause must be None or derive from BaseException");
    return -1;
  }
  set_ref(as_exc(self)->cause, xnew_ref(value));
  as_exc(self)->suppress_context = 1;
  return 0;
}
Object* exc_get_suppress(Object* self, void*) {
  return bool_new_ref(as_exc(self)->suppress_context);
}
int exc_set_suppress(Object* self, Object* value, void*) {
  int t = value ? object_is_true(value) : 0;
  if (t < 0) return -1;
  as_exc(self)->suppress_context = char(t);
  return 0;
}
Object* exc_get_dict(Object* self, void*) {
  BaseExceptionObject* e = as_exc(self);
  if (!e->dict) {
    e->dict = dict_new();
    if (!e->dict) return nullptr;
  }
  return new_ref(e->dict);
}

Object* exc_with_traceback(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("with_traceback", nargs, kwnames)) return nullptr;
  if (exc_set_tb(self, args[0], nullptr) < 0) return nullptr;
  return new_ref(self);
}

Object* exc_add_note(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("add_note", nargs, kwnames)) return nullptr;
  if (!is_str(args[0])) {
    err_format(&ExcTypeError, "note must be a str, not '{}'", type_name(args[0]->type));
    return nullptr;
  }
  Object* notes_name = str_intern_cstr("__notes__");
  Object* notes = nullptr;
  if (lookup_attr(self, notes_name, &notes) < 0) {
    decref(notes_name);
    return nullptr;
  }
  if (!notes) {
    notes = list_new(0);
    if (!notes || set_attr(self, notes_name, notes) < 0) {
      xdecref(notes);
      decref(notes_name);
      return nullptr;
    }
  }
  decref(notes_name);
  if (!is_list(notes)) {
    decref(notes);
    err_set_string(&ExcTypeError, "Cannot add note: __notes__ is not a list");
    return nullptr;
  }
  int r = list_append(notes, args[0]);
  decref(notes);
  if (r < 0) return nullptr;
  return none_new_ref();
}

Object* exc_reduce(Object* self, Object* const*, ssize, Object*) {
  Object* args = as_exc(self)->args ? as_exc(self)->args : nullptr;
  if (!args) return nullptr;
  return tuple_pack({self->type, args});
}

GetSetDef base_exc_getset[] = {
    {"args", exc_get_args, exc_set_args, nullptr, nullptr},
    {"__traceback__", exc_get_tb, exc_set_tb, nullptr, nullptr},
    {"__context__", exc_get_context, exc_set_context, nullptr, nullptr},
    {"__cause__", exc_get_cause, exc_set_cause, nullptr, nullptr},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress, nullptr, nullptr},
    {"__dict__", exc_get_dict, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
MethodDef base_exc_methods[] = {
    {"with_traceback", exc_with_traceback, METH_DEFAULT,
     "Set self.__traceback__ to tb and return self."},
    {"add_note", exc_add_note, METH_DEFAULT, "Add a note to the exception"},
    {"__reduce__", exc_reduce, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- special subclasses ------------------------------------------------------------------------
int stop_iteration_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (base_exc_init(self, args, nargs, kwnames) < 0) return -1;
  set_ref(static_cast<StopIterationObject*>(self)->value, new_ref(nargs ? args[0] : None()));
  return 0;
}
MemberDef stop_iteration_members[] = {
    {"value", MemberKind::OBJECT, offsetof(StopIterationObject, value), false, nullptr},
    {nullptr, MemberKind::OBJECT, 0, false, nullptr},
};

int system_exit_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (base_exc_init(self, args, nargs, kwnames) < 0) return -1;
  Object* code = nargs == 0 ? None() : nargs == 1 ? args[0] : as_exc(self)->args;
  set_ref(static_cast<SystemExitObject*>(self)->code, new_ref(code));
  return 0;
}
MemberDef system_exit_members[] = {
    {"code", MemberKind::OBJECT, offsetof(SystemExitObject, code), false, nullptr},
    {nullptr, MemberKind::OBJECT, 0, false, nullptr},
};

Object* key_error_str(Object* self) {
  Object* args = as_exc(self)->args;
  if (args && tuple_size(args) == 1) return object_repr(tuple_get(args, 0));
  return base_exc_str(self);
}

int kw_only_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames,
                 std::initializer_list<std::pair<const char*, std::size_t>> fields) {
  Object* base_args = packed_args_tuple(args, ssize(nargs));
  if (!base_args) return -1;
  set_ref(as_exc(self)->args, base_args);
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize i = 0; i < nkw; ++i) {
    Object* k = tuple_get(kwnames, i);
    bool found = false;
    for (auto& f : fields) {
      if (str_eq_cstr(k, f.first)) {
        Object*& slot = *reinterpret_cast<Object**>(reinterpret_cast<char*>(self) + f.second);
        set_ref(slot, new_ref(args[nargs + std::size_t(i)]));
        found = true;
      }
    }
    if (!found) {
      err_format(&ExcTypeError, "{}() got an unexpected keyword argument '{}'",
                 type_name(self->type), str_to_std(k));
      return -1;
    }
  }
  return 0;
}

int import_error_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (kw_only_init(self, args, nargs, kwnames,
                   {{"name", offsetof(ImportErrorObject, name)},
                    {"path", offsetof(ImportErrorObject, path)}}) < 0) {
    return -1;
  }
  set_ref(static_cast<ImportErrorObject*>(self)->msg, nargs == 1 ? new_ref(args[0]) : nullptr);
  return 0;
}
Object* import_error_str(Object* self) {
  Object* msg = static_cast<ImportErrorObject*>(self)->msg;
  if (msg && is_str(msg)) return new_ref(msg);
  return base_exc_str(self);
}
MemberDef import_error_members[] = {
    {"msg", MemberKind::OBJECT, offsetof(ImportErrorObject, msg), false, nullptr},
    {"name", MemberKind::OBJECT, offsetof(ImportErrorObject, name), false, nullptr},
    {"path", MemberKind::OBJECT, offsetof(ImportErrorObject, path), false, nullptr},
    {nullptr, MemberKind::OBJECT, 0, false, nullptr},
};

int name_error_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  return kw_only_init(self, args, nargs, kwnames, {{"name", offsetof(NameErrorObject, name)}});
}
MemberDef name_error_members[] = {
    {"name", MemberKind::OBJECT, offsetof(NameErrorObject, name), false, nullptr},
    {nullptr, MemberKind::OBJECT, 0, false, nullptr},
};

int attribute_error_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  return kw_only_init(self, args, nargs, kwnames,
                      {{"name", offsetof(AttributeErrorObject, name)},
                       {"obj", offsetof(AttributeErrorObject, obj)}});
}
MemberDef attribute_error_members[] = {
    {"name", MemberKind::OBJECT, offsetof(AttributeErrorObject, name), false, nullptr},
    {"obj", MemberKind::OBJECT, offsetof(AttributeErrorObject, obj), false, nullptr},
    {nullptr, MemberKind::OBJECT, 0, false, nullptr},
};

int syntax_error_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (base_exc_init(self, args, nargs, kwnames) < 0) return -1;
  SyntaxErrorObject* e = static_cast<SyntaxErrorObject*>(self);
  if (nargs >= 1) set_ref(e->msg, new_ref(args[0]));
  if (nargs == 2) {
    Object* info = sequence_tuple(args[1]);
    if (!info) return -1;
    ssize n = tuple_size(info);
    if (n < 4 || n > 6) {
      decref(info);
      err_set_string(&ExcIndexError, "tuple index out of range");
      return -1;
    }
    set_ref(e->filename, new_ref(tuple_get(info, 0)));
    set_ref(e->lineno, new_ref(tuple_get(info, 1)));
    set_ref(e->offset, new_ref(tuple_get(info, 2)));
    set_ref(e->text, new_ref(tuple_get(info, 3)));
    if (n > 4) set_ref(e->end_lineno, new_ref(tuple_get(info, 4)));
    if (n > 5) set_ref(e->end_offset, new_ref(tuple_get(info, 5)));
    decref(info);
  }
  return 0;
}
Object* syntax_error_str(Object* self) {
  SyntaxErrorObject* e = static_cast<SyntaxErrorObject*>(self);
  std::string msg;
  if (!e->msg) {
    Object* s = base_exc_str(self);
    if (!s) return nullptr;
    msg = str_to_std(s);
    decref(s);
  } else if (!str_utf8_of(e->msg, msg)) {
    return nullptr;
  }
  std::string file;
  if (e->filename && is_str(e->filename)) {
    file = str_to_std(e->filename);
    std::size_t slash = file.rfind('/');
    if (slash != std::string::npos) file = file.substr(slash + 1);
  }
  bool have_line = e->lineno && is_int(e->lineno);
  if (!file.empty() && have_line) {
    std::string ln;
    str_utf8_of(e->lineno, ln);
    return str_from_utf8(msg + " (" + file + ", line " + ln + ")");
  }
  if (!file.empty()) return str_from_utf8(msg + " (" + file + ")");
  if (have_line) {
    std::string ln;
    str_utf8_of(e->lineno, ln);
    return str_from_utf8(msg + " (line " + ln + ")");
  }
  return str_from_utf8(msg);
}
MemberDef syntax_error_members[] = {
    {"msg", MemberKind::OBJECT, offsetof(SyntaxErrorObject, msg), false, nullptr},
    {"filename", MemberKind::OBJECT, offsetof(SyntaxErrorObject, filename), false, nullptr},
    {"lineno", MemberKind::OBJECT, offsetof(SyntaxErrorObject, lineno), false, nullptr},
    {"offset", MemberKind::OBJECT, offsetof(SyntaxErrorObject, offset), false, nullptr},
    {"text", MemberKind::OBJECT, offsetof(SyntaxErrorObject, text), false, nullptr},
    {"end_lineno", MemberKind::OBJECT, offsetof(SyntaxErrorObject, end_lineno), false, nullptr},
    {"end_offset", MemberKind::OBJECT, offsetof(SyntaxErrorObject, end_offset), false, nullptr},
    {"print_file_and_line", MemberKind::OBJECT, offsetof(SyntaxErrorObject, print_file_and_line),
     false, nullptr},
    {nullptr, MemberKind::OBJECT, 0, false, nullptr},
};

// OSError(errno, strerror[, filename[, winerror[, filename2]]]); OSError(ENOENT, ...) builds a
// FileNotFoundError, as CPython maps errno values to subclasses.
TypeObject* oserror_subclass_for(long err) {
  switch (err) {
    case ENOENT:
      return &ExcFileNotFoundError;
    case EEXIST:
      return &ExcFileExistsError;
    case EISDIR:
      return &ExcIsADirectoryError;
    case ENOTDIR:
      return &ExcNotADirectoryError;
    case EACCES:
    case EPERM:
      return &ExcPermissionError;
    case EAGAIN:
      return &ExcBlockingIOError;
    case ECHILD:
      return &ExcChildProcessError;
    case EPIPE:
      return &ExcBrokenPipeError;
    case ECONNABORTED:
      return &ExcConnectionAbortedError;
    case ECONNREFUSED:
      return &ExcConnectionRefusedError;
    case ECONNRESET:
      return &ExcConnectionResetError;
    case EINTR:
      return &ExcInterruptedError;
    case ESRCH:
      return &ExcProcessLookupError;
    case ETIMEDOUT:
      return &ExcTimeoutError;
    default:
      return nullptr;
  }
}

Object* oserror_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (type == &ExcOSError && nargs >= 2 && is_int(args[0])) {
    bool ov;
    std::int64_t e = int_as_i64(args[0], &ov);
    if (!ov) {
      if (TypeObject* sub = oserror_subclass_for(long(e))) type = sub;
    }
  }
  Object* self = base_exc_new(type, args, nargs, kwnames);
  if (!self) return nullptr;
  OSErrorObject* o = static_cast<OSErrorObject*>(self);
  if (nargs >= 2 && nargs <= 5) {
    o->myerrno = new_ref(args[0]);
    o->strerror = new_ref(args[1]);
    if (nargs >= 3) o->filename = new_ref(args[2]);
    if (nargs >= 5) o->filename2 = new_ref(args[4]);
    // with a filename, args keeps only (errno, strerror)
    if (nargs >= 3) {
      Object* t = tuple_pack({args[0], args[1]});
      if (!t) {
        decref(self);
        return nullptr;
      }
      set_ref(o->args, t);
    }
  }
  return self;
}
int oserror_init(Object*, Object* const*, std::size_t, Object*) {
  return 0;
}
Object* oserror_str(Object* self) {
  OSErrorObject* o = static_cast<OSErrorObject*>(self);
  if (o->filename && o->myerrno && o->strerror) {
    std::string en, se, fn;
    if (!str_utf8_of(o->myerrno, en) || !str_utf8_of(o->strerror, se) ||
        !repr_utf8_of(o->filename, fn)) {
      return nullptr;
    }
    if (o->filename2) {
      std::string fn2;
      if (!repr_utf8_of(o->filename2, fn2)) return nullptr;
      return str_from_utf8("[Errno " + en + "] " + se + ": " + fn + " -> " + fn2);
    }
    return str_from_utf8("[Errno " + en + "] " + se + ": " + fn);
  }
  if (o->myerrno && o->strerror) {
    std::string en, se;
    if (!str_utf8_of(o->myerrno, en) || !str_utf8_of(o->strerror, se)) return nullptr;
    return str_from_utf8("[Errno " + en + "] " + se);
  }
  return base_exc_str(self);
}
MemberDef oserror_members[] = {
    {"errno", MemberKind::OBJECT, offsetof(OSErrorObject, myerrno), false, nullptr},
    {"strerror", MemberKind::OBJECT, offsetof(OSErrorObject, strerror), false, nullptr},
    {"filename", MemberKind::OBJECT, offsetof(OSErrorObject, filename), false, nullptr},
    {"filename2", MemberKind::OBJECT, offsetof(OSErrorObject, filename2), false, nullptr},
    {nullptr, MemberKind::OBJECT, 0, false, nullptr},
};

// ---- tracebacks -------------------------------------------------------------------------------
void tb_dealloc(Object* op) {
  memory::gc_untrack(op);
  if (!trashcan_begin(op)) return;
  TracebackObject* tb = static_cast<TracebackObject*>(op);
  xdecref(tb->next);
  xdecref(tb->frame);
  object_free(op);
  trashcan_end();
}
int tb_traverse(Object* op, VisitFn visit, void* arg) {
  TracebackObject* tb = static_cast<TracebackObject*>(op);
  for (Object* o : {tb->next, static_cast<Object*>(tb->frame)}) {
    if (o && visit(o, arg)) return 1;
  }
  return 0;
}
int tb_clear(Object* op) {
  TracebackObject* tb = static_cast<TracebackObject*>(op);
  clear_ref(tb->next);
  clear_ref(tb->frame);
  return 0;
}
Object* tb_get_next(Object* op, void*) {
  Object* n = static_cast<TracebackObject*>(op)->next;
  return n ? new_ref(n) : none_new_ref();
}
Object* tb_get_frame(Object* op, void*) {
  Object* f = static_cast<TracebackObject*>(op)->frame;
  return f ? new_ref(f) : none_new_ref();
}
Object* tb_get_lineno(Object* op, void*) {
  return int_from_i64(static_cast<TracebackObject*>(op)->lineno);
}
Object* tb_get_lasti(Object* op, void*) {
  return int_from_i64(static_cast<TracebackObject*>(op)->lasti * 2);
}
GetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, nullptr, nullptr, nullptr},
    {"tb_frame", tb_get_frame, nullptr, nullptr, nullptr},
    {"tb_lineno", tb_get_lineno, nullptr, nullptr, nullptr},
    {"tb_lasti", tb_get_lasti, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- printing --------------------------------------------------------------------------------
std::map<std::string, std::vector<std::string>>* g_source_cache = nullptr;

std::string source_line(const std::string& filename, int lineno) {
  if (!g_source_cache) g_source_cache = new std::map<std::string, std::vector<std::string>>();
  auto it = g_source_cache->find(filename);
  if (it == g_source_cache->end()) {
    std::vector<std::string> lines;
    std::ifstream in(filename);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines.push_back(line);
    }
    it = g_source_cache->emplace(filename, std::move(lines)).first;
  }
  if (lineno < 1 || std::size_t(lineno) > it->second.size()) return "";
  return it->second[std::size_t(lineno - 1)];
}

std::string strip(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\f\v");
  if (b == std::string::npos) return "";
  std::size_t e = s.find_last_not_of(" \t\f\v\r\n");
  return s.substr(b, e - b + 1);
}

void format_traceback(Object* tb, std::string& out) {
  out += "Traceback (most recent call last):\n";
  for (; tb; tb = static_cast<TracebackObject*>(tb)->next) {
    TracebackObject* t = static_cast<TracebackObject*>(tb);
    CodeObject* code = t->frame ? t->frame->frame->code : nullptr;
    std::string file = code ? str_to_std(code->filename) : "?";
    std::string name = code ? str_to_std(code->name) : "?";
    out += "  File \"" + file + "\", line " + std::to_string(t->lineno) + ", in " + name + "\n";
    std::string line = strip(source_line(file, t->lineno));
    if (!line.empty()) out += "    " + line + "\n";
  }
}

std::string exception_type_label(Object* exc) {
  TypeObject* t = exc->type;
  Object* qual = get_attr(t, ids::qualname);
  if (!qual) {
    err_clear();
    return type_name(t);
  }
  std::string q = str_to_std(qual);
  decref(qual);
  Object* mod = get_attr(t, ids::module);
  if (!mod) {
    err_clear();
    return q;
  }
  std::string m = is_str(mod) ? str_to_std(mod) : "";
  decref(mod);
  if (m.empty() || m == "builtins" || m == "__main__") return q;
  return m + "." + q;
}

void format_syntax_error_location(Object* exc, std::string& out) {
  SyntaxErrorObject* e = static_cast<SyntaxErrorObject*>(exc);
  if (!e->filename || !is_str(e->filename)) return;
  std::string line_no = "?";
  if (e->lineno && is_int(e->lineno)) str_utf8_of(e->lineno, line_no);
  out += "  File \"" + str_to_std(e->filename) + "\", line " + line_no + "\n";
  if (!e->text || !is_str(e->text)) return;
  std::string text = str_to_std(e->text);
  // drop the trailing newline and leading indentation, moving the caret accordingly
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  std::size_t lead = text.find_first_not_of(" \t\f");
  if (lead == std::string::npos) lead = text.size();
  std::string shown = text.substr(lead);
  out += "    " + shown + "\n";
  if (!e->offset || !is_int(e->offset)) return;
  bool ov;
  std::int64_t offset = int_as_i64(e->offset, &ov);
  std::int64_t end_offset = offset;
  bool same_line = true;
  if (e->end_lineno && is_int(e->end_lineno) && e->lineno && is_int(e->lineno)) {
    same_line = int_compare(e->end_lineno, e->lineno) == 0;
  }
  if (e->end_offset && is_int(e->end_offset) && same_line) {
    end_offset = int_as_i64(e->end_offset, &ov);
  }
  // offsets are 1-based character positions in the line
  std::int64_t col = offset - 1 - std::int64_t(lead);
  if (col < 0) col = 0;
  std::int64_t width = end_offset > offset ? end_offset - offset : 1;
  // count characters (not bytes) of the shown line for the caret position
  Object* shown_str = str_from_utf8(shown);
  std::int64_t shown_len = shown_str ? str_length(shown_str) : std::int64_t(shown.size());
  xdecref(shown_str);
  if (!shown_str) err_clear();
  if (col > shown_len) col = shown_len;
  if (col + width > shown_len + 1) width = std::max<std::int64_t>(1, shown_len + 1 - col);
  out += "    " + std::string(std::size_t(col), ' ') + std::string(std::size_t(width), '^') + "\n";
}

void format_one(Object* exc, std::string& out) {
  if (exception_traceback(exc)) format_traceback(exception_traceback(exc), out);
  if (type_check(exc, &ExcSyntaxError)) format_syntax_error_location(exc, out);
  out += format_exception_only(exc);
  out += "\n";
  // 3.11 notes
  Object* notes_name = str_intern_cstr("__notes__");
  Object* notes = nullptr;
  if (notes_name && lookup_attr(exc, notes_name, &notes) > 0 && notes) {
    if (is_list(notes) || is_tuple(notes)) {
      ssize n = object_length(notes);
      for (ssize i = 0; i < n; ++i) {
        Object* note = get_item_index(notes, i);
        std::string s;
        if (note && str_utf8_of(note, s)) out += s + "\n";
        xdecref(note);
      }
    }
    decref(notes);
  }
  xdecref(notes_name);
  if (err_occurred()) err_clear();
}

void format_chain(Object* exc, std::string& out, std::vector<Object*>& seen) {
  seen.push_back(exc);
  BaseExceptionObject* e = as_exc(exc);
  auto unseen = [&](Object* o) {
    for (Object* s : seen) {
      if (s == o) return false;
    }
    return true;
  };
  if (e->cause && unseen(e->cause)) {
    format_chain(e->cause, out, seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (e->context && !e->suppress_context && unseen(e->context)) {
    format_chain(e->context, out, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  format_one(exc, out);
}

}  // namespace

std::string format_exception_only(Object* exc) {
  std::string label = exception_type_label(exc);
  Object* s = object_str(exc);
  if (!s) {
    err_clear();
    return label + ": <exception str() failed>";
  }
  std::string msg = str_to_std(s);
  decref(s);
  if (type_check(exc, &ExcSyntaxError)) {
    // the location is shown above; the last line shows only the message
    Object* m = static_cast<SyntaxErrorObject*>(exc)->msg;
    if (m && is_str(m)) msg = str_to_std(m);
  }
  if (msg.empty()) return label;
  return label + ": " + msg;
}

void print_exception(Object* exc) {
  Object* saved = err_fetch();
  std::string out;
  std::vector<Object*> seen;
  format_chain(exc, out, seen);
  write_stderr(out);
  err_restore(saved);
}

Object* exception_new_instance(TypeObject* type, Object* const* args, ssize nargs) {
  if (!(type->flags & TPFLAG_HEAPTYPE) && type->new_ && type->init) {
    Object* e = type->new_(type, args, std::size_t(nargs), nullptr);
    if (!e) return nullptr;
    if (e->type->init(e, args, std::size_t(nargs), nullptr) < 0) {
      decref(e);
      return nullptr;
    }
    return e;
  }
  Object* e = call(type, args, std::size_t(nargs), nullptr);
  if (e && !is_exception_instance(e)) {
    err_format(&ExcTypeError,
               "calling {} should have returned an instance of BaseException, not {}",
               repr_for_message(type), type_name(e->type));
    decref(e);
    return nullptr;
  }
  return e;
}

void exception_set_traceback(Object* exc, Object* tb) {
  set_ref(as_exc(exc)->traceback, xnew_ref(tb));
}
void exception_set_context(Object* exc, Object* context) {
  set_ref(as_exc(exc)->context, context);
}
void exception_set_cause(Object* exc, Object* cause) {
  set_ref(as_exc(exc)->cause, cause);
  as_exc(exc)->suppress_context = 1;
}
Object* exception_args(Object* exc) {
  return as_exc(exc)->args;
}

Object* stop_iteration_value(Object* exc) {
  if (type_check(exc, &ExcStopIteration)) {
    Object* v = static_cast<StopIterationObject*>(exc)->value;
    return v ? new_ref(v) : none_new_ref();
  }
  return none_new_ref();
}

void traceback_add_here(FrameObject* frame, int lineno, int lasti) {
  Object* exc = g_thread.current_exc;
  if (!exc) return;
  TracebackObject* tb = static_cast<TracebackObject*>(type_generic_alloc(&TracebackType, 0));
  if (!tb) {
    err_clear();
    g_thread.current_exc = exc;
    return;
  }
  tb->next = xnew_ref(as_exc(exc)->traceback);
  tb->frame = new_ref(frame);
  tb->lasti = lasti;
  tb->lineno = lineno;
  memory::gc_track(tb);
  set_ref(as_exc(exc)->traceback, static_cast<Object*>(tb));
}

int exceptions_init() {
  struct Spec {
    TypeObject* type;
    const char* name;
    TypeObject* base;
    ssize size;
  };
  TypeObject& ExcObject = ObjectType;  // BaseException's base in the table
#define MEMPY_SPEC(cname, pyname, base, layout) \
  {&Exc##cname, pyname, &Exc##base, ssize(sizeof(layout))},
  const Spec specs[] = {MEMPY_EXCEPTION_TYPES(MEMPY_SPEC)};
#undef MEMPY_SPEC
  for (const Spec& s : specs) {
    TypeObject& t = *s.type;
    t.name = s.name;
    t.basicsize = s.size;
    t.flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_BASE_EXC_SUBCLASS;
    t.base = s.base;
    t.dealloc = exc_dealloc;
    t.traverse = exc_traverse;
    t.clear = exc_clear_slot;
    t.dictoffset = offsetof(BaseExceptionObject, dict);
  }
  ExcBaseException.new_ = base_exc_new;
  ExcBaseException.init = base_exc_init;
  ExcBaseException.str = base_exc_str;
  ExcBaseException.repr = base_exc_repr;
  ExcBaseException.getset = base_exc_getset;
  ExcBaseException.methods = base_exc_methods;
  ExcBaseException.doc = "Common base class for all exceptions";

  ExcStopIteration.init = stop_iteration_init;
  ExcStopIteration.members = stop_iteration_members;
  ExcSystemExit.init = system_exit_init;
  ExcSystemExit.members = system_exit_members;
  ExcKeyError.str = key_error_str;
  ExcImportError.init = import_error_init;
  ExcImportError.str = import_error_str;
  ExcImportError.members = import_error_members;
  ExcNameError.init = name_error_init;
  ExcNameError.members = name_error_members;
  ExcAttributeError.init = attribute_error_init;
  ExcAttributeError.members = attribute_error_members;
  ExcSyntaxError.init = syntax_error_init;
  ExcSyntaxError.str = syntax_error_str;
  ExcSyntaxError.members = syntax_error_members;
  ExcOSError.new_ = oserror_new;
  ExcOSError.init = oserror_init;
  ExcOSError.str = oserror_str;
  ExcOSError.members = oserror_members;
  unicode_error_types_setup();

  for (const Spec& s : specs) {
    if (type_ready(s.type) < 0) return -1;
  }

  TracebackType.name = "traceback";
  TracebackType.basicsize = sizeof(TracebackObject);
  TracebackType.flags = TPFLAG_HAVE_GC;
  TracebackType.dealloc = tb_dealloc;
  TracebackType.traverse = tb_traverse;
  TracebackType.clear = tb_clear;
  TracebackType.getset = tb_getset;
  return type_ready(&TracebackType);
}

void exceptions_fini() {
  delete g_source_cache;
  g_source_cache = nullptr;
}

}  // namespace mempy::runtime

namespace mempy::runtime {

void exceptions_types_fini() {
#define MEMPY_FINI_EXC(cname, pyname, base, layout) \
  if (Exc##cname.dict) dict_clear(Exc##cname.dict);
  MEMPY_EXCEPTION_TYPES(MEMPY_FINI_EXC)
#undef MEMPY_FINI_EXC
#define MEMPY_FINI_EXC2(cname, pyname, base, layout) \
  clear_ref(Exc##cname.dict);                        \
  clear_ref(Exc##cname.mro);                         \
  clear_ref(Exc##cname.bases);                       \
  delete Exc##cname.subclasses;                      \
  Exc##cname.subclasses = nullptr;
  MEMPY_EXCEPTION_TYPES(MEMPY_FINI_EXC2)
#undef MEMPY_FINI_EXC2
  if (TracebackType.dict) dict_clear(TracebackType.dict);
  clear_ref(TracebackType.dict);
  clear_ref(TracebackType.mro);
  clear_ref(TracebackType.bases);
}

Object* err_set_from_errno() {
  return err_set_from_errno_with_filenames(nullptr, nullptr);
}

Object* err_set_from_errno_with_filenames(Object* filename, Object* filename2) {
  int e = errno;
  // OSError(errno, strerror, filename, winerror, filename2)
  Object* args[5] = {int_from_i64(e), str_from_cstr(std::strerror(e)), filename, None(), filename2};
  ssize nargs = filename2 ? 5 : filename ? 3 : 2;
  Object* exc = (args[0] && args[1]) ? exception_new_instance(&ExcOSError, args, nargs) : nullptr;
  xdecref(args[0]);
  xdecref(args[1]);
  if (exc) err_raise(exc);
  return nullptr;
}

}  // namespace mempy::runtime
