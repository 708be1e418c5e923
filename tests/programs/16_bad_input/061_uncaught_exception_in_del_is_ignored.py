# An exception in __del__ is reported on stderr but does not stop the program (exit status 0).
class Bad:
    def __del__(self):
        raise ValueError("ignored in __del__")
b = Bad()
del b
print("program continues after the __del__ error")
