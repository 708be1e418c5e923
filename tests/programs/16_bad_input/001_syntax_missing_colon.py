# A SyntaxError is reported before anything runs: this print never happens.
print("not printed")
if True
    print("x")
