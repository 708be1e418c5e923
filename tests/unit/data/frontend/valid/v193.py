x = [i for i in range(3)]; y = {j for j in x}
