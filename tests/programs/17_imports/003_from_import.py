# from x import a, b as c binds names directly; the module name itself is not bound.
from mod_shapes import Rect, square as sq, PI_APPROX
print(Rect(1, 2), sq(5).area(), PI_APPROX)
print("mod_shapes" in globals(), "Rect" in globals(), "sq" in globals())
from mod_shapes import count_created
Rect(9, 9)
print("count_created copied at import time:", count_created)
import mod_shapes
print("module attribute is live:", mod_shapes.count_created)
