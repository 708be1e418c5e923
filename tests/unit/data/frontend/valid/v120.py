x = """also
triple"""
