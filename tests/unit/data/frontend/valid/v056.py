f = lambda a, b=2, *c, d, e=5, **g: a + b
