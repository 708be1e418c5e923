# Helper module that itself imports another helper module.
import mod_counter
from mod_shapes import square as make_square
def bump_twice():
    mod_counter.bump()
    return mod_counter.bump()
def big_square():
    return make_square(10)
