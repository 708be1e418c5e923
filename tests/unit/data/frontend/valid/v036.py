class C:
    __private = 1
    def m(self):
        self.__x = self.__private
