# f-strings: expressions, conversions, format specs, nesting, braces, debugging form.
name, n, pi = "Ann", 42, 3.14159
print(f"{name} is {n}", f"{n + 1}", f"{name.upper()}", f"{[1, 2][0]}", f"{'quoted'}")
print(f"{name!r} {name!s} {'é'!a}", f"{n:5d}|{n:<5}|{n:^5}|{n:x}", f"{pi:.2f} {pi:10.4f} {pi:e}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|", f"{{literal braces}}", f"{n:{'>'}{8}}")
print(f"{n=}", f"{pi = :.1f}", f"{name=!r}")
d = {"k": "v"}
print(f"{d['k']}", f"{len(d)} item{'s' if len(d) != 1 else ''}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{'-' * 5}", f"{n if n > 40 else 0}")
print(f"""triple {
    n * 2
} quoted""", f"{3 * 'ab'}", f"{1_000_000:,}")
class P:
    def __format__(self, spec):
        return f"P[{spec}]"
    def __repr__(self):
        return "P()"
print(f"{P()}", f"{P():xyz}", f"{P()!r}")
