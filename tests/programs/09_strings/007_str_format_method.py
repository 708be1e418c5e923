# str.format: positional, numbered, named, attribute and index fields, conversions, specs.
print("{} {}".format("a", "b"), "{1} {0} {1}".format("a", "b"), "{x}{y}".format(x=1, y=2))
print("{0[0]} {0[1]} {1[k]}".format(["p", "q"], {"k": "v"}))
class Obj:
    attr = "attribute"
print("{0.attr} {o.attr}".format(Obj(), o=Obj()))
print("{!r} {!s}".format("s", "s"), "{:>6}|{:*^9}|{:<4}|".format("r", "mid", "l"))
print("{:,} {:.2%} {:08.3f} {:+} {:b}".format(1234567, 0.256, 3.14159, 7, 10))
print("{{}} {{{}}}".format("inner"), "{:{}}|".format("w", 4), "{:{fill}>{w}}".format(1, fill="0", w=3))
try:
    "{} {}".format("only one")
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
