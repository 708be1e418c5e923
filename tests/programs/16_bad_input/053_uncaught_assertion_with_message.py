# A failed assert with a message.
def check(age):
    assert age >= 0, f"age must be non-negative, got {age}"
    return age
print(check(5))
check(-3)
