# Ported from guide block 003_674a04f2bd167a0c_b08 (Memory Optimization Techniques › list item 3. **Delete Unneeded References**).
# A fragment: get_huge_dataset() and process() are defined first.
def get_huge_dataset():
    return list(range(100000))


def process(data):
    return sum(data)


large_data = get_huge_dataset()
process(large_data)
del large_data  # Explicitly free memory
