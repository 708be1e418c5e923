with (yield):
    pass
