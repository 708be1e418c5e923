# nonlocal makes no sense outside a nested function.
nonlocal x
