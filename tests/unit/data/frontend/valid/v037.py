if x:
    pass
elif y:
    pass
elif z:
    a = 1
else:
    b = 2
