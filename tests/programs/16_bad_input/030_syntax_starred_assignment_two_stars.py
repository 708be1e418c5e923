# Only one starred target is allowed in an assignment.
*a, *b = [1, 2, 3]
