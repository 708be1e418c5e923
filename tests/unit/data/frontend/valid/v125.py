x = 'a' u'b'
