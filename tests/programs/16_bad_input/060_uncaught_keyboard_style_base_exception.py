# A BaseException subclass that is not an Exception still ends the program with status 1.
class Stop(BaseException):
    pass
print("raising a BaseException subclass")
raise Stop("stopping")
