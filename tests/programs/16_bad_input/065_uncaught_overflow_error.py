# Converting a huge int to float.
print(float(10 ** 300))
print(float(10 ** 400))
