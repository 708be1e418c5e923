# format() of strs (fill, alignment, precision cuts, non-ASCII fills) and the ValueError messages
# of bad specs for int, float and str alike.
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for s in ['abc', '', 'héllo', '€uro', '日本語']:
    row = []
    for sp in ['', 's', '10', '<10', '>10', '^10', '*^9', '.2', '10.2', 'é>8', '=10', '+', '#',
               '05', 'd', ',', 'z', '.0', '^1', '<<3']:
        try:
            row.append(format(s, sp))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(s), "|".join(row))
for bad in ['Z', 'xx', '.', '1.', ',_', '_,', ',c', ',x', ',s', '.2d', 'zd', '+c', '#c', '=<',
            '10000000000000000000000', '.10000000000000000000', '\x00', 'é', '%x', '5.3.2']:
    show("format(5, %r)" % bad, lambda: format(5, bad))
    show("format(5.0, %r)" % bad, lambda: format(5.0, bad))
    show("format('s', %r)" % bad, lambda: format('s', bad))
show("format(1.5, 5)", lambda: format(1.5, 5))
show("(1.0).__format__('x')", lambda: (1.0).__format__('x'))
show("'abc'.__format__('>5')", lambda: 'abc'.__format__('>5'))
show("format(True, 'x'), format(False, '.1f')", lambda: (format(True, 'x'), format(False, '.1f')))
show("format(True, 'q')", lambda: format(True, 'q'))
show("'{:q}'.format(1.5)", lambda: '{:q}'.format(1.5))
show("f'{1:=^+9,}'", lambda: f'{1:=^+9,}')
show("f'{\"x\":=^5}'", lambda: f'{"x":=^5}')
show("f'{1.5:,d}'", lambda: f'{1.5:,d}')
