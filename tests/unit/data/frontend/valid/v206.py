x = 1E5
