x = 'a' 'b' 'c'
