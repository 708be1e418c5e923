x = [i * 2 for i in range(10)]
