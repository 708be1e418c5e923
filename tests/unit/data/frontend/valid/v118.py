x = 'single' "double"
