// tests/unit/runtime_fixture.cpp — see runtime_fixture.h.
#include "runtime_fixture.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/namespace.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace rtest {

namespace {
bool g_up = false;
std::size_t g_blocks_before_init = 0;
std::size_t g_static_blocks = 0;  // allocated by once() initialisers
std::vector<const void*> g_done_once;
}  // namespace

void runtime_up() {
  if (g_up) return;
  // deterministic str hashes: the same as PYTHONHASHSEED=0 python3
  setenv("PYTHONHASHSEED", "0", 1);
  g_blocks_before_init = mm::allocated_blocks();
  MUST(runtime_init() == 0);
  // types the runtime readies on first use (stdlib does it at start-up): ready them now so that
  // their dicts do not count as a leak of the first test case to touch them
  MUST(namespace_type_ready() == 0);
  // the repr guard makes its thread-state dict and list on first use, as CPython does
  MUST(repr_enter(None()) == 0);
  repr_leave(None());
  g_up = true;
}

bool runtime_shutdown() {
  if (!g_up) return true;
  g_up = false;
  err_clear();
  runtime_fini();
  std::size_t now = mm::allocated_blocks();
  if (now != g_blocks_before_init) {
    std::fprintf(stderr, "runtime units: %zd blocks still allocated after runtime_fini\n",
                 ssize(now) - ssize(g_blocks_before_init));
    return false;
  }
  return true;
}

void settle() {
  float_clear_free_list();
  tuple_clear_free_lists();
  list_clear_free_list();
  dict_clear_free_lists();
}

std::size_t live_blocks() {
  settle();
  return mm::allocated_blocks();
}

LeakCheck::LeakCheck() : before_(live_blocks()), statics_before_(g_static_blocks) {}

LeakCheck::~LeakCheck() {
  if (std::uncaught_exceptions() > 0)
    return;  // a failed MUST aborted the case: its objects are lost
  std::string leftover = take_error();
  INFO("exception left raised: " << leftover);
  CHECK(leftover.empty());
  std::size_t after = live_blocks() - (g_static_blocks - statics_before_);
  INFO("blocks leaked by this test case: " << ssize(after) - ssize(before_));
  CHECK(after == before_);
}

void once(const void* key, void (*init)()) {
  for (const void* k : g_done_once) {
    if (k == key) return;
  }
  g_done_once.push_back(key);
  std::size_t before = live_blocks();
  init();
  g_static_blocks += live_blocks() - before;
}

// ---- making objects
// -------------------------------------------------------------------------------
R own(Object* op) {
  if (!op) FAIL("a runtime call returned null: " << take_error());
  return R::steal(op);
}

R str(std::string_view utf8) {
  return own(str_from_utf8(utf8));
}
R num(long long v) {
  return own(int_from_i64(v));
}
R flt(double v) {
  return own(float_from_double(v));
}
R tup(std::initializer_list<Object*> items) {
  return own(tuple_pack(items));
}

R lst(std::initializer_list<Object*> items) {
  R l = own(list_new(ssize(items.size())));
  ssize i = 0;
  for (Object* o : items) list_set_new(l.get(), i++, new_ref(o));
  return l;
}

R dict_of(std::initializer_list<std::pair<Object*, Object*>> items) {
  R d = own(dict_new());
  for (auto& [k, v] : items) MUST(dict_set_item(d.get(), k, v) == 0);
  return d;
}

R int_range_list(long n) {
  R l = own(list_new(n));
  for (long i = 0; i < n; ++i) list_set_new(l.get(), i, int_from_i64(i));
  return l;
}

// ---- looking at objects
// ---------------------------------------------------------------------------
std::string repr(Object* op) {
  std::string out;
  if (!repr_utf8_of(op, out)) return "<repr failed: " + take_error() + ">";
  return out;
}

std::string text(Object* op) {
  std::string out;
  if (!str_utf8_of(op, out)) return "<str failed: " + take_error() + ">";
  return out;
}

ssize sizeof_method(Object* op) {
  R r = own(call_method_cstr(op, "__sizeof__", nullptr, 0));
  return ssize(as_ll(r.get()));
}

ssize getsizeof(Object* op) {
  ssize n = sizeof_method(op);
  if (is_gc_type(op->type)) n += ssize(sizeof(mm::GCHead));
  if (type_has_flag(op->type, TPFLAG_MANAGED_DICT)) n += 2 * ssize(sizeof(Object*));
  return n;
}

long long as_ll(Object* op) {
  MUST(is_int(op));
  bool overflow = false;
  long long v = int_as_i64(op, &overflow);
  MUST(!overflow);
  return v;
}

Object* call_meth(Object* op, const char* name, std::initializer_list<Object*> args) {
  std::vector<Object*> a(args);
  return call_method_cstr(op, name, a.data(), ssize(a.size()));
}

ssize list_capacity(Object* op) {
  return static_cast<ListObject*>(op)->allocated;
}

std::string take_error() {
  Object* exc = err_fetch();
  if (!exc) return "";
  std::string s = format_exception_only(exc);
  decref(exc);
  return s;
}

// ---- classes
// --------------------------------------------------------------------------------------
R make_class(const char* name, std::initializer_list<std::pair<const char*, Object*>> ns,
             Object* bases) {
  R n = str(name);
  R b = bases ? R::borrow(bases) : own(tuple_empty());
  R d = own(dict_new());
  R mod = str("__main__");
  MUST(dict_set_item_cstr(d.get(), "__module__", mod.get()) == 0);
  for (auto& [k, v] : ns) MUST(dict_set_item_cstr(d.get(), k, v) == 0);
  return own(type_new_from_namespace(&TypeType, n.get(), b.get(), d.get(), nullptr));
}

void destroy_class(R& cls) {
  Object* c = cls.get();
  c->type->clear(c);
  cls.reset();
}

}  // namespace rtest
