# Two expressions next to each other in a call.
print("a" "b" 3)
