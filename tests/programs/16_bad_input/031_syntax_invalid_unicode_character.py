# A non-ASCII character that is not allowed in code.
x = 5 → 3
