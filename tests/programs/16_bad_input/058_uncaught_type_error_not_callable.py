# Calling something that is not callable.
value = 42
value()
