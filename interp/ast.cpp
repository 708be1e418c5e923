// interp/ast.cpp — the node arena, the names of the node kinds, and ast_dump().
//
// ast_dump reproduces Python's `ast.dump(tree, include_attributes=...)` (indent=None) so tests can
// compare our trees with python3's character for character. Its rules: fields in ASDL order,
// `name=value`; an optional field (ASDL `?`) that is None is left out, lists are always shown;
// then, when asked, the attributes lineno, col_offset, end_lineno, end_col_offset. Values print as
// Python's repr(), which is why this file also carries repr() of str, bytes, int and float.
#include "interp/ast.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "interp/lexer.h"
#include "interp/unicode_tables.h"

namespace mempy::interp::ast {

// ------------------------------------------------------------------------------------- arena

void* Arena::allocate(std::size_t size, std::size_t align) {
  auto p = reinterpret_cast<std::uintptr_t>(next_);
  std::uintptr_t aligned = (p + align - 1) & ~(std::uintptr_t(align) - 1);
  if (next_ == nullptr || aligned + size > reinterpret_cast<std::uintptr_t>(limit_)) {
    std::size_t chunk = size + align > kChunk ? size + align : kChunk;
    chunks_.push_back(std::make_unique<std::byte[]>(chunk));
    next_ = chunks_.back().get();
    limit_ = next_ + chunk;
    p = reinterpret_cast<std::uintptr_t>(next_);
    aligned = (p + align - 1) & ~(std::uintptr_t(align) - 1);
  }
  next_ = reinterpret_cast<std::byte*>(aligned + size);
  used_ += size;
  return reinterpret_cast<void*>(aligned);
}

std::string_view Arena::copy_string(std::string_view s) {
  if (s.empty()) return std::string_view("", 0);
  char* p = static_cast<char*>(allocate(s.size(), 1));
  std::memcpy(p, s.data(), s.size());
  return std::string_view(p, s.size());
}

// ------------------------------------------------------------------------------------- names

const char* name_of(ExprContext v) {
  static constexpr const char* k[] = {"Load", "Store", "Del"};
  return k[int(v)];
}
const char* name_of(BoolOperator v) {
  return v == BoolOperator::And ? "And" : "Or";
}
const char* name_of(Operator v) {
  static constexpr const char* k[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                      "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                      "BitXor", "BitAnd", "FloorDiv"};
  return k[int(v)];
}
const char* name_of(UnaryOperator v) {
  static constexpr const char* k[] = {"Invert", "Not", "UAdd", "USub"};
  return k[int(v)];
}
const char* name_of(CmpOperator v) {
  static constexpr const char* k[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                      "GtE", "Is",    "IsNot", "In",  "NotIn"};
  return k[int(v)];
}
const char* name_of(StmtKind k) {
  static constexpr const char* n[] = {"FunctionDef", "ClassDef",  "Return",   "Delete", "Assign",
                                      "AugAssign",   "AnnAssign", "For",      "While",  "If",
                                      "With",        "Raise",     "Try",      "Assert", "Import",
                                      "ImportFrom",  "Global",    "Nonlocal", "Expr",   "Pass",
                                      "Break",       "Continue"};
  return n[int(k)];
}
const char* name_of(ExprKind k) {
  static constexpr const char* n[] = {
      "BoolOp",   "NamedExpr", "BinOp",     "UnaryOp", "Lambda",         "IfExp",
      "Dict",     "Set",       "ListComp",  "SetComp", "DictComp",       "GeneratorExp",
      "Yield",    "YieldFrom", "Compare",   "Call",    "FormattedValue", "JoinedStr",
      "Constant", "Attribute", "Subscript", "Starred", "Name",           "List",
      "Tuple",    "Slice"};
  return n[int(k)];
}

// ------------------------------------------------------------------------------------- repr

namespace {

void append_hex(std::string& out, const char* prefix, unsigned v, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s%0*x", prefix, width, v);
  out += buf;
}

// Python's float formatting with repr's 'r' mode: the shortest digits that round-trip, fixed
// notation when the decimal exponent is in [-4, 16), else scientific with a 2+ digit exponent.
std::string format_float(double v, bool add_dot_0) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  *res.ptr = '\0';
  const char* p = buf;
  bool negative = *p == '-';
  if (negative) ++p;
  const char* e = std::strchr(p, 'e');
  int exp10 = std::atoi(e + 1);
  std::string digits;
  for (const char* q = p; q < e; ++q)
    if (*q != '.') digits += *q;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int decpt = exp10 + 1;
  int nd = int(digits.size());
  std::string out = negative ? "-" : "";
  if (v == 0) {
    out += add_dot_0 ? "0.0" : "0";
    return out;
  }
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (nd > 1) {
      out += '.';
      out += digits.substr(1);
    }
    char e[16];
    std::snprintf(e, sizeof e, "e%c%02d", decpt - 1 < 0 ? '-' : '+', std::abs(decpt - 1));
    out += e;
  } else if (decpt <= 0) {
    out += "0.";
    out.append(-decpt, '0');
    out += digits;
  } else if (decpt >= nd) {
    out += digits;
    out.append(decpt - nd, '0');
    if (add_dot_0) out += ".0";
  } else {
    out += digits.substr(0, decpt);
    out += '.';
    out += digits.substr(decpt);
  }
  return out;
}

// Decimal text of a non-negative integer given by its digits in `base`.
std::string big_to_decimal(std::string_view digits, int base) {
  std::vector<std::uint32_t> limbs;  // base 1e9, little endian
  for (char ch : digits) {
    int d = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
    std::uint64_t carry = std::uint64_t(d);
    for (auto& limb : limbs) {
      std::uint64_t x = std::uint64_t(limb) * std::uint64_t(base) + carry;
      limb = std::uint32_t(x % 1000000000u);
      carry = x / 1000000000u;
    }
    while (carry) {
      limbs.push_back(std::uint32_t(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%09u", limbs[i]);
    out += buf;
  }
  return out;
}

}  // namespace

std::string repr_float(double v) {
  return format_float(v, true);
}

std::string repr_str(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    const char* start = p;
    char32_t c = decode_utf8(p);
    if (c == char32_t(quote) || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      append_hex(out, "\\x", c, 2);
    } else if (c < 0x7F) {
      out += char(c);
    } else if (unicode::is_printable(c)) {
      out.append(start, p - start);
    } else if (c <= 0xFF) {
      append_hex(out, "\\x", c, 2);
    } else if (c <= 0xFFFF) {
      append_hex(out, "\\u", c, 4);
    } else {
      append_hex(out, "\\U", c, 8);
    }
  }
  out += quote;
  return out;
}

std::string repr_bytes(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      append_hex(out, "\\x", c, 2);
    } else {
      out += char(c);
    }
  }
  out += quote;
  return out;
}

