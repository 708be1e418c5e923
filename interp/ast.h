// interp/ast.h — the abstract syntax tree: CPython 3.11's `ast` module (Parser/Python.asdl) in C++.
//
// Node kinds and field names are CPython's, so compile.c and the `ast` docs read straight across:
// `ast::BinOp` has `left`, `op`, `right`; `ast::FunctionDef` has `name`, `args`, `body`,
// `decorator_list`, `returns`. The two sum types are the base structs ExprNode and StmtNode, each
// with a `kind` tag and a Location; a concrete node derives from one of them and is reached with
// `node->as<ast::BinOp>()` after switching on `kind`:
//
//     switch (e->kind) {
//       case ast::ExprKind::BinOp: { auto* b = e->as<ast::BinOp>(); visit(b->left); ... }
//       ...
//     }
//
// Conventions
//  - Every node lives in the Arena of the parse result (ParseResult::arena) and dies with it; no
//    node owns anything, all are trivially destructible, pointers stay valid while the result
//    lives. Sequences are `Seq<T>` (pointer + size, arena memory).
//  - Optional children (ASDL `?`) are nullptr. Optional identifiers are empty string views.
//  - Identifiers and string payloads are `std::string_view`s into arena memory (UTF-8). A str
//    constant may contain lone surrogates ('\ud800'), encoded as 3-byte UTF-8-style sequences.
//  - Locations: lineno/end_lineno 1-based, col_offset/end_col_offset 0-based UTF-8 byte offsets,
//    end exclusive — exactly what `ast.parse` reports. Nodes without attributes in the ASDL
//    (arguments, comprehension, withitem) have no Location.
//  - Not produced (mempy rejects the syntax with a SyntaxError): AsyncFunctionDef, AsyncFor,
//    AsyncWith, Await, Match, TryStar; comprehension.is_async is always 0; type comments absent.
#pragma once
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace mempy::interp::ast {

// ------------------------------------------------------------------------------------- memory

// A bump allocator for nodes, sequences and strings. Never frees piecemeal; destroying the arena
// releases everything at once (so deep trees are freed without recursion).
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(std::size_t size, std::size_t align);

  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T{std::forward<Args>(args)...};
  }

  std::string_view copy_string(std::string_view s);

  std::size_t bytes_used() const { return used_; }

 private:
  static constexpr std::size_t kChunk = 64 * 1024;
  std::vector<std::unique_ptr<std::byte[]>> chunks_;
  std::byte* next_ = nullptr;
  std::byte* limit_ = nullptr;
  std::size_t used_ = 0;
};

template <class T>
struct Seq {
  T* items = nullptr;
  std::uint32_t count = 0;

  std::size_t size() const { return count; }
  bool empty() const { return count == 0; }
  T* begin() const { return items; }
  T* end() const { return items + count; }
  T& operator[](std::size_t i) const {
    assert(i < count);
    return items[i];
  }
  T& back() const { return items[count - 1]; }

  static Seq copy(Arena& arena, const T* data, std::size_t n) {
    Seq s;
    if (n == 0) return s;
    s.items = static_cast<T*>(arena.allocate(sizeof(T) * n, alignof(T)));
    for (std::size_t i = 0; i < n; ++i) new (&s.items[i]) T(data[i]);
    s.count = static_cast<std::uint32_t>(n);
    return s;
  }
  static Seq copy(Arena& arena, const std::vector<T>& v) { return copy(arena, v.data(), v.size()); }
};

using Identifier = std::string_view;

