# Escape sequences in literals and how repr() chooses quotes and escapes.
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"), repr("bell\a"), repr("null\0"))
print(repr("single ' quote"), repr('double " quote'), repr("both ' and \""))
print(repr("\x41\101\u0041\U00000041"), "\x41\101\u0041\U00000041")
print(repr(r"raw \n string"), len(r"\n"), len("\n"), r"C:\path\to")
print(repr("\r\x0b\x0c"), repr("\x7f\x80\xa0\xad"), repr("\u200b\u2028"), repr("é\u0301"))
print("""multi
line""", '''another
one''')
s = "implicit " "concatenation " 'works'
print(s)
print(repr("\u2022"), "a\
b")
