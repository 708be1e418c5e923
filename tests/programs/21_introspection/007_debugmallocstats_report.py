# sys._debugmallocstats() writes CPython 3.11's allocator report to file descriptor 2. The program
# reads it back through a pipe and checks its layout (numbers masked: they depend on everything
# the interpreter has allocated) and its arithmetic: every class row adds up to whole pools, the
# byte lines are sums over the rows, the arena bytes add up to "Total", the free-list lines are
# count x size.
import os
import sys


def capture_report():
    r, w = os.pipe()
    saved = os.dup(2)
    os.dup2(w, 2)
    try:
        sys._debugmallocstats()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(w)
    data = os.read(r, 1 << 20)
    os.close(r)
    return data.decode("ascii")


lines = capture_report().split("\n")
print("ends with a newline:", lines[-1] == "")
lines = lines[:-1]
print(lines[0])
print(repr(lines[1]), lines[2:4] == ["class   size   num pools   blocks in use  avail blocks",
                                     "-----   ----   ---------   -------------  ------------"])
POOL, HEADER = 16384, 48


def is_number(text, commas=False):
    """Digits right-aligned in the field (with thousands separators when `commas`)."""
    digits = text.lstrip(" ")
    if not digits or " " in digits:
        return False
    if not commas:
        return digits.isdigit()
    groups = digits.split(",")
    return (groups[0].isdigit() and 1 <= len(groups[0]) <= 3 and
            all(g.isdigit() and len(g) == 3 for g in groups[1:]))


def class_row(line):
    """'%5u %6u %11zu %15zu %13zu' -> five ints, or None."""
    widths = (5, 6, 11, 15, 13)
    if len(line) != sum(widths) + 4:
        return None
    fields, at = [], 0
    for n, w in enumerate(widths):
        if n and line[at] != " ":
            return None
        at += 1 if n else 0
        fields.append(line[at:at + w])
        at += w
    if not all(is_number(f) for f in fields):
        return None
    return [int(f) for f in fields]


i = 4
rows = []
while class_row(lines[i]):
    rows.append(class_row(lines[i]))
    i += 1
print("at least one class row:", len(rows) > 0)
print("classes ascending, size = 16 * (class + 1):",
      all(size == 16 * (c + 1) for c, size, *_ in rows) and
      [r[0] for r in rows] == sorted({r[0] for r in rows}))
print("only classes with pools are listed:", all(pools > 0 for _, _, pools, _, _ in rows))
print("blocks in use + available = pools x blocks per pool:",
      all(used + avail == pools * ((POOL - HEADER) // size)
          for _, size, pools, used, avail in rows))
print("blank line after the table:", lines[i] == "")
i += 1

def value_line(line):
    """CPython's printone(): label padded to 35 columns, '=', value in 21 columns -> (label, value)."""
    label, eq, value = line.rpartition("=")
    if not eq or len(value) != 21 or not is_number(value, commas=True):
        return None, None
    if len(label) < 35:  # a longer label is written as is, without padding
        return None, None
    return label.rstrip(), int(value.replace(",", ""))


def masked(label):
    out = []
    for ch in label:
        if ch.isdigit():
            if not out or out[-1] != "N":
                out.append("N")
        else:
            out.append(ch)
    return "".join(out)


values = {}
section = []
while i < len(lines) and lines[i] != "arena map counts":
    if lines[i]:
        label, value = value_line(lines[i])
        section.append(masked(label) if label is not None else "MALFORMED: " + lines[i])
        values[masked(label) if label is not None else lines[i]] = (label, value)
    else:
        section.append("")
    i += 1
for entry in section:
    print("  " + entry)
arenas = values["# arenas allocated current"][1]
print("arenas: total - reclaimed = current:",
      values["# arenas allocated total"][1] - values["# arenas reclaimed"][1] == arenas)
print("highwater >= current:", values["# arenas highwater mark"][1] >= arenas)
arena_label, arena_bytes = values["N arenas * N bytes/arena"]
print("arena bytes line:", arena_label == "%d arenas * 1048576 bytes/arena" % arenas,
      arena_bytes == arenas * 1048576)
allocated = sum(size * used for _, size, _, used, _ in rows)
available = sum(size * avail for _, size, _, _, avail in rows)
pools = sum(p for _, _, p, _, _ in rows)
print("bytes in allocated blocks = sum of size x blocks in use:",
      values["# bytes in allocated blocks"][1] == allocated)
print("bytes in available blocks = sum of size x avail blocks:",
      values["# bytes in available blocks"][1] == available)
unused_label, unused_bytes = values["N unused pools * N bytes"]
unused = int(unused_label.split()[0])
print("unused pools line:", unused_bytes == unused * POOL)
print("pool headers = 48 per pool in use:", values["# bytes lost to pool headers"][1] == pools * HEADER)
print("quantization = pool tails:", values["# bytes lost to quantization"][1] ==
      sum(p * ((POOL - HEADER) % size) for _, size, p, _, _ in rows))
alignment = values["# bytes lost to arena alignment"][1]
print("arena alignment in whole pools:", alignment % POOL == 0 and alignment <= arenas * POOL)
parts = [values[k][1] for k in ("# bytes in allocated blocks", "# bytes in available blocks",
                                "# bytes lost to pool headers", "# bytes lost to quantization",
                                "# bytes lost to arena alignment")] + [unused_bytes]
print("Total = the six lines = arenas x 1 MiB:", values["Total"][1] == sum(parts) == arenas * 1048576)
print(lines[i])
i += 1
mid = value_line(lines[i])[1]
bot = value_line(lines[i + 1])[1]
print([masked(value_line(l)[0]) for l in lines[i:i + 2]], lines[i + 2] == "")
i += 3
map_lines = [value_line(l) for l in lines[i:i + 4]]
print([label for label, _ in map_lines])
print("arena map bytes:", map_lines[0][1] == 262144, map_lines[1][1] == 262144 * mid,
      map_lines[2][1] == 131072 * bot, map_lines[3][1] == sum(v for _, v in map_lines[:3]))
i += 4
print("blank line before the free lists:", lines[i] == "")
i += 1
free_lines = lines[i:]
names = []
ok = True
for line in free_lines:
    label, value = line.rpartition("=")[0], value_line(line)[1]
    words = label.split()
    # "%48s " of "<count> free <name>s * <size> bytes each"
    ok = (ok and len(label) == 49 and value is not None and len(words) >= 7 and
          words[1] == "free" and words[-4] == "*" and words[-2:] == ["bytes", "each"] and
          words[0].isdigit() and words[-3].isdigit() and words[-5].endswith("s") and
          value == int(words[0]) * int(words[-3]))
    if ok:
        names.append("%s (%s bytes)" % (" ".join(words[2:-4])[:-1], words[-3]))
print("free-list lines well formed, value = count x size:", ok)
for name in names:
    print("  " + name)
