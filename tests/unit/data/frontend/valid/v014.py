del (a, b), [c]
