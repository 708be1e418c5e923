# get_traced_memory() is (current, peak): the bytes of the live traced blocks and the most they
# reached since start(), reset_peak() or clear_traces(). The sizes are what the objects asked
# the allocator for: a bytes object of n bytes is 33 + n (header, cached hash, data and NUL), a
# str of n ASCII characters 49 + n. A reading's own int and tuple objects count in the next
# reading, so every reading is taken the same way (a tuple kept whole: unpacking it at module level
# makes CPython 3.11 create a transient iterator), and nothing is printed until the end (printing
# allocates too). The collection first empties the free lists: every object below is a fresh,
# traced block.
import gc
import tracemalloc

gc.collect()
tracemalloc.start()
m0 = tracemalloc.get_traced_memory()
big = b"x" * 100_000
m1 = tracemalloc.get_traced_memory()
del big
m2 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
m3 = tracemalloc.get_traced_memory()
tmp = b"y" * 50_000
del tmp
m4 = tracemalloc.get_traced_memory()
words = ["w" * n for n in range(1000, 1010)]
m5 = tracemalloc.get_traced_memory()
tracemalloc.clear_traces()
m6 = tracemalloc.get_traced_memory()
del words  # their traces are gone: freeing them changes nothing
m7 = tracemalloc.get_traced_memory()
floats = [float(i) for i in range(100)]
m8 = tracemalloc.get_traced_memory()
tracemalloc.stop()
m9 = tracemalloc.get_traced_memory()

print("at start:", m0[0], m0[1])
print("after 100 000 bytes:", m1[0] - m0[0], m1[1] == m1[0])
print("freed:", m1[0] - m2[0], "peak kept:", m2[1] - m1[1])
print("after reset_peak, peak - current:", m3[1] - m3[0])
print("a 50 000-byte temporary raised the peak by:", m4[1] - m3[0], "current moved by:", m4[0] - m3[0])
print("ten strings of 1000..1009 chars:", m5[0] - m4[0], m5[1] - m5[0])
print("after clear_traces:", m6[0], m6[1])
print("after del:", m7[0], m7[1])
print("100 floats in a list:", m8[0] - m7[0], m8[1] - m8[0])
print("stopped:", m9[0], m9[1])