struct Location {
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

// ------------------------------------------------------------------------------------- enums

enum class ExprContext : std::uint8_t { Load, Store, Del };
enum class BoolOperator : std::uint8_t { And, Or };
enum class Operator : std::uint8_t {
  Add,
  Sub,
  Mult,
  MatMult,
  Div,
  Mod,
  Pow,
  LShift,
  RShift,
  BitOr,
  BitXor,
  BitAnd,
  FloorDiv
};
enum class UnaryOperator : std::uint8_t { Invert, Not, UAdd, USub };
enum class CmpOperator : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// CPython's class names ("Add", "NotEq", ...), as ast.dump prints them.
const char* name_of(ExprContext v);
const char* name_of(BoolOperator v);
const char* name_of(Operator v);
const char* name_of(UnaryOperator v);
const char* name_of(CmpOperator v);

enum class StmtKind : std::uint8_t {
  FunctionDef,
  ClassDef,
  Return,
  Delete,
  Assign,
  AugAssign,
  AnnAssign,
  For,
  While,
  If,
  With,
  Raise,
  Try,
  Assert,
  Import,
  ImportFrom,
  Global,
  Nonlocal,
  Expr,
  Pass,
  Break,
  Continue
};

enum class ExprKind : std::uint8_t {
  BoolOp,
  NamedExpr,
  BinOp,
  UnaryOp,
  Lambda,
  IfExp,
  Dict,
  Set,
  ListComp,
  SetComp,
  DictComp,
  GeneratorExp,
  Yield,
  YieldFrom,
  Compare,
  Call,
  FormattedValue,
  JoinedStr,
  Constant,
  Attribute,
  Subscript,
  Starred,
  Name,
  List,
  Tuple,
  Slice
};

const char* name_of(StmtKind k);
const char* name_of(ExprKind k);

// ------------------------------------------------------------------------------------- bases

struct ExprNode {
  ExprKind kind;
  Location loc;

  template <class T>
  T* as() {
    assert(kind == T::kKind);
    return static_cast<T*>(this);
  }
  template <class T>
  const T* as() const {
    assert(kind == T::kKind);
    return static_cast<const T*>(this);
  }
  template <class T>
  bool is() const {
    return kind == T::kKind;
  }
};

struct StmtNode {
  StmtKind kind;
  Location loc;

