# Helper module for the 17_imports programs: functions, a class, constants and a private name.
"""Geometry helpers."""
PI_APPROX = 3.14
_private = "underscore names are still importable explicitly"
count_created = 0

class Rect:
    def __init__(self, w, h):
        global count_created
        count_created += 1
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"Rect({self.w}, {self.h})"

def square(side):
    return Rect(side, side)

def describe():
    return f"module {__name__} has made {count_created} rects"
