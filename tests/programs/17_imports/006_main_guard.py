# __name__ is '__main__' in the script and the module name in an imported module.
print("script __name__:", __name__)
import mod_main_guard
print(mod_main_guard.answer(), mod_main_guard.__name__)
if __name__ == "__main__":
    print("script's main block runs")
