"""posixpath (os.path): path name operations for POSIX, as CPython 3.11's module. realpath
resolves symbolic links component by component like CPython's, without its loop detection
details (a symlink loop ends with the path as far as it resolved)."""
import posix as _posix

sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _seps(p):
    return (b'/', b'.', b'..', b'') if isinstance(p, bytes) else ('/', '.', '..', '')


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return _posix.fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = _posix.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    a = _posix.fspath(a)
    sep = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + sep  # a str/bytes mix fails even without components
        for b in map(_posix.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    p = _posix.fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    p = _posix.fspath(p)
    sep, dot = _seps(p)[:2]
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:  # a name of leading dots only has no extension
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    p = _posix.fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    p = _posix.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = _posix.fspath(p)
    sep = _seps(p)[0]
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def _mode(path, stat=_posix.stat):
    try:
        return stat(path).st_mode
    except (OSError, ValueError):
        return None


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    return _mode(path) is not None


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    return _mode(path, _posix.lstat) is not None


def isfile(path):
    """Test whether a path is a regular file"""
    mode = _mode(path)
    return mode is not None and mode & _S_IFMT == _S_IFREG


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    mode = _mode(s)
    return mode is not None and mode & _S_IFMT == _S_IFDIR


def islink(path):
    """Test whether a path is a symbolic link"""
    mode = _mode(path, _posix.lstat)
    return mode is not None and mode & _S_IFMT == _S_IFLNK


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _posix.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return _posix.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return _posix.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return _posix.stat(filename).st_ctime


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _posix.fspath(path)
    sep, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    initial_slashes = path.startswith(sep)
    # POSIX keeps two leading slashes, but three or more mean one
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not comps)
                or (comps and comps[-1] == dotdot)):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = sep.join(comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    """Return an absolute path."""
    path = _posix.fspath(path)
    if not isabs(path):
        cwd = _posix.getcwdb() if isinstance(path, bytes) else _posix.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    filename = _posix.fspath(filename)
    sep, dot, dotdot, empty = _seps(filename)
    path = abspath(filename)
    resolved = sep
    rest = path.split(sep)[1:]
    hops = 0
    while rest:
        name = rest.pop(0)
        if name in (empty, dot):
            continue
        if name == dotdot:
            resolved = dirname(resolved) or sep
            continue
        candidate = join(resolved, name)
        if islink(candidate) and hops < 40:
            hops += 1
            target = _posix.readlink(candidate)
            if target.startswith(sep):
                resolved = sep
            rest = [c for c in target.split(sep) if c] + rest
        else:
            if strict and not lexists(candidate):
                _posix.lstat(candidate)
            resolved = candidate
    return resolved


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    path = _posix.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _seps(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:  # ~user needs the password database, which mempy does not read
        return path
    home = _posix.environ.get(b'HOME')
    if home is None:
        return path
    if not isinstance(path, bytes):
        home = home.decode('utf-8', 'surrogateescape')
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1
