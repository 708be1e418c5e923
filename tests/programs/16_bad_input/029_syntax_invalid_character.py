# A character that is not part of Python's syntax.
x = 5 $ 3
