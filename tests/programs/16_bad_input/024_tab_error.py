# Mixing tabs and spaces inconsistently in one block.
if True:
        x = 1
	y = 2