  template <class T>
  T* as() {
    assert(kind == T::kKind);
    return static_cast<T*>(this);
  }
  template <class T>
  const T* as() const {
    assert(kind == T::kKind);
    return static_cast<const T*>(this);
  }
  template <class T>
  bool is() const {
    return kind == T::kKind;
  }
};

using ExprSeq = Seq<ExprNode*>;
using StmtSeq = Seq<StmtNode*>;

// ------------------------------------------------------------------------------------- helpers

// arg = (identifier arg, expr? annotation, string? type_comment) + attributes
struct Arg {
  Identifier arg;
  ExprNode* annotation = nullptr;
  Location loc;
};

// arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults,
//              arg? kwarg, expr* defaults)
// kw_defaults has one entry per kwonlyarg, nullptr where there is no default; defaults belong to
// the last len(defaults) of posonlyargs + args.
struct Arguments {
  Seq<Arg*> posonlyargs;
  Seq<Arg*> args;
  Arg* vararg = nullptr;
  Seq<Arg*> kwonlyargs;
  ExprSeq kw_defaults;
  Arg* kwarg = nullptr;
  ExprSeq defaults;
};

// keyword = (identifier? arg, expr value) + attributes; arg empty for **mapping
struct Keyword {
  Identifier arg;
  ExprNode* value = nullptr;
  Location loc;
};

// alias = (identifier name, identifier? asname) + attributes; name may be dotted ("a.b") or "*"
struct Alias {
  Identifier name;
  Identifier asname;
  Location loc;
};

// withitem = (expr context_expr, expr? optional_vars)
struct WithItem {
  ExprNode* context_expr = nullptr;
  ExprNode* optional_vars = nullptr;
};

// comprehension = (expr target, expr iter, expr* ifs, int is_async)
struct Comprehension {
  ExprNode* target = nullptr;
  ExprNode* iter = nullptr;
  ExprSeq ifs;
  int is_async = 0;
};

// excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body) + attributes
struct ExceptHandler {
  ExprNode* type = nullptr;
  Identifier name;
  StmtSeq body;
  Location loc;
};

// The value of a Constant node.
enum class ConstantKind : std::uint8_t {
  None,
  True,
  False,
  Ellipsis,
  Int,
  Float,
  Complex,
  Str,
  Bytes
};

struct ConstantValue {
  ConstantKind kind = ConstantKind::None;
  // Int: when `int_fits`, the value is `int_value`; otherwise `text` holds the literal's digits
  // (underscores and prefix removed, lower case) in base `int_base` (2, 8, 10 or 16) and the
  // compiler builds the big int. Literals are never negative.
  bool int_fits = true;
  std::uint8_t int_base = 10;
  std::int64_t int_value = 0;
  double float_value = 0;  // Float: the value; Complex: the imaginary part (real part is 0)
  std::string_view text;   // Str: UTF-8 text; Bytes: raw bytes; big Int: digits
};

// ------------------------------------------------------------------------------------- statements

#define MEMPY_STMT(Name)   \
  struct Name : StmtNode { \
    static constexpr StmtKind kKind = StmtKind::Name;

MEMPY_STMT(FunctionDef)
Identifier name;
Arguments* args = nullptr;
StmtSeq body;
ExprSeq decorator_list;
ExprNode* returns = nullptr;
};
MEMPY_STMT(ClassDef)
Identifier name;
ExprSeq bases;
Seq<Keyword*> keywords;
StmtSeq body;
ExprSeq decorator_list;
}
;
MEMPY_STMT(Return)
ExprNode* value = nullptr;
}
;
MEMPY_STMT(Delete)
ExprSeq targets;
}
;
MEMPY_STMT(Assign)
ExprSeq targets;  // a = b = value: two targets
ExprNode* value = nullptr;
}
;
MEMPY_STMT(AugAssign)
ExprNode* target = nullptr;
Operator op = Operator::Add;
ExprNode* value = nullptr;
}
;
MEMPY_STMT(AnnAssign)
ExprNode* target = nullptr;
ExprNode* annotation = nullptr;
ExprNode* value = nullptr;
int simple = 0;  // 1 for a bare name target not in parentheses
}
;
MEMPY_STMT(For)
ExprNode* target = nullptr;
ExprNode* iter = nullptr;
StmtSeq body;
StmtSeq orelse;
}
;
MEMPY_STMT(While)
ExprNode* test = nullptr;
StmtSeq body;
StmtSeq orelse;
}
;
MEMPY_STMT(If)
ExprNode* test = nullptr;
StmtSeq body;
StmtSeq orelse;  // an elif is a single nested If here
}
;
MEMPY_STMT(With)
Seq<WithItem*> items;
StmtSeq body;
}
;
MEMPY_STMT(Raise)
ExprNode* exc = nullptr;
ExprNode* cause = nullptr;
}
;
MEMPY_STMT(Try)
StmtSeq body;
Seq<ExceptHandler*> handlers;
StmtSeq orelse;
StmtSeq finalbody;
}
;
MEMPY_STMT(Assert)
ExprNode* test = nullptr;
ExprNode* msg = nullptr;
}
;
MEMPY_STMT(Import)
Seq<Alias*> names;
}
;
MEMPY_STMT(ImportFrom)
Identifier module;  // empty for "from . import x"
Seq<Alias*> names;
int level = 0;  // number of leading dots
}
;
MEMPY_STMT(Global)
Seq<Identifier> names;
}
;
MEMPY_STMT(Nonlocal)
Seq<Identifier> names;
}
;
MEMPY_STMT(Expr)  // an expression statement
ExprNode* value = nullptr;
}
;
MEMPY_STMT(Pass)
}
;
MEMPY_STMT(Break)
}
;
MEMPY_STMT(Continue)
}
;
#undef MEMPY_STMT

// ------------------------------------------------------------------------------------- expressions

