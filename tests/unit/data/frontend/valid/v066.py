x = -a + +b - ~c