std::string repr_constant(const ConstantValue& v) {
  switch (v.kind) {
    case ConstantKind::None:
      return "None";
    case ConstantKind::True:
      return "True";
    case ConstantKind::False:
      return "False";
    case ConstantKind::Ellipsis:
      return "Ellipsis";
    case ConstantKind::Int:
      return v.int_fits ? std::to_string(v.int_value) : big_to_decimal(v.text, v.int_base);
    case ConstantKind::Float:
      return format_float(v.float_value, true);
    case ConstantKind::Complex:
      return format_float(v.float_value, false) + "j";
    case ConstantKind::Str:
      return repr_str(v.text);
    case ConstantKind::Bytes:
      return repr_bytes(v.text);
  }
  return "None";
}

// ------------------------------------------------------------------------------------- dump

namespace {

class Dumper {
 public:
  explicit Dumper(bool attributes) : attrs_(attributes) {}
  std::string out;

  void module(const Module& m) {
    if (m.is_expression) {
      out += "Expression(body=";
      expr(m.expression);
      out += ")";
      return;
    }
    out += "Module(body=";
    stmts(m.body);
    out += ", type_ignores=[])";
  }

  void expr(const ExprNode* e) {
    if (!e) {
      out += "None";
      return;
    }
    if (++depth_ > kMaxDumpDepth) {
      out += "...";
      --depth_;
      return;
    }
    out += name_of(e->kind);
    out += '(';
    first_ = true;
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* n = e->as<BoolOp>();
        field("op"), op(name_of(n->op));
        field("values"), exprs(n->values);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = e->as<NamedExpr>();
        field("target"), expr(n->target);
        field("value"), expr(n->value);
        break;
      }
      case ExprKind::BinOp: {
        auto* n = e->as<BinOp>();
        field("left"), expr(n->left);
        field("op"), op(name_of(n->op));
        field("right"), expr(n->right);
        break;
      }
      case ExprKind::UnaryOp: {
        auto* n = e->as<UnaryOp>();
        field("op"), op(name_of(n->op));
        field("operand"), expr(n->operand);
        break;
      }
      case ExprKind::Lambda: {
        auto* n = e->as<Lambda>();
        field("args"), arguments(n->args);
        field("body"), expr(n->body);
        break;
      }
      case ExprKind::IfExp: {
        auto* n = e->as<IfExp>();
        field("test"), expr(n->test);
        field("body"), expr(n->body);
        field("orelse"), expr(n->orelse);
        break;
      }
      case ExprKind::Dict: {
        auto* n = e->as<Dict>();
        field("keys"), exprs(n->keys);
        field("values"), exprs(n->values);
        break;
      }
      case ExprKind::Set:
        field("elts"), exprs(e->as<Set>()->elts);
        break;
      case ExprKind::ListComp: {
        auto* n = e->as<ListComp>();
        field("elt"), expr(n->elt);
        field("generators"), generators(n->generators);
        break;
      }
      case ExprKind::SetComp: {
        auto* n = e->as<SetComp>();
        field("elt"), expr(n->elt);
        field("generators"), generators(n->generators);
        break;
      }
      case ExprKind::DictComp: {
        auto* n = e->as<DictComp>();
        field("key"), expr(n->key);
        field("value"), expr(n->value);
        field("generators"), generators(n->generators);
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* n = e->as<GeneratorExp>();
        field("elt"), expr(n->elt);
        field("generators"), generators(n->generators);
        break;
      }
      case ExprKind::Yield:
        opt_expr("value", e->as<Yield>()->value);
        break;
      case ExprKind::YieldFrom:
        field("value"), expr(e->as<YieldFrom>()->value);
        break;
      case ExprKind::Compare: {
        auto* n = e->as<Compare>();
        field("left"), expr(n->left);
        field("ops");
        out += '[';
        for (size_t i = 0; i < n->ops.size(); ++i) {
          if (i) out += ", ";
          op(name_of(n->ops[i]));
        }
        out += ']';
        field("comparators"), exprs(n->comparators);
        break;
      }
      case ExprKind::Call: {
        auto* n = e->as<Call>();
        field("func"), expr(n->func);
        field("args"), exprs(n->args);
        field("keywords"), keywords(n->keywords);
        break;
      }
      case ExprKind::FormattedValue: {
        auto* n = e->as<FormattedValue>();
        field("value"), expr(n->value);
        field("conversion"), out += std::to_string(n->conversion);
        opt_expr("format_spec", n->format_spec);
        break;
      }
      case ExprKind::JoinedStr:
        field("values"), exprs(e->as<JoinedStr>()->values);
        break;
      case ExprKind::Constant: {
        auto* n = e->as<Constant>();
        field("value"), out += repr_constant(n->value);
        if (n->kind_u) field("kind"), out += "'u'";
        break;
      }
      case ExprKind::Attribute: {
        auto* n = e->as<Attribute>();
        field("value"), expr(n->value);
        field("attr"), out += repr_str(n->attr);
        field("ctx"), op(name_of(n->ctx));
        break;
      }
      case ExprKind::Subscript: {
        auto* n = e->as<Subscript>();
        field("value"), expr(n->value);
        field("slice"), expr(n->slice);
        field("ctx"), op(name_of(n->ctx));
        break;
      }
      case ExprKind::Starred: {
        auto* n = e->as<Starred>();
        field("value"), expr(n->value);
        field("ctx"), op(name_of(n->ctx));
        break;
      }
      case ExprKind::Name: {
        auto* n = e->as<Name>();
        field("id"), out += repr_str(n->id);
        field("ctx"), op(name_of(n->ctx));
        break;
      }
      case ExprKind::List: {
        auto* n = e->as<List>();
        field("elts"), exprs(n->elts);
        field("ctx"), op(name_of(n->ctx));
        break;
      }
      case ExprKind::Tuple: {
        auto* n = e->as<Tuple>();
        field("elts"), exprs(n->elts);
        field("ctx"), op(name_of(n->ctx));
        break;
      }
      case ExprKind::Slice: {
        auto* n = e->as<Slice>();
        opt_expr("lower", n->lower);
        opt_expr("upper", n->upper);
        opt_expr("step", n->step);
        break;
      }
    }
    location(e->loc);
    out += ')';
    first_ = false;
    --depth_;
  }

  void stmt(const StmtNode* s) {
    if (++depth_ > kMaxDumpDepth) {
      out += "...";
      --depth_;
      return;
    }
    out += name_of(s->kind);
    out += '(';
    first_ = true;
    switch (s->kind) {
      case StmtKind::FunctionDef: {
        auto* n = s->as<FunctionDef>();
        field("name"), out += repr_str(n->name);
        field("args"), arguments(n->args);
        field("body"), stmts(n->body);
        field("decorator_list"), exprs(n->decorator_list);
        opt_expr("returns", n->returns);
        break;
      }
      case StmtKind::ClassDef: {
        auto* n = s->as<ClassDef>();
        field("name"), out += repr_str(n->name);
        field("bases"), exprs(n->bases);
        field("keywords"), keywords(n->keywords);
        field("body"), stmts(n->body);
        field("decorator_list"), exprs(n->decorator_list);
        break;
      }
      case StmtKind::Return:
        opt_expr("value", s->as<Return>()->value);
        break;
      case StmtKind::Delete:
        field("targets"), exprs(s->as<Delete>()->targets);
        break;
      case StmtKind::Assign: {
        auto* n = s->as<Assign>();
        field("targets"), exprs(n->targets);
        field("value"), expr(n->value);
        break;
      }
      case StmtKind::AugAssign: {
        auto* n = s->as<AugAssign>();
        field("target"), expr(n->target);
        field("op"), op(name_of(n->op));
        field("value"), expr(n->value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* n = s->as<AnnAssign>();
        field("target"), expr(n->target);
        field("annotation"), expr(n->annotation);
        opt_expr("value", n->value);
        field("simple"), out += std::to_string(n->simple);
        break;
      }
      case StmtKind::For: {
        auto* n = s->as<For>();
        field("target"), expr(n->target);
        field("iter"), expr(n->iter);
        field("body"), stmts(n->body);
        field("orelse"), stmts(n->orelse);
        break;
      }
      case StmtKind::While: {
        auto* n = s->as<While>();
        field("test"), expr(n->test);
        field("body"), stmts(n->body);
        field("orelse"), stmts(n->orelse);
        break;
      }
      case StmtKind::If: {
        auto* n = s->as<If>();
        field("test"), expr(n->test);
        field("body"), stmts(n->body);
        field("orelse"), stmts(n->orelse);
        break;
      }
      case StmtKind::With: {
        auto* n = s->as<With>();
        field("items");
        out += '[';
        for (size_t i = 0; i < n->items.size(); ++i) {
          if (i) out += ", ";
          out += "withitem(";
          first_ = true;
          field("context_expr"), expr(n->items[i]->context_expr);
          opt_expr("optional_vars", n->items[i]->optional_vars);
          out += ')';
        }
        out += ']';
        first_ = false;
        field("body"), stmts(n->body);
        break;
      }
      case StmtKind::Raise: {
        auto* n = s->as<Raise>();
        opt_expr("exc", n->exc);
        opt_expr("cause", n->cause);
        break;
      }
      case StmtKind::Try: {
        auto* n = s->as<Try>();
        field("body"), stmts(n->body);
        field("handlers");
        out += '[';
        for (size_t i = 0; i < n->handlers.size(); ++i) {
          if (i) out += ", ";
          const ExceptHandler* h = n->handlers[i];
          out += "ExceptHandler(";
          first_ = true;
          opt_expr("type", h->type);
          if (!h->name.empty()) field("name"), out += repr_str(h->name);
          field("body"), stmts(h->body);
          location(h->loc);
          out += ')';
        }
        out += ']';
        first_ = false;
        field("orelse"), stmts(n->orelse);
        field("finalbody"), stmts(n->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* n = s->as<Assert>();
        field("test"), expr(n->test);
        opt_expr("msg", n->msg);
        break;
      }
      case StmtKind::Import:
        field("names"), aliases(s->as<Import>()->names);
        break;
      case StmtKind::ImportFrom: {
        auto* n = s->as<ImportFrom>();
        if (!n->module.empty()) field("module"), out += repr_str(n->module);
        field("names"), aliases(n->names);
        field("level"), out += std::to_string(n->level);
        break;
      }
      case StmtKind::Global:
        field("names"), identifiers(s->as<Global>()->names);
        break;
      case StmtKind::Nonlocal:
        field("names"), identifiers(s->as<Nonlocal>()->names);
        break;
      case StmtKind::Expr:
        field("value"), expr(s->as<Expr>()->value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
    }
    location(s->loc);
    out += ')';
    first_ = false;
    --depth_;
  }

 private:
  void field(const char* name) {
    if (!first_) out += ", ";
    first_ = false;
    out += name;
    out += '=';
  }
  void op(const char* name) {
    out += name;
    out += "()";
  }
  void opt_expr(const char* name, const ExprNode* e) {
    if (!e) return;
    field(name);
    expr(e);
  }
  void location(const Location& loc) {
    if (!attrs_) return;
    char buf[96];
    std::snprintf(buf, sizeof buf, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                  loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
    if (!first_) out += ", ";
    first_ = false;
    out += buf;
  }
  // After a nested node has been written, the enclosing node has fields already: keep commas.
  void exprs(const ExprSeq& seq) {
    out += '[';
    for (size_t i = 0; i < seq.size(); ++i) {
      if (i) out += ", ";
      expr(seq[i]);
    }
    out += ']';
    first_ = false;
  }
  void stmts(const StmtSeq& seq) {
    out += '[';
    for (size_t i = 0; i < seq.size(); ++i) {
      if (i) out += ", ";
      stmt(seq[i]);
    }
    out += ']';
    first_ = false;
  }
  void identifiers(const Seq<Identifier>& seq) {
    out += '[';
    for (size_t i = 0; i < seq.size(); ++i) {
      if (i) out += ", ";
      out += repr_str(seq[i]);
    }
    out += ']';
  }
  void arg(const Arg* a) {
    out += "arg(";
    first_ = true;
    field("arg"), out += repr_str(a->arg);
    opt_expr("annotation", a->annotation);
    location(a->loc);
    out += ')';
    first_ = false;
  }
  void args_seq(const Seq<Arg*>& seq) {
    out += '[';
    for (size_t i = 0; i < seq.size(); ++i) {
      if (i) out += ", ";
      arg(seq[i]);
    }
    out += ']';
    first_ = false;
  }
  void arguments(const Arguments* a) {
    out += "arguments(";
    first_ = true;
    field("posonlyargs"), args_seq(a->posonlyargs);
    field("args"), args_seq(a->args);
    if (a->vararg) field("vararg"), arg(a->vararg);
    field("kwonlyargs"), args_seq(a->kwonlyargs);
    field("kw_defaults"), exprs(a->kw_defaults);
    if (a->kwarg) field("kwarg"), arg(a->kwarg);
    field("defaults"), exprs(a->defaults);
    out += ')';
    first_ = false;
  }
  void keywords(const Seq<Keyword*>& seq) {
    out += '[';
    for (size_t i = 0; i < seq.size(); ++i) {
      if (i) out += ", ";
      out += "keyword(";
      first_ = true;
      if (!seq[i]->arg.empty()) field("arg"), out += repr_str(seq[i]->arg);
      field("value"), expr(seq[i]->value);
      location(seq[i]->loc);
      out += ')';
    }
    out += ']';
    first_ = false;
  }
  void aliases(const Seq<Alias*>& seq) {
    out += '[';
    for (size_t i = 0; i < seq.size(); ++i) {
      if (i) out += ", ";
      out += "alias(";
      first_ = true;
      field("name"), out += repr_str(seq[i]->name);
      if (!seq[i]->asname.empty()) field("asname"), out += repr_str(seq[i]->asname);
      location(seq[i]->loc);
      out += ')';
    }
    out += ']';
    first_ = false;
  }
  void generators(const Seq<Comprehension*>& seq) {
    out += '[';
    for (size_t i = 0; i < seq.size(); ++i) {
      if (i) out += ", ";
      const Comprehension* c = seq[i];
      out += "comprehension(";
      first_ = true;
      field("target"), expr(c->target);
      field("iter"), expr(c->iter);
      field("ifs"), exprs(c->ifs);
      field("is_async"), out += std::to_string(c->is_async);
      out += ')';
    }
    out += ']';
    first_ = false;
  }

  bool attrs_;
  bool first_ = true;
  int depth_ = 0;
};

}  // namespace

std::string ast_dump(const Module& module, bool include_attributes) {
  Dumper d(include_attributes);
  d.module(module);
  return std::move(d.out);
}

std::string ast_dump(const ExprNode* expr, bool include_attributes) {
  Dumper d(include_attributes);
  d.expr(expr);
  return std::move(d.out);
}

}  // namespace mempy::interp::ast
