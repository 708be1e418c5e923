# printf-style % formatting.
print("%s and %s" % ("this", "that"), "%d%%" % 50, "%5d|%-5d|%05d" % (42, 42, 42))
print("%.3f %10.2f %-10.1f| %e %g" % (3.14159, 2.5, 1.25, 12345.678, 0.0001))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8), "%c%c" % (72, "i"))
print("%r %s %a" % ("q", "q", "é"), "%(name)s is %(age)d" % {"name": "Bo", "age": 7})
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),), "%+d %+d % d" % (5, -5, 5))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%i %u" % (3, 4), "%.0f %.0f" % (0.5, 1.5), "%s" % None)
for bad in (("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b"))):
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError:", e)
