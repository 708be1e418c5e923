print(*args, sep='')
