// interp/opcodes.h — the instruction set, in one table.
//
// An instruction is a 32-bit word: opcode in the low 8 bits, argument in the high 24. Some
// instructions are followed by inline cache words (the CACHE column) that the VM uses to
// specialise itself in place (LOAD_GLOBAL remembers where the global lives, LOAD_ATTR the
// instance layout, ...). The set follows CPython 3.11's so that the evaluation stack holds the
// same references at the same moments — a call pushes NULL|callable then the arguments, a method
// call pushes the function then self — which is what makes sys.getrefcount and a generator's
// co_stacksize (hence its getsizeof) agree with CPython.
//
// X(NAME, CACHE): CACHE is the number of inline cache words after the instruction.
#pragma once
#include <cstdint>

// clang-format off
#define MEMPY_OPCODES(X)          \
  X(NOP, 0)                       \
  X(POP_TOP, 0)                   \
  X(PUSH_NULL, 0)                 \
  X(COPY, 0)                      \
  X(SWAP, 0)                      \
  X(LOAD_CONST, 0)                \
  X(LOAD_FAST, 0)                 \
  X(LOAD_FAST_CHECK, 0)           \
  X(STORE_FAST, 0)                \
  X(DELETE_FAST, 0)               \
  X(LOAD_CLOSURE, 0)              \
  X(LOAD_DEREF, 0)                \
  X(LOAD_CLASSDEREF, 0)           \
  X(STORE_DEREF, 0)               \
  X(DELETE_DEREF, 0)              \
  X(MAKE_CELL, 0)                 \
  X(COPY_FREE_VARS, 0)            \
  X(LOAD_NAME, 0)                 \
  X(STORE_NAME, 0)                \
  X(DELETE_NAME, 0)               \
  X(LOAD_GLOBAL, 4)               \
  X(STORE_GLOBAL, 0)              \
  X(DELETE_GLOBAL, 0)             \
  X(LOAD_ATTR, 4)                 \
  X(STORE_ATTR, 4)                \
  X(DELETE_ATTR, 0)               \
  X(LOAD_METHOD, 5)               \
  X(UNARY_POSITIVE, 0)            \
  X(UNARY_NEGATIVE, 0)            \
  X(UNARY_NOT, 0)                 \
  X(UNARY_INVERT, 0)              \
  X(BINARY_OP, 0)                 \
  X(COMPARE_OP, 0)                \
  X(IS_OP, 0)                     \
  X(CONTAINS_OP, 0)               \
  X(BINARY_SUBSCR, 0)             \
  X(STORE_SUBSCR, 0)              \
  X(DELETE_SUBSCR, 0)             \
  X(BUILD_SLICE, 0)               \
  X(BUILD_TUPLE, 0)               \
  X(BUILD_LIST, 0)                \
  X(BUILD_SET, 0)                 \
  X(BUILD_MAP, 0)                 \
  X(BUILD_CONST_KEY_MAP, 0)       \
  X(BUILD_STRING, 0)              \
  X(LIST_APPEND, 0)               \
  X(SET_ADD, 0)                   \
  X(MAP_ADD, 0)                   \
  X(LIST_EXTEND, 0)               \
  X(SET_UPDATE, 0)                \
  X(DICT_UPDATE, 0)               \
  X(DICT_MERGE, 0)                \
  X(LIST_TO_TUPLE, 0)             \
  X(UNPACK_SEQUENCE, 0)           \
  X(UNPACK_EX, 0)                 \
  X(FORMAT_VALUE, 0)              \
  X(JUMP_FORWARD, 0)              \
  X(JUMP_BACKWARD, 0)             \
  X(POP_JUMP_IF_FALSE, 0)         \
  X(POP_JUMP_IF_TRUE, 0)          \
  X(POP_JUMP_IF_NONE, 0)          \
  X(POP_JUMP_IF_NOT_NONE, 0)      \
  X(JUMP_IF_FALSE_OR_POP, 0)      \
  X(JUMP_IF_TRUE_OR_POP, 0)       \
  X(GET_ITER, 0)                  \
  X(FOR_ITER, 0)                  \
  X(RETURN_VALUE, 0)              \
  X(YIELD_VALUE, 0)               \
  X(GET_YIELD_FROM_ITER, 0)       \
  X(SEND, 0)                      \
  X(KW_NAMES, 0)                  \
  X(CALL, 0)                      \
  X(CALL_FUNCTION_EX, 0)          \
  X(MAKE_FUNCTION, 0)             \
  X(LOAD_BUILD_CLASS, 0)          \
  X(RAISE_VARARGS, 0)             \
  X(RERAISE, 0)                   \
  X(PUSH_EXC_INFO, 0)             \
  X(POP_EXCEPT, 0)                \
  X(CHECK_EXC_MATCH, 0)           \
  X(WITH_EXCEPT_START, 0)         \
  X(BEFORE_WITH, 0)               \
  X(LOAD_ASSERTION_ERROR, 0)      \
  X(IMPORT_NAME, 0)               \
  X(IMPORT_FROM, 0)               \
  X(IMPORT_STAR, 0)               \
  X(SETUP_ANNOTATIONS, 0)         \
  X(PRINT_EXPR, 0)                \
  X(GET_LEN, 0)                   \
  X(RETURN_CONST_NONE, 0)         \
  /* specialised forms, written over the generic ones at run time */ \
  X(LOAD_GLOBAL_CACHED, 4)        \
  X(LOAD_GLOBAL_BUILTIN, 4)       \
  X(LOAD_ATTR_INSTANCE_VALUE, 4)  \
  X(LOAD_ATTR_SLOT, 4)            \
  X(LOAD_ATTR_MODULE, 4)          \
  X(STORE_ATTR_INSTANCE_VALUE, 4) \
  X(STORE_ATTR_SLOT, 4)           \
  X(LOAD_METHOD_CACHED, 5)        \
  X(FOR_ITER_LIST, 0)             \
  X(FOR_ITER_RANGE, 0)            \
  X(FOR_ITER_TUPLE, 0)
