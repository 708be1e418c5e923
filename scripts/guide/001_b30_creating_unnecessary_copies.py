# Ported from guide block 001_b4ae4877fa5e085b_b30 (Common Mistakes to Avoid › list item 2. **Creating unnecessary copies**).
# A fragment: old_list is defined first.
old_list = list(range(1000))

# Wrong - creates copy
new_list = old_list[:]

# Correct - if copy needed
new_list = old_list.copy()  # More explicit
