x = 1j + 1.5j + 1e3j
