x = f"{a:>10} {b:{width}.{prec}}"
