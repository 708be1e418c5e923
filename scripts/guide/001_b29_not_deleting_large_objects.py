# Ported from guide block 001_b4ae4877fa5e085b_b29 (Common Mistakes to Avoid › list item 1. **Not deleting large objects**).
# A fragment: load_data() is defined first.
def load_data():
    return list(range(100000))


# Wrong
large_data = load_data()
# Never deleted

# Correct
large_data = load_data()
# Use it...
del large_data
