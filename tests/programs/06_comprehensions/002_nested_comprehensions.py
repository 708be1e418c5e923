# Multiple for clauses (left to right = outer to inner) and comprehensions inside comprehensions.
print([(i, j) for i in range(3) for j in range(2)])
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([c for word in ["ab", "cd"] for c in word for _ in range(2)])
print({(i, j): i * j for i in range(2) for j in range(2)})
print([[y for y in range(x)] for x in range(4)])
print(sum(x * y for x in range(4) for y in range(4) if x != y))
