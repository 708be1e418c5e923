while chunk := read():
    pass
