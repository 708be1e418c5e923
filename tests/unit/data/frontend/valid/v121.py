x = r'\n raw' R"\d"
