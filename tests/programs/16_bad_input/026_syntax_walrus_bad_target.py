# := needs a plain name as its target.
print((a.b := 1))
