# Benchmark: a heap of ~10**6 live container objects, then ongoing allocation of new containers
# while it is alive (each young collection must not rescan the whole old heap).
heap = [[i] for i in range(1_000_000)]
print(len(heap), heap[-1][0])

total = 0
for round_ in range(6):
    young = []
    for i in range(60_000):
        young.append((i, [i, round_]))
    total += sum(pair[1][0] for pair in young[::1000])
    del young
print(total)

mapping = {i: {"v": i} for i in range(0, 1_000_000, 10)}
hits = 0
for i in range(0, 1_000_000, 7):
    entry = mapping.get(i)
    if entry is not None:
        hits += entry["v"] % 3
print(len(mapping), hits)
print(sum(cell[0] for cell in heap[::100_000]))
