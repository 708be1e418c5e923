// The front end's public API as the compiler uses it: eval mode, walking the tree, asking the
// symbol table for blocks and scopes, and the byte/character column convention of errors.
// Expected values come from python3 3.11 (quoted beside each check).
#include <doctest/doctest.h>

#include "interp/parser.h"
#include "interp/symtable.h"

using namespace mempy::interp;

TEST_CASE("api: eval mode gives an Expression") {
  ParseResult r = parse("a, b\n\n", ParseOptions{ParseMode::Eval});
  REQUIRE(r.ok());
  // ast.dump(ast.parse('a, b\n\n', mode='eval'), include_attributes=True)
  CHECK(ast::ast_dump(*r.module, true) ==
        "Expression(body=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=1), Name(id='b', ctx=Load(), lineno=1, col_offset=3, "
        "end_lineno=1, end_col_offset=4)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=4))");
  CHECK(!parse("x = 1\n", ParseOptions{ParseMode::Eval}).ok());
}

TEST_CASE("api: walking the tree and resolving names") {
  ParseResult r = parse("def f(a):\n    def g():\n        return a + b\n    return g\n");
  REQUIRE(r.ok());
  REQUIRE(r.module->body.size() == 1);
  ast::StmtNode* s = r.module->body[0];
  REQUIRE(s->kind == ast::StmtKind::FunctionDef);
  auto* f = s->as<ast::FunctionDef>();
  CHECK(f->name == "f");
  CHECK(f->args->args[0]->arg == "a");
  auto* g = f->body[0]->as<ast::FunctionDef>();

  SymtableResult st = build_symtable(*r.module);
  REQUIRE(st.ok());
  const Block* fb = st.table->block_for(f);
  const Block* gb = st.table->block_for(g);
  REQUIRE(fb);
  REQUIRE(gb);
  CHECK(fb->scope_of("a") == Scope::Cell);  // f.__code__.co_cellvars == ('a',)
  CHECK(fb->scope_of("g") == Scope::Local);
  CHECK(gb->scope_of("a") == Scope::Free);  // g.__code__.co_freevars == ('a',)
  CHECK(gb->scope_of("b") == Scope::GlobalImplicit);
  CHECK(fb->varnames == std::vector<std::string>{"a", "g"});
  CHECK(gb->freevars == std::vector<std::string>{"a"});
  CHECK(st.table->top()->children.size() == 1);
}

TEST_CASE("api: parser error columns are bytes for files, characters for str input") {
  // compile('x = é b'.encode(), ...) -> offset 8, end 9; compile('x = é b', ...) -> 7, 8
  ParseResult bytes = parse("x = \xC3\xA9 b\n");
  REQUIRE(!bytes.ok());
  CHECK(bytes.error.msg == "invalid syntax");
  CHECK(bytes.error.offset == 8);
  CHECK(bytes.error.end_offset == 9);
  ParseOptions o;
  o.char_offsets = true;
  ParseResult chars = parse("x = \xC3\xA9 b\n", o);
  REQUIRE(!chars.ok());
  CHECK(chars.error.offset == 7);
  CHECK(chars.error.end_offset == 8);
}

TEST_CASE("api: big integer literals keep their digits") {
  ParseResult r = parse("0x1_0000_0000_0000_0000\n");
  REQUIRE(r.ok());
  auto* c = r.module->body[0]->as<ast::Expr>()->value->as<ast::Constant>();
  CHECK(c->value.kind == ast::ConstantKind::Int);
  CHECK(!c->value.int_fits);
  CHECK(c->value.int_base == 16);
  CHECK(c->value.text == "10000000000000000");
  CHECK(ast::repr_constant(c->value) == "18446744073709551616");
}
