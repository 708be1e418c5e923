# Working with nested lists/dicts/tuples: building, querying and transforming.
inventory = {
    "fruit": [{"name": "apple", "qty": 5, "tags": ("red", "sweet")},
              {"name": "lime", "qty": 0, "tags": ("green", "sour")}],
    "veg": [{"name": "kale", "qty": 2, "tags": ("green",)}],
}
for category, items in inventory.items():
    for item in items:
        print(category, item["name"], item["qty"], "/".join(item["tags"]))
in_stock = {i["name"]: i["qty"] for items in inventory.values() for i in items if i["qty"]}
print(in_stock)
by_tag = {}
for items in inventory.values():
    for i in items:
        for tag in i["tags"]:
            by_tag.setdefault(tag, []).append(i["name"])
print(by_tag)
inventory["veg"].append({"name": "leek", "qty": 7, "tags": ()})
print(sum(i["qty"] for items in inventory.values() for i in items))
print(sorted((i["qty"], i["name"]) for items in inventory.values() for i in items))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
transposed = [list(col) for col in zip(*matrix)]
print(matrix, transposed, [row[::-1] for row in matrix[::-1]])
