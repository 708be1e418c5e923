x = rb'\x' + Br'\d' + bR"a" + RB'b'
