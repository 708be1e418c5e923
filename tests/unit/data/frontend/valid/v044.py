try:
    x
except:
    pass
