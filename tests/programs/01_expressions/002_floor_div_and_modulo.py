# // and % round toward negative infinity; the identity a == (a // b) * b + a % b holds.
for a in (7, -7, 0, 13, -13, 1, -1):
    for b in (3, -3, 5, -5, 1):
        q, r = a // b, a % b
        print(f"{a:>4} // {b:>2} = {q:>3}   {a:>4} % {b:>2} = {r:>3}   ok={q * b + r == a}")

# float operands
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1.0, 0.3)):
    print(a, b, a // b, a % b)

# the sign of % follows the divisor
print(-1 % 10, 1 % -10, -1.0 % 10, 1.0 % -10.0)
print(divmod(-17, 5), divmod(17, -5), divmod(-17.0, 5))
