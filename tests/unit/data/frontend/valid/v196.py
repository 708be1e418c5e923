x = ('multi'
     'line')
