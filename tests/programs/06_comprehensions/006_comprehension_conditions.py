# Multiple if clauses, conditions referring to earlier loop variables, and conditional expressions.
print([n for n in range(50) if n % 2 if n % 3 if n % 5])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20)
       if a * a + b * b == c * c])
primes = [n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print(["fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else n
       for n in range(1, 16)])
data = {"x": [1, 2], "y": [], "z": [3]}
print({k: len(v) for k, v in data.items() if v})
print([w for w in ["", "a", None, "bc", 0] if w])
