# math: error types and messages, float decomposition, special functions, dunder rounding hooks.
import math
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("sqrt('x')", lambda: math.sqrt("x"))
show("sqrt()", lambda: math.sqrt())
show("sqrt(1, 2)", lambda: math.sqrt(1, 2))
show("pow(1)", lambda: math.pow(1))
show("pow(0, -1)", lambda: math.pow(0, -1))
show("pow(10, 400)", lambda: math.pow(10, 400))
show("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3))
show("pow(1, nan)", lambda: math.pow(1, math.nan))
show("acos(2)", lambda: math.acos(2))
show("atanh(1)", lambda: math.atanh(1))
show("log(-1.5)", lambda: math.log(-1.5))
show("log(8, 1)", lambda: math.log(8, 1))
show("log2(1024)", lambda: math.log2(1024))
show("log10(0.001)", lambda: math.log10(0.001))
show("log1p(-1)", lambda: math.log1p(-1))
show("cosh(1000)", lambda: math.cosh(1000))
show("exp(-1000)", lambda: math.exp(-1000))
show("fmod(7, 3)", lambda: math.fmod(7, 3))
show("fmod(-7, 3)", lambda: math.fmod(-7, 3))
show("fmod(inf, 1)", lambda: math.fmod(math.inf, 1))
show("fmod(1, 0)", lambda: math.fmod(1, 0))
show("remainder(7, 4)", lambda: math.remainder(7, 4))
show("remainder(1, 0)", lambda: math.remainder(1, 0))
show("frexp(8.0)", lambda: math.frexp(8.0))
show("frexp(0.0)", lambda: math.frexp(0.0))
show("ldexp(0.5, 4)", lambda: math.ldexp(0.5, 4))
show("ldexp(1, 5000)", lambda: math.ldexp(1, 5000))
show("ldexp(1, 2.0)", lambda: math.ldexp(1, 2.0))
show("modf(3.25)", lambda: math.modf(3.25))
show("modf(-inf)", lambda: math.modf(-math.inf))
show("copysign(1, -0.0)", lambda: math.copysign(1, -0.0))
show("nextafter(1, 2)", lambda: math.nextafter(1, 2))
show("ulp(1.0)", lambda: math.ulp(1.0))
show("degrees(pi)", lambda: math.degrees(math.pi))
show("radians(180)", lambda: math.radians(180))
show("gamma(5)", lambda: math.gamma(5))
show("gamma(0)", lambda: math.gamma(0))
show("gamma(-2)", lambda: math.gamma(-2))
show("gamma(200)", lambda: math.gamma(200))
show("lgamma(1)", lambda: math.lgamma(1))
show("lgamma(0)", lambda: math.lgamma(0))
show("erf(0)", lambda: math.erf(0))
show("erfc(0)", lambda: math.erfc(0))
show("cbrt(27)", lambda: math.cbrt(27))
show("exp2(10)", lambda: math.exp2(10))
show("dist((0, 0), (3, 4))", lambda: math.dist((0, 0), (3, 4)))
show("dist((1,), (1, 2))", lambda: math.dist((1,), (1, 2)))
show("hypot(inf, nan)", lambda: math.hypot(math.inf, math.nan))
show("isqrt(99)", lambda: math.isqrt(99))
show("isqrt(-1)", lambda: math.isqrt(-1))
show("lcm(4, 6, 10)", lambda: math.lcm(4, 6, 10))
show("lcm()", lambda: math.lcm())
show("lcm(0, 5)", lambda: math.lcm(0, 5))
show("gcd(2.0, 4)", lambda: math.gcd(2.0, 4))
show("comb(5, -1)", lambda: math.comb(5, -1))
show("perm(5, None)", lambda: math.perm(5, None))
show("factorial(20)", lambda: math.factorial(20))
show("prod(['a'], start=3)", lambda: math.prod(["a"], start=3))
show("fsum([inf, -inf])", lambda: math.fsum([math.inf, -math.inf]))
show("fsum([1e308, 1e308])", lambda: math.fsum([1e308, 1e308]))
show("isclose(1, 1.05, abs_tol=0.1)", lambda: math.isclose(1, 1.05, abs_tol=0.1))

class Money:
    def __init__(self, v):
        self.v = v
    def __floor__(self):
        return "floor called"
    def __ceil__(self):
        return "ceil called"
    def __trunc__(self):
        return "trunc called"
    def __float__(self):
        return float(self.v)

m = Money(2.5)
print(math.floor(m), math.ceil(m), math.trunc(m), math.sqrt(Money(9)))
show("trunc('x')", lambda: math.trunc("x"))
print(math.floor(True), math.ceil(-0.0), type(math.trunc(3.9)).__name__)
print(math.tau == 2 * math.pi, math.inf > 1e308, math.nan != math.nan)
