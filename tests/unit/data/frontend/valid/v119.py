x = '''triple
quoted'''
