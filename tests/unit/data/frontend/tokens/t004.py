x = 'a' "b" b'c' r'\d' f'{x}'
