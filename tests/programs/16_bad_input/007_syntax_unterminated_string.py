# A string literal without its closing quote.
message = "hello
print(message)
