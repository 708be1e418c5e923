# Every importer sees the same module object and therefore the same state.
import mod_counter
import mod_uses_other
print(mod_counter.value)
print(mod_counter.bump(), mod_counter.bump())
print(mod_uses_other.bump_twice(), mod_counter.value)
print(mod_uses_other.mod_counter is mod_counter)
mod_counter.value = 100
print(mod_uses_other.bump_twice())
print(mod_uses_other.big_square().area())
