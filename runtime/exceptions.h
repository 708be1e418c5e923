// runtime/exceptions.h — BaseException and the built-in exception hierarchy (CPython 3.11 names,
// layouts and messages), plus tracebacks.
#pragma once
#include <string>

#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

// PyBaseExceptionObject: 72 bytes + 16 GC head = getsizeof(Exception()) 88, as CPython.
struct BaseExceptionObject : Object {
  Object* dict;
  Object* args;  // tuple
  Object* notes;
  Object* traceback;  // TracebackObject or null
  Object* context;
  Object* cause;
  char suppress_context;
};

struct StopIterationObject : BaseExceptionObject {
  Object* value;
};
struct SystemExitObject : BaseExceptionObject {
  Object* code;
};
struct ImportErrorObject : BaseExceptionObject {
  Object* msg;
  Object* name;
  Object* path;
};
struct NameErrorObject : BaseExceptionObject {
  Object* name;
};
struct AttributeErrorObject : BaseExceptionObject {
  Object* obj;
  Object* name;
};
struct SyntaxErrorObject : BaseExceptionObject {
  Object* msg;
  Object* filename;
  Object* lineno;
  Object* offset;
  Object* text;
  Object* end_lineno;
  Object* end_offset;
  Object* print_file_and_line;
};
struct OSErrorObject : BaseExceptionObject {
  Object* myerrno;
  Object* strerror;
  Object* filename;
  Object* filename2;
  ssize written;
};
struct UnicodeErrorObject : BaseExceptionObject {
  Object* encoding;
  Object* object;
  ssize start;
  ssize end;
  Object* reason;
};

// The exception types. X(CName, "python name", Base, LayoutStruct)
// clang-format off
#define MEMPY_EXCEPTION_TYPES(X)                                                    \
  X(BaseException, "BaseException", Object, BaseExceptionObject)                  \
  X(SystemExit, "SystemExit", BaseException, SystemExitObject)                     \
  X(KeyboardInterrupt, "KeyboardInterrupt", BaseException, BaseExceptionObject)    \
  X(GeneratorExit, "GeneratorExit", BaseException, BaseExceptionObject)            \
  X(Exception, "Exception", BaseException, BaseExceptionObject)                    \
  X(StopIteration, "StopIteration", Exception, StopIterationObject)                \
  X(StopAsyncIteration, "StopAsyncIteration", Exception, BaseExceptionObject)      \
  X(ArithmeticError, "ArithmeticError", Exception, BaseExceptionObject)            \
  X(FloatingPointError, "FloatingPointError", ArithmeticError, BaseExceptionObject) \
  X(OverflowError, "OverflowError", ArithmeticError, BaseExceptionObject)          \
  X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError, BaseExceptionObject)  \
  X(AssertionError, "AssertionError", Exception, BaseExceptionObject)              \
  X(AttributeError, "AttributeError", Exception, AttributeErrorObject)             \
  X(BufferError, "BufferError", Exception, BaseExceptionObject)                    \
  X(EOFError, "EOFError", Exception, BaseExceptionObject)                          \
  X(ImportError, "ImportError", Exception, ImportErrorObject)                      \
  X(ModuleNotFoundError, "ModuleNotFoundError", ImportError, ImportErrorObject)    \
  X(LookupError, "LookupError", Exception, BaseExceptionObject)                    \
  X(IndexError, "IndexError", LookupError, BaseExceptionObject)                    \
  X(KeyError, "KeyError", LookupError, BaseExceptionObject)                        \
  X(MemoryError, "MemoryError", Exception, BaseExceptionObject)                    \
  X(NameError, "NameError", Exception, NameErrorObject)                            \
  X(UnboundLocalError, "UnboundLocalError", NameError, NameErrorObject)            \
  X(OSError, "OSError", Exception, OSErrorObject)                                  \
  X(BlockingIOError, "BlockingIOError", OSError, OSErrorObject)                    \
  X(ChildProcessError, "ChildProcessError", OSError, OSErrorObject)                \
  X(ConnectionError, "ConnectionError", OSError, OSErrorObject)                    \
  X(BrokenPipeError, "BrokenPipeError", ConnectionError, OSErrorObject)            \
  X(ConnectionAbortedError, "ConnectionAbortedError", ConnectionError, OSErrorObject) \
  X(ConnectionRefusedError, "ConnectionRefusedError", ConnectionError, OSErrorObject) \
  X(ConnectionResetError, "ConnectionResetError", ConnectionError, OSErrorObject)  \
  X(FileExistsError, "FileExistsError", OSError, OSErrorObject)                    \
  X(FileNotFoundError, "FileNotFoundError", OSError, OSErrorObject)                \
  X(InterruptedError, "InterruptedError", OSError, OSErrorObject)                  \
  X(IsADirectoryError, "IsADirectoryError", OSError, OSErrorObject)                \
  X(NotADirectoryError, "NotADirectoryError", OSError, OSErrorObject)              \
  X(PermissionError, "PermissionError", OSError, OSErrorObject)                    \
  X(ProcessLookupError, "ProcessLookupError", OSError, OSErrorObject)              \
  X(TimeoutError, "TimeoutError", OSError, OSErrorObject)                          \
  X(ReferenceError, "ReferenceError", Exception, BaseExceptionObject)              \
  X(RuntimeError, "RuntimeError", Exception, BaseExceptionObject)                  \
  X(NotImplementedError, "NotImplementedError", RuntimeError, BaseExceptionObject) \
  X(RecursionError, "RecursionError", RuntimeError, BaseExceptionObject)           \
  X(SyntaxError, "SyntaxError", Exception, SyntaxErrorObject)                      \
  X(IndentationError, "IndentationError", SyntaxError, SyntaxErrorObject)          \
  X(TabError, "TabError", IndentationError, SyntaxErrorObject)                     \
  X(SystemError, "SystemError", Exception, BaseExceptionObject)                    \
  X(TypeError, "TypeError", Exception, BaseExceptionObject)                        \
  X(ValueError, "ValueError", Exception, BaseExceptionObject)                      \
  X(UnicodeError, "UnicodeError", ValueError, BaseExceptionObject)                 \
  X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError, UnicodeErrorObject)    \
  X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError, UnicodeErrorObject)    \
  X(UnicodeTranslateError, "UnicodeTranslateError", UnicodeError, UnicodeErrorObject) \
  X(Warning, "Warning", Exception, BaseExceptionObject)                            \
  X(UserWarning, "UserWarning", Warning, BaseExceptionObject)                      \
  X(DeprecationWarning, "DeprecationWarning", Warning, BaseExceptionObject)        \
  X(PendingDeprecationWarning, "PendingDeprecationWarning", Warning, BaseExceptionObject) \
  X(SyntaxWarning, "SyntaxWarning", Warning, BaseExceptionObject)                  \
  X(RuntimeWarning, "RuntimeWarning", Warning, BaseExceptionObject)                \
  X(FutureWarning, "FutureWarning", Warning, BaseExceptionObject)                  \
  X(ImportWarning, "ImportWarning", Warning, BaseExceptionObject)                  \
  X(UnicodeWarning, "UnicodeWarning", Warning, BaseExceptionObject)                \
  X(BytesWarning, "BytesWarning", Warning, BaseExceptionObject)                    \
  X(ResourceWarning, "ResourceWarning", Warning, BaseExceptionObject)              \
  X(EncodingWarning, "EncodingWarning", Warning, BaseExceptionObject)
