# Helper for the 18_gc programs that capture "Exception ignored in: ..." reports from
# sys.stderr: masks object addresses and reduces file paths to their base name, so the
# report can be compared (CPython prints the script's absolute path and real addresses).


def mask_report(text):
    out = []
    for line in text.splitlines():
        if " at 0x" in line:
            head, _, tail = line.partition(" at 0x")
            line = head + " at 0xADDR" + tail[tail.index(">"):]
        if line.startswith('  File "'):
            path, _, rest = line[8:].partition('"')
            line = '  File "' + path.split("/")[-1] + '"' + rest
        out.append(line)
    return out
