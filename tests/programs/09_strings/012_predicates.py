# is* predicates over a table of samples.
samples = ["abc", "ABC", "Abc", "123", "12.5", "abc123", "", " ", "\t\n",
           "hello world", "Hello World", "_id", "class", "éclair"]
print("sample       alpha digit decimal numeric alnum space upper lower title ident ascii")
for s in samples:
    flags = [s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
             s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii()]
    print(repr(s).ljust(13), " ".join("T" if f else "." for f in flags))