// clang-format on

namespace mempy::interp {

enum Opcode : std::uint8_t {
#define MEMPY_OP_ENUM(name, cache) OP_##name,
  MEMPY_OPCODES(MEMPY_OP_ENUM)
#undef MEMPY_OP_ENUM
      OP_COUNT
};

// Inline cache words following each opcode.
inline constexpr std::uint8_t kCacheWords[] = {
#define MEMPY_OP_CACHE(name, cache) cache,
    MEMPY_OPCODES(MEMPY_OP_CACHE)
#undef MEMPY_OP_CACHE
};

const char* opcode_name(int op);

inline constexpr int kArgBits = 24;
inline constexpr std::uint32_t kMaxArg = (1u << kArgBits) - 1;
inline std::uint32_t make_instr(int op, std::uint32_t arg) {
  return std::uint32_t(op) | (arg << 8);
}
inline int instr_op(std::uint32_t w) {
  return int(w & 0xff);
}
inline std::uint32_t instr_arg(std::uint32_t w) {
  return w >> 8;
}

// FORMAT_VALUE flags (CPython's)
enum FormatFlags : std::uint32_t {
  FVC_MASK = 0x3,
  FVC_NONE = 0x0,
  FVC_STR = 0x1,
  FVC_REPR = 0x2,
  FVC_ASCII = 0x3,
  FVS_HAVE_SPEC = 0x4,
};

// MAKE_FUNCTION flags (CPython's)
enum MakeFunctionFlags : std::uint32_t {
  MF_DEFAULTS = 0x01,
  MF_KWDEFAULTS = 0x02,
  MF_ANNOTATIONS = 0x04,
  MF_CLOSURE = 0x08,
};

}  // namespace mempy::interp
