"""Shell-style filename matching: *, ?, [seq] and [!seq] (str names and patterns).

mempy has no regular expressions, so patterns are compiled into a list of tokens and matched
directly; the results are those of CPython 3.11's fnmatch, which translates patterns to
regular expressions. Its corner cases are kept: '*' and '?' match '/' and newlines too; a '['
without a closing ']' is a literal '['; a ']' right after '[' or '[!' belongs to the set; in a set
'a-z' is a range, a '-' first or last is literal, a range whose ends are reversed is dropped
(with both its ends); an empty set never matches and '[!]' matches any character.
"""

__all__ = ["filter", "fnmatch", "fnmatchcase"]

_STAR = 0
_ANY = 1
_CHAR = 2
_SET = 3

_cache = {}
_CACHE_MAX = 32768


def _set_chunks(pat, i, j):
    # pat[i:j] is the text between '[' and ']'. Split it at the hyphens that make ranges: the
    # first chunk keeps at least one character (two after '!'), so a hyphen right after '[' or
    # '[!' is literal, and each range end is a single character.
    chunks = []
    k = i + 2 if pat[i] == '!' else i + 1
    while True:
        k = pat.find('-', k, j)
        if k < 0:
            break
        chunks.append(pat[i:k])
        i = k + 1
        k = k + 3
    tail = pat[i:j]
    if tail:
        chunks.append(tail)
    else:
        chunks[-1] += '-'  # a hyphen before ']' is literal
    # a reversed range is dropped together with both of its ends
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return chunks


def _compile_set(pat, i, j):
    """The token for the set pat[i:j]: (_SET, negated, chars, ranges), or _ANY, or None for
    a set that can match nothing."""
    if '-' in pat[i:j]:
        chunks = _set_chunks(pat, i, j)
    else:
        chunks = [pat[i:j]]
    text = ''.join(chunks)
    if not text:
        return None
    if text == '!':
        return (_ANY,)
    negated = text[0] == '!'
    if negated:
        chunks[0] = chunks[0][1:]
    chars = set()
    ranges = []
    for n, chunk in enumerate(chunks):
        chars.update(chunk)
        if n:
            ranges.append((chunks[n - 1][-1], chunk[0]))
    return (_SET, negated, frozenset(chars), tuple(ranges))


def _compile(pat):
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1][0] != _STAR:
                tokens.append((_STAR,))
        elif c == '?':
            tokens.append((_ANY,))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append((_CHAR, '['))
            else:
                token = _compile_set(pat, i, j)
                tokens.append(token if token is not None else (_SET, False, frozenset(), ()))
                i = j + 1
        else:
            tokens.append((_CHAR, c))
    return tokens


def _one(token, ch):
    kind = token[0]
    if kind == _ANY:
        return True
    if kind == _CHAR:
        return token[1] == ch
    negated, chars, ranges = token[1], token[2], token[3]
    found = ch in chars
    if not found:
        for lo, hi in ranges:
            if lo <= ch <= hi:
                found = True
                break
    return found != negated


def _match(tokens, name):
    # glob matching with backtracking to the last '*': every other token eats one character
    t = 0
    s = 0
    star = -1
    star_s = 0
    nt = len(tokens)
    ns = len(name)
    while s < ns:
        if t < nt and tokens[t][0] == _STAR:
            star = t
            star_s = s
            t += 1
        elif t < nt and _one(tokens[t], name[s]):
            t += 1
            s += 1
        elif star >= 0:
            t = star + 1
            star_s += 1
            s = star_s
        else:
            return False
    while t < nt and tokens[t][0] == _STAR:
        t += 1
    return t == nt


def _tokens(pat):
    tokens = _cache.get(pat)
    if tokens is None:
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        tokens = _cache[pat] = _compile(pat)
    return tokens


def _normcase(s):
    # os.path.normcase on POSIX: the identity, after its type check
    if not isinstance(s, (str, bytes)):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(s).__name__)
    return s


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _match(_tokens(pat), name)


def fnmatch(name, pat):
    """Whether name matches pat (after os.path.normcase, the identity on POSIX)."""
    return fnmatchcase(_normcase(name), _normcase(pat))


def filter(names, pat):
    """The names that match pat."""
    tokens = _tokens(_normcase(pat))
    return [name for name in names if _match(tokens, _normcase(name))]
