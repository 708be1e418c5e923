# defaultdict creates missing values with its factory.
from collections import defaultdict
words = "the cat and the hat and the bat".split()
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts)
print(dict(counts), counts["missing"], len(counts), "never" in counts)
groups = defaultdict(list)
for w in words:
    groups[w[0]].append(w)
print(dict(groups))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError:", e)
print(counts.default_factory, groups.default_factory, plain.default_factory)
s = defaultdict(set)
s["k"].add(1)
print(s, isinstance(s, dict), counts.get("zzz"), "zzz" in counts)
