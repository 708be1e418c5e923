"""os: what mempy provides of CPython's os module -- the functions of posix, os.environ and
os.getenv, and os.path (posixpath)."""
import sys
from posix import (F_OK, R_OK, W_OK, X_OK, access, close, cpu_count, dup, dup2, fspath, fstat,
                   getcwd, getcwdb, getpid, getppid, listdir, lstat, mkdir, pipe, putenv, read,
                   readlink, remove, rename, rmdir, stat, stat_result, strerror, sysconf,
                   sysconf_names, unlink, unsetenv, urandom, write)
import posix as _posix
import posixpath as path

name = "posix"
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = "\n"
error = OSError
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

sys.modules['os.path'] = path


def _fs_encode(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value.encode('utf-8', 'surrogateescape')


def _fs_decode(value):
    return value.decode('utf-8', 'surrogateescape')


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem encoding."""
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem encoding."""
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


class _Environ:
    """os.environ: the environment as a mapping of str to str over posix's bytes; assigning or
    deleting an item also changes the process environment (putenv, unsetenv)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[_fs_encode(key)]
        except KeyError:
            raise KeyError(key) from None
        return _fs_decode(value)

    def __setitem__(self, key, value):
        key = _fs_encode(key)
        value = _fs_encode(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encoded = _fs_encode(key)
        unsetenv(encoded)
        try:
            del self._data[encoded]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield _fs_decode(key)

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __eq__(self, other):
        if not isinstance(other, (_Environ, dict)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __repr__(self):
        items = ', '.join('%r: %r' % (_fs_decode(k), _fs_decode(v)) for k, v in self._data.items())
        return 'environ({%s})' % items

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return dict(self.items()).keys()

    def values(self):
        return dict(self.items()).values()

    def items(self):
        return {_fs_decode(k): _fs_decode(v) for k, v in self._data.items()}.items()

    def copy(self):
        return dict(self.items())

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwds):
        pairs = other.items() if hasattr(other, 'items') else other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self):
            del self[key]


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise
