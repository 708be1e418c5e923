# else runs only without an exception; finally always runs.
def run(fail):
    print("run", fail)
    try:
        if fail:
            raise RuntimeError("failure")
        print("  body ok")
    except RuntimeError as e:
        print("  except:", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")

run(False)
run(True)

def finally_with_propagation():
    try:
        raise KeyError("propagates")
    finally:
        print("  finally before propagation")
try:
    finally_with_propagation()
except KeyError as e:
    print("caught", e)

def finally_on_return():
    try:
        return "value from try"
    finally:
        print("  finally on return")
print(finally_on_return())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
