x = ''' unterminated
'''' '''
