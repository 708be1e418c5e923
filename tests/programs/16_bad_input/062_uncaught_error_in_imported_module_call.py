# An error raised inside a function from another module.
import mod_raiser
print("calling into mod_raiser")
mod_raiser.fail("from helper module")