// clang-format on

#define MEMPY_DECLARE_EXC(cname, pyname, base, layout) extern TypeObject Exc##cname;
MEMPY_EXCEPTION_TYPES(MEMPY_DECLARE_EXC)
#undef MEMPY_DECLARE_EXC

inline bool is_exception_instance(const Object* op) {
  return type_has_flag(op->type, TPFLAG_BASE_EXC_SUBCLASS);
}
inline bool is_exception_class(const Object* op) {
  return is_type(op) && type_has_flag(static_cast<const TypeObject*>(op), TPFLAG_BASE_EXC_SUBCLASS);
}

// Creates an instance of a built-in or user exception class from positional arguments.
Object* exception_new_instance(TypeObject* type, Object* const* args, ssize nargs);
// PyErr_SetFromErrno(PyExc_OSError): raises OSError(errno, strerror(errno)) -- the subclass the
// errno maps to, e.g. FileNotFoundError -- and returns nullptr.
Object* err_set_from_errno();
// PyErr_SetFromErrnoWithFilenameObjects: the same with the file name(s) the call was given
// ("[Errno 2] No such file or directory: 'x'"); either may be null.
Object* err_set_from_errno_with_filenames(Object* filename, Object* filename2);

// Accessors (borrowed; may be null).
inline Object* exception_traceback(Object* exc) {
  return static_cast<BaseExceptionObject*>(exc)->traceback;
}
void exception_set_traceback(Object* exc, Object* tb);     // tb may be null
void exception_set_context(Object* exc, Object* context);  // steals context
void exception_set_cause(Object* exc, Object* cause);      // steals cause; sets suppress flag
Object* exception_args(Object* exc);                       // borrowed tuple

// StopIteration's value (new reference; None when absent).
Object* stop_iteration_value(Object* exc);

// ---- tracebacks ------------------------------------------------------------------------------
// One entry per frame the exception passed through (newest last in the chain from the raise
// point: tb_next goes toward the frame that raised).
struct FrameObject;
struct TracebackObject : Object {
  Object* next;        // TracebackObject or null
  FrameObject* frame;  // the frame the exception passed through (strong)
  int lasti;
  int lineno;
};
static_assert(sizeof(TracebackObject) == 40);
extern TypeObject TracebackType;
// Prepends an entry for (frame, lineno) to the raised exception's traceback.
void traceback_add_here(FrameObject* frame, int lineno, int lasti);

// Writes "Traceback (most recent call last): ..." and "Type: message" for exc to stderr (through
// sys.stderr when it exists, else fd 2), with the __cause__/__context__ chain as CPython does.
void print_exception(Object* exc);
// "TypeName: message" (or just "TypeName") as the last traceback line shows it.
std::string format_exception_only(Object* exc);

int exceptions_init();
void exceptions_fini();
void exceptions_types_fini();

}  // namespace mempy::runtime
