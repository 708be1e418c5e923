f = lambda *args, **kw: (args, kw)
