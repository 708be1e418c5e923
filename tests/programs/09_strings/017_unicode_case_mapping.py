# Full Unicode case mapping (special casing, final sigma) and the Unicode character predicates.
words = ["straße", "ﬁnance", "İstanbul", "ǅemal", "ΣΟΦΟΣ", "ὈΔΥΣΣΕΎΣ", "groß ÉTÉ",
         "ŉ", "ǰ", "ΐ", "ﬃ", "Ǳ", "ß", "µ", "ÿ", "ǈ", "ΑΣ.", "Σ", "aΣb", "aΣ", "a'Σ'",
         "hello world", "mIxEd ΣΑΣ", "ᾳ", "ᾼ", "Ⅻ", "ⓐⓑ", "𐐀𐐨"]
for w in words:
    print(repr(w), "|", w.lower(), "|", w.upper(), "|", w.title(), "|", w.capitalize(), "|",
          w.swapcase(), "|", w.casefold(), "|", len(w.upper()))

samples = ["abc", "ABC", "Abc Def", "ǅ", "ǅemal", "Ǆ", "ǆ", "١٢٣", "²³", "½", "Ⅻ", "一二三",
           "\u00a0", "\u2028", "\u3000 ", "\x1c", "abc\u0301", "é", "ß", "Σσς", "𝟘𝟙", "𐐀",
           "a_b", "_1", "1a", "café", "x\u200b", "\x7f", "\u00ad", " ", "", "\t\n",
           "ᾼ", "Ab Cd", "AB cd", "1A", "A1b"]
names = ["alpha", "alnum", "decimal", "digit", "numeric", "space", "upper", "lower", "title",
         "identifier", "printable", "ascii"]
for s in samples:
    flags = [getattr(s, "is" + n)() for n in names]
    print(ascii(s).ljust(14), " ".join("T" if f else "." for f in flags))
print(sorted(c for c in map(chr, range(0x100, 0x180)) if c.upper() != c and c.lower() != c))
print("".join(chr(c).upper() for c in range(0xdf, 0x100)))
print("ﬀ".upper(), "ﬀ".title(), "ǳ".title(), "Ǳ".lower(), "ǲ".swapcase())
