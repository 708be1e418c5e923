# A number immediately followed by letters.
x = 1abc