#define MEMPY_EXPR(Name)   \
  struct Name : ExprNode { \
    static constexpr ExprKind kKind = ExprKind::Name;

MEMPY_EXPR(BoolOp)
BoolOperator op = BoolOperator::And;
ExprSeq values;  // a or b or c: three values
}
;
MEMPY_EXPR(NamedExpr)
ExprNode* target = nullptr;  // always a Name (Store)
ExprNode* value = nullptr;
}
;
MEMPY_EXPR(BinOp)
ExprNode* left = nullptr;
Operator op = Operator::Add;
ExprNode* right = nullptr;
}
;
MEMPY_EXPR(UnaryOp)
UnaryOperator op = UnaryOperator::Not;
ExprNode* operand = nullptr;
}
;
MEMPY_EXPR(Lambda)
Arguments* args = nullptr;
ExprNode* body = nullptr;
}
;
MEMPY_EXPR(IfExp)
ExprNode* test = nullptr;
ExprNode* body = nullptr;
ExprNode* orelse = nullptr;
}
;
MEMPY_EXPR(Dict)
ExprSeq keys;  // nullptr key: `**values[i]` unpacking
ExprSeq values;
}
;
MEMPY_EXPR(Set)
ExprSeq elts;
}
;
MEMPY_EXPR(ListComp)
ExprNode* elt = nullptr;
Seq<Comprehension*> generators;
}
;
MEMPY_EXPR(SetComp)
ExprNode* elt = nullptr;
Seq<Comprehension*> generators;
}
;
MEMPY_EXPR(DictComp)
ExprNode* key = nullptr;
ExprNode* value = nullptr;
Seq<Comprehension*> generators;
}
;
MEMPY_EXPR(GeneratorExp)
ExprNode* elt = nullptr;
Seq<Comprehension*> generators;
}
;
MEMPY_EXPR(Yield)
ExprNode* value = nullptr;
}
;
MEMPY_EXPR(YieldFrom)
ExprNode* value = nullptr;
}
;
MEMPY_EXPR(Compare)
ExprNode* left = nullptr;
Seq<CmpOperator> ops;
ExprSeq comparators;
}
;
MEMPY_EXPR(Call)
ExprNode* func = nullptr;
ExprSeq args;            // may contain Starred (*args)
Seq<Keyword*> keywords;  // arg empty: **kwargs
}
;
MEMPY_EXPR(FormattedValue)
ExprNode* value = nullptr;
int conversion = -1;              // -1 none, 's' (115), 'r' (114), 'a' (97)
ExprNode* format_spec = nullptr;  // a JoinedStr or nullptr
}
;
MEMPY_EXPR(JoinedStr)
ExprSeq values;  // Constant (str) and FormattedValue parts
}
;
MEMPY_EXPR(Constant)
ConstantValue value;
bool kind_u = false;  // ASDL `kind`: 'u' when the (first) string literal had a u prefix
}
;
MEMPY_EXPR(Attribute)
ExprNode* value = nullptr;
Identifier attr;
ExprContext ctx = ExprContext::Load;
}
;
MEMPY_EXPR(Subscript)
ExprNode* value = nullptr;
ExprNode* slice = nullptr;  // a Slice, a Tuple (of slices), or any expression
ExprContext ctx = ExprContext::Load;
}
;
MEMPY_EXPR(Starred)
ExprNode* value = nullptr;
ExprContext ctx = ExprContext::Load;
}
;
MEMPY_EXPR(Name)
Identifier id;
ExprContext ctx = ExprContext::Load;
}
;
MEMPY_EXPR(List)
ExprSeq elts;
ExprContext ctx = ExprContext::Load;
}
;
MEMPY_EXPR(Tuple)
ExprSeq elts;
ExprContext ctx = ExprContext::Load;
}
;
MEMPY_EXPR(Slice)
ExprNode* lower = nullptr;
ExprNode* upper = nullptr;
ExprNode* step = nullptr;
}
;
#undef MEMPY_EXPR

// ------------------------------------------------------------------------------------- roots

// mod = Module(stmt* body, type_ignore* type_ignores) | Expression(expr body)
// An `eval`-mode parse fills `expression` instead of `body`.
struct Module {
  StmtSeq body;
  ExprNode* expression = nullptr;  // Expression mode only
  bool is_expression = false;
};

// Creates a node of type T in the arena with its location.
template <class T>
T* make_expr(Arena& arena, const Location& loc) {
  T* n = arena.make<T>();
  n->kind = T::kKind;
  n->loc = loc;
  return n;
}
template <class T>
T* make_stmt(Arena& arena, const Location& loc) {
  T* n = arena.make<T>();
  n->kind = T::kKind;
  n->loc = loc;
  return n;
}

// Python's ast.dump(tree, include_attributes=...) of CPython 3.11, character for character
// (indent=None). Trees nested deeper than kMaxDumpDepth print "..." at that depth instead of
// recursing further (CPython's ast.dump would raise RecursionError there).
std::string ast_dump(const Module& module, bool include_attributes);
std::string ast_dump(const ExprNode* expr, bool include_attributes);
constexpr int kMaxDumpDepth = 3000;

// repr() of Python values the front end knows, as CPython 3.11 prints them.
std::string repr_str(std::string_view utf8);
std::string repr_bytes(std::string_view bytes);
std::string repr_float(double v);
std::string repr_constant(const ConstantValue& v);

}  // namespace mempy::interp::ast
