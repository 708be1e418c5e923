# Adding an int and a str.
count = 3
label = "items: "
print(label + str(count))
print(count + label)
