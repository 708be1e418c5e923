# Helper module with an `if __name__ == "__main__":` block that must not run on import.
def answer():
    return 42
if __name__ == "__main__":
    print("mod_main_guard run as a script (should not happen when imported)")
else:
    print("mod_main_guard imported, __name__ =", __name__)
