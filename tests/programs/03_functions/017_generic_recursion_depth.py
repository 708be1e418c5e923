# Moderately deep recursion (well below the default limit of 1000) works.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))

def sum_list(lst):
    if not lst:
        return 0
    return lst[0] + sum_list(lst[1:])
print(sum_list(list(range(500))))

def build(n):
    return [] if n == 0 else [build(n - 1)]
nested = build(50)
count = 0
while nested:
    nested = nested[0]
    count += 1
print(count)
