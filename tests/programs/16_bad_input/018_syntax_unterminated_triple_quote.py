# A triple-quoted string that never ends.
doc = """this string
never ends
