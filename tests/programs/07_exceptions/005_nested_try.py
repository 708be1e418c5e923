# Nested try blocks: inner handlers first; exceptions inside handlers propagate outward.
def level(n):
    try:
        try:
            if n == 0:
                raise ValueError("v")
            if n == 1:
                raise KeyError("k")
            if n == 2:
                raise TypeError("t")
            return "none"
        except ValueError:
            return "inner caught ValueError"
        except KeyError:
            raise IndexError("raised while handling KeyError")
        finally:
            print("  inner finally", n)
    except IndexError as e:
        return f"outer caught IndexError ({e}); context={type(e.__context__).__name__}"
    except TypeError:
        return "outer caught TypeError"
    finally:
        print("  outer finally", n)

for n in range(4):
    print(n, level(n))

try:
    try:
        1 / 0
    finally:
        print("finally during propagation")
except ZeroDivisionError:
    print("caught after finally")
