# Subclasses inherit, override and extend methods.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return "animal " + self.speak()

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (squeaky)"

class Cat(Animal):
    sound = "meow"
    def __init__(self, name, indoor):
        Animal.__init__(self, name)
        self.indoor = indoor

for pet in (Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom", True)):
    print(type(pet).__name__, pet.describe())
print(Cat("x", False).indoor)
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), Puppy.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
print(Dog.__base__.__name__, Animal.__base__.__name__)
