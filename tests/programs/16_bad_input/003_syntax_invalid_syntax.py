# Two operators in a row where an expression is required.
x = = 1
