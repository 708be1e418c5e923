[a, (b, c)] = x
