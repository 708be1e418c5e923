# format() of ints and bools with the whole mini-language: fill/align, sign, '#', '0', width,
# ',' and '_' grouping (by 4 for b/o/x/X), and every presentation type incl. c, n, % and e/f/g.
ints = [0, 7, -7, 255, -255, 1234567, -1234567, 2**70, -2**70, True, False]
specs = ['', 'd', '5', '<8', '>8', '^9', '=9', '*^11', '0>8', '+', ' ', '-', '+08', '08', '010,',
         ',', '_', '_b', '_x', '_o', '#b', '#o', '#x', '#X', '#010x', '+#x', 'x', 'X', 'o', 'b',
         'n', 'e', 'E', '.3e', 'f', '.2f', 'g', 'G', '%', '.1%', ',.2f', '020,', '020_', '#_b',
         '#018_b', '€^10', '=+12,', ' =12', '_X', '#_o', '+015_x']
for v in ints:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), "|".join(row))
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
show("format(1114112, 'c')", lambda: format(1114112, 'c'))
show("format(-1, 'c')", lambda: format(-1, 'c'))
show("format(2**70, 'c')", lambda: format(2**70, 'c'))
show("format(65, 'c'), format(65, '^5c'), format(0x1F600, 'c')", lambda: (format(65, 'c'), format(65, '^5c'), format(0x1F600, 'c')))
show("format(10**400, 'e')", lambda: format(10**400, 'e'))
show("format(10**400, ',')[:20]", lambda: format(10**400, ',')[:20])
show("format(2**100, '_x')", lambda: format(2**100, '_x'))
show("format(True, ''), format(True, 'd'), format(True, '>5')", lambda: (format(True, ''), format(True, 'd'), format(True, '>5')))
show("format(True, 's')", lambda: format(True, 's'))
show("(1).__format__(5)", lambda: (1).__format__(5))
show("'{:>10,}'.format(123456)", lambda: '{:>10,}'.format(123456))
show("f'{2**64:_x} {-12:+05d} {255:#06x}'", lambda: f'{2**64:_x} {-12:+05d} {255:#06x}')
show("f'{12345:{10}}|{12345:{"<"}{8}}'", lambda: f'{12345:{10}}|{12345:{"<"}{8}}')
class MyInt(int):
    def __str__(self): return "MyInt!"
show("format(MyInt(5), '')", lambda: format(MyInt(5), ''))
show("format(MyInt(5), 'd')", lambda: format(MyInt(5), 'd'))
show("format(MyInt(5), 'q')", lambda: format(MyInt(5), 'q'))
show("f'{MyInt(5)}', f'{MyInt(5)!r}', f'{MyInt(5):3}'", lambda: (f'{MyInt(5)}', f'{MyInt(5)!r}', f'{MyInt(5):3}'))
