# Subscripting a dict with a missing key.
config = {"host": "localhost"}
print(config["host"])
print(config["port"])
