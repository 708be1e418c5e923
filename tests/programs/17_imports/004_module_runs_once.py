# A module body runs once; later imports reuse the cached module from sys.modules.
import sys
print("before first import")
import mod_side_effects
print("after first import")
import mod_side_effects
import mod_side_effects as again
from mod_side_effects import hello
print("after more imports (no second body run)")
print(again is mod_side_effects, sys.modules["mod_side_effects"] is again)
print(hello("world"), mod_side_effects.loaded_times)
