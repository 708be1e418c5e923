// Units for runtime/errors.h and exceptions.h: the thread's raised exception (set, fetch,
// restore, clear, match along the class hierarchy), how err_set_object and err_set_key_error
// build their exceptions, instance layouts (getsizeof per exception class), args, repr,
// format_exception_only's "Type: message" line, OSError's errno subclasses, StopIteration's
// value, and reference ownership of raised exceptions.
#include <string>
#include <vector>

#include "runtime/bytes.h"
#include "runtime/exceptions.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime_fixture.h"

using namespace rtest;

namespace {

R exc(TypeObject* type, std::initializer_list<Object*> args = {}) {
  std::vector<Object*> a(args);
  return own(exception_new_instance(type, a.data(), ssize(a.size())));
}

}  // namespace

RUNTIME_TEST("exception instances have CPython's sizes") {
  CHECK(sizeof(BaseExceptionObject) == 72);
  R x = str("x"), k = str("k"), enc = str("utf-8");
  R data = own(bytes_from("", 0));
  R zero = num(0), one = num(1);
  struct Row {
    TypeObject* type;
    std::vector<Object*> args;
    ssize size;  // python3: sys.getsizeof(Type(*args))
  };
  const Row rows[] = {
      {&ExcBaseException, {}, 88},
      {&ExcException, {}, 88},
      {&ExcValueError, {x.get()}, 88},
      {&ExcKeyError, {k.get()}, 88},
      {&ExcStopIteration, {}, 96},
      {&ExcSystemExit, {}, 96},
      {&ExcAttributeError, {}, 104},
      {&ExcNameError, {}, 96},
      {&ExcImportError, {}, 112},
      {&ExcSyntaxError, {}, 152},
      {&ExcOSError, {}, 128},
      {&ExcUnicodeDecodeError, {enc.get(), data.get(), zero.get(), one.get(), x.get()}, 128},
  };
  for (const Row& r : rows) {
    INFO("type " << std::string(r.type->name));
    R e = own(exception_new_instance(r.type, r.args.data(), ssize(r.args.size())));
    CHECK(getsizeof(e.get()) == r.size);
    CHECK(tracked(e.get()));
    CHECK(e->refcnt == 1);
  }
}

RUNTIME_TEST("repr, args and the last traceback line match CPython") {
  R empty = str(""), x = str("x"), one = num(1), two = num(2), five = num(5);
  R pair = tup({one.get(), two.get()});
  struct Row {
    R e;
    const char* line;  // python3: traceback.format_exception_only(e)[-1] without the newline
    const char* repr;
    const char* args;
  };
  Row rows[] = {
      {exc(&ExcValueError, {empty.get()}), "ValueError", "ValueError('')", "('',)"},
      {exc(&ExcKeyError, {empty.get()}), "KeyError: ''", "KeyError('')", "('',)"},
      {exc(&ExcKeyError), "KeyError", "KeyError()", "()"},
      {exc(&ExcValueError, {one.get(), two.get()}), "ValueError: (1, 2)", "ValueError(1, 2)",
       "(1, 2)"},
      {exc(&ExcValueError, {x.get()}), "ValueError: x", "ValueError('x')", "('x',)"},
      {exc(&ExcStopIteration, {five.get()}), "StopIteration: 5", "StopIteration(5)", "(5,)"},
      {exc(&ExcKeyError, {pair.get()}), "KeyError: (1, 2)", "KeyError((1, 2))", "((1, 2),)"},
  };
  for (Row& r : rows) {
    INFO("expected " << std::string(r.repr));
    CHECK(format_exception_only(r.e.get()) == r.line);
    CHECK(repr(r.e.get()) == r.repr);
    CHECK(repr(exception_args(r.e.get())) == r.args);
  }
  R stop = exc(&ExcStopIteration, {five.get()});
  CHECK(as_ll(own(stop_iteration_value(stop.get())).get()) == 5);
  CHECK(is_none(own(stop_iteration_value(exc(&ExcStopIteration).get())).get()));
}

