// runtime/ids.h — interned identifier strings used by the runtime (CPython's _Py_ID table).
// ids::init is the interned str "__init__", created once at start-up (runtime_init) and kept
// for the interpreter's lifetime. Use them for lookups instead of making strings on hot paths.
#pragma once
#include "runtime/object.h"

// clang-format off
#define MEMPY_IDS(X)                                                                      \
  X(abs, "__abs__") X(add, "__add__") X(aenter, "__aenter__") X(and_, "__and__")         \
  X(annotations, "__annotations__") X(bool_, "__bool__") X(build_class, "__build_class__") \
  X(builtins, "__builtins__") X(call, "__call__") X(class_, "__class__")                 \
  X(classcell, "__classcell__") X(class_getitem, "__class_getitem__")                    \
  X(contains, "__contains__") X(del, "__del__") X(delattr, "__delattr__")                \
  X(delete_, "__delete__") X(delitem, "__delitem__") X(dict, "__dict__")                 \
  X(dir, "__dir__") X(divmod, "__divmod__") X(doc, "__doc__") X(enter, "__enter__")      \
  X(eq, "__eq__") X(exit, "__exit__") X(file, "__file__") X(float_, "__float__")         \
  X(floordiv, "__floordiv__") X(format, "__format__") X(ge, "__ge__") X(get, "__get__")  \
  X(getattr, "__getattr__") X(getattribute, "__getattribute__") X(getitem, "__getitem__") \
  X(gt, "__gt__") X(hash, "__hash__") X(iadd, "__iadd__") X(import, "__import__")        \
  X(index, "__index__") X(init, "__init__") X(init_subclass, "__init_subclass__")        \
  X(instancecheck, "__instancecheck__") X(int_, "__int__") X(invert, "__invert__")       \
  X(iter, "__iter__") X(le, "__le__") X(len, "__len__") X(length_hint, "__length_hint__") \
  X(loader, "__loader__") X(lshift, "__lshift__") X(lt, "__lt__") X(main, "__main__")    \
  X(matmul, "__matmul__") X(missing, "__missing__") X(mod, "__mod__")                    \
  X(module, "__module__") X(mro_entries, "__mro_entries__") X(mul, "__mul__")            \
  X(name, "__name__") X(ne, "__ne__") X(neg, "__neg__") X(new_, "__new__")               \
  X(next, "__next__") X(or_, "__or__") X(package, "__package__") X(path, "__path__")     \
  X(pos, "__pos__") X(pow, "__pow__") X(prepare, "__prepare__") X(qualname, "__qualname__") \
  X(repr, "__repr__") X(reversed, "__reversed__") X(round, "__round__")                  \
  X(rshift, "__rshift__") X(set, "__set__") X(set_name, "__set_name__")                  \
  X(setattr, "__setattr__") X(setitem, "__setitem__") X(sizeof_, "__sizeof__")            \
  X(slots, "__slots__") X(spec, "__spec__") X(str, "__str__") X(sub, "__sub__")          \
  X(subclasscheck, "__subclasscheck__") X(truediv, "__truediv__") X(trunc, "__trunc__")  \
  X(weakref, "__weakref__") X(xor_, "__xor__") X(ceil, "__ceil__") X(floor, "__floor__") \
  X(complex_, "__complex__") X(mro, "mro") X(s_append, "append") X(s_keys, "keys")        \
  X(s_items, "items") X(s_values, "values") X(s_send, "send") X(s_throw, "throw")        \
  X(s_close, "close") X(s_write, "write") X(s_flush, "flush") X(s_read, "read")           \
  X(s_readline, "readline") X(s_stdout, "stdout") X(s_stderr, "stderr") X(s_stdin, "stdin") \
  X(s_encoding, "encoding") X(s_excepthook, "excepthook") X(s_modules, "modules")         \
  X(s_path, "path") X(s_argv, "argv") X(s_empty, "") X(s_self, "self") X(s_fileno, "fileno") \
  X(s_call, "call") X(s_line, "line") X(s_return, "return") X(s_exception, "exception") \
  X(s_isatty, "isatty") X(s_lambda, "<lambda>") X(s_module, "<module>")                   \
  X(s_builtins, "builtins") X(s_sys, "sys") X(s_copy, "copy") X(s_update, "update")       \
  X(s_displayhook, "displayhook") X(s_last_value, "last_value") X(s_metaclass, "metaclass") \
  X(s_top, "<top>") X(s_unraisablehook, "unraisablehook") X(bytes_, "__bytes__")     \
  X(s_space, " ") X(s_newline, "\n")
// clang-format on

namespace mempy::runtime::ids {
#define MEMPY_DECLARE_ID(cname, text) extern Object* cname;
MEMPY_IDS(MEMPY_DECLARE_ID)
#undef MEMPY_DECLARE_ID
int create_all();
void release_all();
}  // namespace mempy::runtime::ids
