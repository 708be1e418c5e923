x = rf"\d{a}" + fr'\w{b}' + Rf"{c}"
