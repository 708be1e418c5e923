# Benchmark: dicts and strings: word counting, joins, formatting, slicing, splitting.
WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron "
         "pi rho sigma tau upsilon phi chi psi omega").split()

def make_text(n):
    out = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(WORDS[x % len(WORDS)])
    return " ".join(out)

def count_words(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts

def render(counts):
    lines = []
    for word in sorted(counts):
        lines.append("%-10s|%6d|%s" % (word, counts[word], word[::-1].upper()))
    return "\n".join(lines)

def slices(text):
    total = 0
    for i in range(0, len(text) - 20, 7):
        chunk = text[i:i + 20]
        if chunk.startswith("a"):
            total += len(chunk.strip())
        total += chunk.count("a")
    return total

def fstrings(n):
    parts = []
    for i in range(n):
        parts.append(f"{i:05d}:{i * 3 % 97:>3}:{'x' * (i % 4)}")
    s = ",".join(parts)
    return len(s), s[-30:]

def key_churn(n):
    d = {}
    for i in range(n):
        key = "k" + str(i % 5000)
        d[key] = d.get(key, "")[:8] + str(i % 10)
    return len(d), sum(len(v) for v in d.values())

text = make_text(450_000)
counts = count_words(text)
report = render(counts)
print(len(text), len(counts), report.splitlines()[0])
print(slices(text))
print(fstrings(200_000))
print(key_churn(500_000))
