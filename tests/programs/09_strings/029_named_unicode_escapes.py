# \N{...} escapes in str literals: names, aliases, case-insensitivity, algorithmic names.
samples = ["\N{EURO SIGN}", "\N{euro sign}", "\N{LATIN SMALL LETTER E WITH ACUTE}",
           "\N{GREEK CAPITAL LETTER SIGMA}\N{GREEK SMALL LETTER FINAL SIGMA}", "\N{SNOWMAN}",
           "\N{HANGUL SYLLABLE GA}", "\N{CJK UNIFIED IDEOGRAPH-4E00}", "\N{LINE FEED}",
           "\N{NO-BREAK SPACE}", "\N{GRINNING FACE}", "\N{BYTE ORDER MARK}", "\N{NUL}",
           "a\N{BULLET}b", f"x\N{RIGHTWARDS ARROW}{1 + 1}", "\N{LATIN CAPITAL LETTER A}" * 3]
for s in samples:
    print(ascii(s), len(s), [hex(ord(c)) for c in s][:4])
print(r"\N{EURO SIGN}", len(r"\N{EURO SIGN}"), b"\N{EURO SIGN}")
for src in ['"\\N{NOT A REAL NAME}"', '"\\N{EURO SIGN"', '"\\N"', '"\\N{}"']:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
