// Units for runtime/function.h, generator.h and module.h: getsizeof of functions (152), cells
// (40), bound methods (64), generators (152 + 8 per local and stack slot + GC head) and modules
// (72, with CPython's five initial module attributes); the references each one holds and drops;
// GC tracking. Code objects come from compile_source (the compiler), and are only read here.
#include <cstring>
#include <string>

#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/eval.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime_fixture.h"

using namespace rtest;

namespace {

const char* const kSource =
    "def f(): pass\n"
    "def gen(): yield 1\n"
    "def gen2(a, b):\n"
    "    x = a + b\n"
    "    yield x\n"
    "def gen3(*args, **kw):\n"
    "    for i in range(10):\n"
    "        yield (i, [args, kw, i*2, {i: i}])\n";

// The module compiled from kSource, and a globals dict for functions made from its code objects.
struct Compiled {
  R module_code;
  R globals;
  Compiled() {
    R filename = str("<unit>");
    module_code = own(compile_source(kSource, filename.get(), "exec"));
    R name = str("__main__");
    R builtins = own(dict_new());
    globals = dict_of({{own(str_intern_cstr("__name__")).get(), name.get()},
                       {own(str_intern_cstr("__builtins__")).get(), builtins.get()}});
  }
  // The code object of the function named `name` (borrowed from the module's constants).
  Object* code(const char* name) const {
    Object* consts = static_cast<CodeObject*>(module_code.get())->consts;
    for (ssize i = 0; i < tuple_size(consts); ++i) {
      Object* c = tuple_get(consts, i);
      if (is_code(c) && str_eq_cstr(static_cast<CodeObject*>(c)->name, name)) return c;
    }
    FAIL("no code object named " << name);
    return nullptr;
  }
  R function(const char* name) const {
    return own(function_new(code(name), globals.get(), nullptr));
  }
  R generator(const char* name) const {
    R fn = function(name);
    R g = own(generator_new(static_cast<FunctionObject*>(fn.get())));
    generator_track(g.get());
    return g;
  }
};

}  // namespace

RUNTIME_TEST("functions: 136 + 16 bytes, tracked, holding code, globals and names") {
  Compiled c;
  Object* code = c.code("f");
  ssize code_refs = code->refcnt, globals_refs = c.globals->refcnt;
  R f = c.function("f");
  CHECK(getsizeof(f.get()) == 152);  // sys.getsizeof(f)
  CHECK(sizeof_method(f.get()) == 136);
  CHECK(f->refcnt == 1);
  CHECK(tracked(f.get()));
  CHECK(code->refcnt == code_refs + 1);
  CHECK(c.globals->refcnt == globals_refs + 1);
  auto* fo = static_cast<FunctionObject*>(f.get());
  CHECK(text(fo->qualname) == "f");
  CHECK(text(fo->module) == "__main__");  // f.__module__ comes from globals['__name__']
  CHECK(is_none(fo->doc));
  CHECK(repr(f.get()).rfind("<function f at 0x", 0) == 0);
  f.reset();
  CHECK(code->refcnt == code_refs);
  CHECK(c.globals->refcnt == globals_refs);
}

RUNTIME_TEST("generators: 152 + 8 per local and stack slot, + 16 GC head") {
  Compiled c;
  // python3: sys.getsizeof(gen()), gen2(1, 2), gen3()
  CHECK(getsizeof(c.generator("gen").get()) == 176);
  CHECK(getsizeof(c.generator("gen2").get()) == 208);
  CHECK(getsizeof(c.generator("gen3").get()) == 248);
  auto* code3 = static_cast<CodeObject*>(c.code("gen3"));
  CHECK(code3->stacksize == 7);  // python3: gen3.__code__.co_stacksize
  CHECK(code3->nlocals == 3);    // gen3.__code__.co_nlocals
  R fn = c.function("gen");
  R g = own(generator_new(static_cast<FunctionObject*>(fn.get())));
  CHECK(!tracked(g.get()));  // tracked only once its frame is filled in
  generator_track(g.get());
  CHECK(tracked(g.get()));
  auto* go = static_cast<GenObject*>(g.get());
  CHECK(go->frame_state == GEN_CREATED);
  CHECK(text(go->qualname) == "gen");
  CHECK(fn->refcnt == 2);  // the generator's frame holds the function
  g.reset();
  CHECK(fn->refcnt == 1);
}

RUNTIME_TEST("cells: 40 bytes, holding their value") {
  R v = num(11223344);
  R empty = own(cell_new(nullptr));
  CHECK(getsizeof(empty.get()) == 40);  // sys.getsizeof(f.__closure__[0])
  CHECK(tracked(empty.get()));
  CHECK(repr(empty.get()).find(": empty>") != std::string::npos);
  {
    R full = own(cell_new(v.get()));
    CHECK(v->refcnt == 2);
    CHECK(static_cast<CellObject*>(full.get())->ref == v.get());
    CHECK(repr(full.get()).find("int object at 0x") != std::string::npos);
  }
  CHECK(v->refcnt == 1);
}

RUNTIME_TEST("bound methods: 64 bytes, holding the function and self") {
  Compiled c;
  R f = c.function("f");
  R self = num(99887766);
  R m = own(method_new(f.get(), self.get()));
  CHECK(getsizeof(m.get()) == 64);  // sys.getsizeof(C().m)
  CHECK(tracked(m.get()));
  CHECK(f->refcnt == 2);
  CHECK(self->refcnt == 2);
  CHECK(repr(m.get()).rfind("<bound method f of 99887766>", 0) == 0);
  m.reset();
  CHECK(f->refcnt == 1);
  CHECK(self->refcnt == 1);
}

RUNTIME_TEST("modules: 72 bytes and CPython's five initial attributes") {
  R m = own(module_new_cstr("m"));
  CHECK(getsizeof(m.get()) == 72);  // sys.getsizeof(types.ModuleType('m'))
  CHECK(tracked(m.get()));
  Object* d = module_dict(m.get());
  // python3: vars(types.ModuleType('m'))
  CHECK(repr(d) ==
        "{'__name__': 'm', '__doc__': None, '__package__': None, '__loader__': None, "
        "'__spec__': None}");
  CHECK(getsizeof(d) == 184);  // sys.getsizeof(vars(types.ModuleType('m')))
  CHECK(repr(m.get()) == "<module 'm'>");
  MUST(module_add_int(m.get(), "answer", 42) == 0);
  MUST(module_add_string(m.get(), "text", "hi") == 0);
  CHECK(as_ll(dict_get_item_cstr(d, "answer")) == 42);
  CHECK(text(dict_get_item_cstr(d, "text")) == "hi");
  R value = num(5555555);
  MUST(module_add_object(m.get(), "obj", value.get()) == 0);  // borrows
  CHECK(value->refcnt == 2);
  m.reset();  // the dict goes with the module
  CHECK(value->refcnt == 1);
}
