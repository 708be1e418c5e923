# comment only

x = 1  # trailing comment

# more
