x = {a: b for a in c for b in d if a if b}
