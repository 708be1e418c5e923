def gen(n):
    x = yield n
    while x:
        x = yield from sub(x)
class K:
    def m(self, __p):
        __q = __p
        return __q
