x = 0o777 + 0B11 + 0XaB
