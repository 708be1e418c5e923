# Impossible allocations raise MemoryError (or OverflowError when the size cannot even be represented).
def show(label, thunk):
    try:
        thunk()
        print(label, "-> succeeded?!")
    except (MemoryError, OverflowError) as e:
        print(label, "->", type(e).__name__, repr(str(e)))

show("[0] * 10**12", lambda: [0] * (10 ** 12))
show("'x' * 10**12", lambda: "x" * (10 ** 12))
show("'x' * 10**18", lambda: "x" * (10 ** 18))
show("'x' * 2**63", lambda: "x" * (2 ** 63))
show("[None] * 2**62", lambda: [None] * (2 ** 62))
show("(0,) * 10**15", lambda: (0,) * (10 ** 15))
show("bytes(10**15)", lambda: bytes(10 ** 15))
show("b'ab' * 10**15", lambda: b"ab" * (10 ** 15))
show("list(range(10**15))", lambda: list(range(10 ** 15)))
print("program continues normally:", sum([1] * 10))
