# A user-defined exception escaping to the top level.
class InventoryError(Exception):
    pass
def take(stock, n):
    if n > stock:
        raise InventoryError(f"cannot take {n}, only {stock} left")
    return stock - n
print(take(10, 3))
take(2, 5)
