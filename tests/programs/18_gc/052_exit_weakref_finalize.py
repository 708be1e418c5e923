# weakref.finalize objects still alive at exit run their callbacks at exit (atexit=True), before
# the globals' __del__ methods; finalizers that were called or detached earlier do not run again.
import weakref

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def report(msg):
    print("finalize:", msg)

a = Res("a")
b = Res("b")
c = Res("c")
fa = weakref.finalize(a, report, "a (at exit)")
fb = weakref.finalize(b, report, "b (called early)")
fc = weakref.finalize(c, report, "c (detached)")
fb()
print("fb alive after call:", fb.alive)
fc.detach()
print("atexit flags:", fa.atexit, fb.atexit)
quiet = Res("quiet")
fq = weakref.finalize(quiet, report, "quiet (atexit=False)")
fq.atexit = False
print("end of program")