RUNTIME_TEST("OSError with an errno becomes its subclass") {
  R two = num(2), msg = str("No such file"), fname = str("f.txt");
  R e = exc(&ExcOSError, {two.get(), msg.get()});
  // python3: OSError(2, 'No such file') -> FileNotFoundError(2, 'No such file')
  CHECK(e->type == &ExcFileNotFoundError);
  CHECK(repr(e.get()) == "FileNotFoundError(2, 'No such file')");
  CHECK(format_exception_only(e.get()) == "FileNotFoundError: [Errno 2] No such file");
  R with_name = exc(&ExcOSError, {two.get(), msg.get(), fname.get()});
  CHECK(text(with_name.get()) == "[Errno 2] No such file: 'f.txt'");
}

RUNTIME_TEST("the raised exception: set, match, fetch, restore, clear") {
  CHECK(!err_occurred());
  err_set_string(&ExcKeyError, "missing");
  CHECK(err_occurred());
  CHECK(err_current()->type == &ExcKeyError);
  CHECK(err_matches(&ExcKeyError));
  CHECK(err_matches(&ExcLookupError));  // along the class hierarchy
  CHECK(err_matches(&ExcException));
  CHECK(!err_matches(&ExcIndexError));
  Object* fetched = err_fetch();
  CHECK(!err_occurred());
  CHECK(fetched->refcnt == 1);  // the caller owns it now
  err_restore(fetched);         // steals it back
  CHECK(err_current() == fetched);
  CHECK(take_error() == "KeyError: 'missing'");
  err_format(&ExcTypeError, "{} takes {} arguments", "f", 2);
  CHECK(take_error() == "TypeError: f takes 2 arguments");
  err_set_none(&ExcStopIteration);
  CHECK(take_error() == "StopIteration");
  err_set_string(&ExcValueError, "replaced");
  err_set_string(&ExcIndexError, "latest");  // raising again drops the previous exception
  CHECK(take_error() == "IndexError: latest");
  err_set_string(&ExcValueError, "gone");
  err_clear();
  CHECK(!err_occurred());
  CHECK(err_fetch() == nullptr);
}

RUNTIME_TEST("err_set_object: instances are raised as is, tuples become the args") {
  R e = exc(&ExcValueError);
  err_set_object(&ExcValueError, e.get());
  CHECK(err_current() == e.get());  // the same instance
  CHECK(e->refcnt == 2);
  err_clear();
  CHECK(e->refcnt == 1);
  R one = num(1), two = num(2);
  R pair = tup({one.get(), two.get()});
  err_set_object(&ExcValueError, pair.get());  // PyErr_SetObject: a tuple is the args
  CHECK(repr(exception_args(err_current())) == "(1, 2)");
  CHECK(take_error() == "ValueError: (1, 2)");
  err_set_key_error(pair.get());  // KeyError keeps a tuple key as its one argument
  CHECK(repr(exception_args(err_current())) == "((1, 2),)");
  CHECK(take_error() == "KeyError: (1, 2)");
  err_set_object(&ExcKeyError, one.get());
  CHECK(take_error() == "KeyError: 1");
}

RUNTIME_TEST("exception_class_matches takes a class or a tuple of classes") {
  R classes = tup({&ExcIndexError, &ExcKeyError});
  CHECK(exception_class_matches(&ExcKeyError, classes.get()));
  CHECK(exception_class_matches(&ExcKeyError, &ExcLookupError));
  CHECK(!exception_class_matches(&ExcValueError, classes.get()));
  CHECK(is_exception_class(&ExcOSError));
  CHECK(!is_exception_class(None()));
  R e = exc(&ExcRuntimeError);
  CHECK(is_exception_instance(e.get()));
  CHECK(type_check(e.get(), &ExcException));
  CHECK(type_check(exc(&ExcRecursionError).get(), &ExcRuntimeError));
}

RUNTIME_TEST("exceptions own their args and context") {
  R v = num(13579246);
  R ctx = exc(&ExcTypeError);
  {
    R e = exc(&ExcValueError, {v.get()});
    CHECK(v->refcnt == 2);                               // held by e.args
    exception_set_context(e.get(), new_ref(ctx.get()));  // steals
    CHECK(ctx->refcnt == 2);
    CHECK(static_cast<BaseExceptionObject*>(e.get())->context == ctx.get());
    err_raise(new_ref(e.get()));
    CHECK(e->refcnt == 2);
    err_clear();
    CHECK(e->refcnt == 1);
  }
  CHECK(v->refcnt == 1);
  CHECK(ctx->refcnt == 1);
}
