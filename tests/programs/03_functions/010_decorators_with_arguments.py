# Decorator factories: @repeat(3) calls repeat(3) first, then applies its result.
def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def shout(word):
    return word.upper()
print(shout("hi"))

def tag(name, **attrs):
    def decorate(func):
        def wrapper():
            extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
            return f"<{name}{extra}>{func()}</{name}>"
        return wrapper
    return decorate

@tag("p", cls="note")
def text():
    return "content"
print(text())

def validate(*types):
    def decorate(func):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{func.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return func(*args)
        return wrapper
    return decorate

@validate(int, str)
def label(n, s):
    return s * n
print(label(2, "ab"))
try:
    label("2", "ab")
except TypeError as e:
    print("TypeError:", e)
