// runtime/generator.h — generator objects with their embedded frame (CPython 3.11 layout:
// 80-byte head + 72-byte frame header = basicsize 152, plus 8 bytes per localsplus and stack slot,
// so `def g(): yield 1` gives getsizeof 176).
#pragma once
#include <cstdint>

#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {
struct FunctionObject;
}

namespace mempy::runtime {

enum GenState : std::int8_t {
  GEN_CREATED = -2,
  GEN_SUSPENDED = -1,
  GEN_EXECUTING = 0,
  GEN_COMPLETED = 1,
  GEN_CLEARED = 4,
};

struct GenObject : VarObject {  // ob_size = nlocalsplus + stacksize (for __sizeof__)
  Object* code;                 // strong
  Object* weakreflist;
  Object* name;
  Object* qualname;
  ExcStackItem exc_state;
  std::int8_t frame_state;
  char hooks_inited;
  char closed;
  char running_async;
  std::uint32_t pad_;
  Object* frame_storage[1];  // the embedded Frame starts here
};
inline constexpr std::size_t GEN_HEADER_SIZE = offsetof(GenObject, frame_storage);
static_assert(GEN_HEADER_SIZE == 80);

inline Frame* gen_frame(GenObject* g) {
  return reinterpret_cast<Frame*>(g->frame_storage);
}
inline GenObject* gen_of_frame(Frame* f) {
  return reinterpret_cast<GenObject*>(reinterpret_cast<char*>(f) - GEN_HEADER_SIZE);
}

extern TypeObject GeneratorType;
inline bool is_generator(const Object* op) {
  return op->type == &GeneratorType;
}

// A new generator for a call of `func` (a generator function): its embedded frame holds the
// function and code with empty locals; the caller binds the arguments into gen_frame() and then
// starts tracking it (generator_track).
Object* generator_new(FunctionObject* func);
void generator_track(Object* gen);
// Resumes the generator. Yield: *result is the yielded value. Return: *result is the return value
// (may be null for an already finished generator). Error: an exception is set.
enum class SendResult { Yield, Return, Error };
SendResult generator_send(GenObject* gen, Object* value, Object** result);
// Resumes with the currently raised exception thrown in at the suspension point.
SendResult generator_throw_current(GenObject* gen, Object** result);
Object* generator_close(Object* gen);  // gen.close()
void generator_finalize(Object* gen);  // close on dealloc, errors reported as unraisable
// The object a suspended `yield from` is delegating to (implemented by the VM), or null.
Object* generator_yield_from_target(Frame* frame);

void generator_type_init();

}  // namespace mempy::runtime
