# finally blocks run before the program dies.
try:
    print("in try")
    raise ValueError("escaping")
finally:
    print("finally still runs")
