# Ported from guide block 001_b4ae4877fa5e085b_b24 (Best Practices › 2. Delete Large Objects Explicitly).
# A fragment: load_data() and process() are defined first.
def load_data():
    return list(range(100000))


def process(data):
    return sum(data)


# Good
large_data = load_data()
process(large_data)
del large_data  # Free memory
