# Who holds `self` while a special method runs, in CPython 3.11: dict stores take their own
# references before hashing (lookups and comprehensions do not), container reprs (list borrows
# its items, dict holds key and value), __getattr__ is called as a bound method, comparisons,
# format() binds __format__, iteration protocols. Each call site runs once.
import sys

rc = sys.getrefcount
log = []


class Key:
    def __hash__(self):
        log.append(rc(self))
        return 1

    def __eq__(self, other):
        return self is other

    def __repr__(self):
        log.append(rc(self))
        return "K"

    def __getattr__(self, name):
        log.append(rc(self))
        return 0

    def __lt__(self, other):
        log.append(rc(self))
        return True

    def __format__(self, spec):
        log.append(rc(self))
        return "F"

    def __iter__(self):
        log.append(rc(self))
        return iter(())

    def __len__(self):
        log.append(rc(self))
        return 0

    def __bool__(self):
        log.append(rc(self))
        return True

    def __contains__(self, item):
        log.append(rc(self))
        return False

    def __getitem__(self, index):
        log.append(rc(self))
        return 0


k = Key()
store = {}


def store_item():
    store[k] = 1


def delete_item():
    del store[k]


checks = [
    ("d[k] = 1", store_item),
    ("d.get(k)", lambda: store.get(k)),
    ("k in d", lambda: k in store),
    ("d[k]", lambda: store[k]),
    ("del d[k]", delete_item),
    ("{k: 1}", lambda: {k: 1}),
    ("{k: 1 for _ in 'a'}", lambda: {k: 1 for _ in "a"}),
    ("d.setdefault(k)", lambda: {}.setdefault(k)),
    ("dict([(k, 1)])", lambda: dict([(k, 1)])),
    ("{k}", lambda: {k}),
    ("set().add(k)", lambda: set().add(k)),
    ("hash(k)", lambda: hash(k)),
    ("repr(k)", lambda: repr(k)),
    ("repr([k])", lambda: repr([k])),
    ("repr((k,))", lambda: repr((k,))),
    ("repr({1: k})", lambda: repr({1: k})),
    ("repr({k: 1})", lambda: repr({k: 1})),
    ("k.missing", lambda: k.missing),
    ("getattr(k, 'missing')", lambda: getattr(k, "missing")),
    ("hasattr(k, 'missing')", lambda: hasattr(k, "missing")),
    ("k < k", lambda: k < k),
    ("sorted([k, k])", lambda: sorted([k, k])),
    ("format(k)", lambda: format(k)),
    ("f'{k}'", lambda: f"{k}"),
    ("iter(k)", lambda: iter(k)),
    ("len(k)", lambda: len(k)),
    ("bool(k)", lambda: bool(k)),
    ("not k", lambda: not k),
    ("1 in k", lambda: 1 in k),
    ("k[0]", lambda: k[0]),
    ("list(k)", lambda: list(k)),
    ("for _ in k", lambda: [_ for _ in k]),
]
for label, call in checks:
    del log[:]
    call()
    print(label + ":", log)
