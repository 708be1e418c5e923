for i, (j, k) in enumerate(pairs):
    pass
