"""Source lines of files, read once and cached (what tracebacks print).

The subset of CPython 3.11's linecache that mempy can back: files are read as UTF-8 text,
relative names are also looked up along sys.path, and names like "<string>" or
"<frozen tracemalloc>" have no lines. getline never raises: an unreadable file has no lines.
"""

import sys

__all__ = ["getline", "clearcache", "checkcache"]

cache = {}  # filename -> (size, mtime, lines, fullname); size and mtime are unknown here (None)


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based, with its newline) of the file, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Every line of the file (each ending with a newline), or [] when it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop stale entries. mempy cannot stat files, so nothing is ever known to be stale."""


def _read(path):
    with open(path, encoding='utf-8') as f:
        return f.readlines()


def updatecache(filename, module_globals=None):
    """(Re)read a file into the cache and return its lines ([] when it cannot be read)."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    candidates = [filename]
    if not filename.startswith('/'):
        for directory in sys.path:
            if isinstance(directory, str) and directory:
                candidates.append(directory.rstrip('/') + '/' + filename)
    for fullname in candidates:
        try:
            lines = _read(fullname)
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        if lines and not lines[-1].endswith('\n'):
            lines[-1] += '\n'
        cache[filename] = (None, None, lines, fullname)
        return lines
    return []
