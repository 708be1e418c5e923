# os beyond file descriptors: stat (os.stat_result: sizes, the int/float time fields, repr shape),
# os.path (exists/isfile/isdir/getsize/join/split/basename/dirname/splitext/normpath/abspath),
# listdir, rename, mkdir/rmdir, unlink/remove and their FileNotFoundError texts, path argument
# checks, urandom, environ/getenv/putenv, sysconf and getpid/getppid types.
import os
import os.path
import sys


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "errno", None), getattr(e, "filename", None))


print(os.path is sys.modules["os.path"], os.path.__name__)
with open("_tmp_040_os.txt", "w") as f:
    f.write("hello world")
st = os.stat("_tmp_040_os.txt")
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, type(st[8]).__name__,
      st.st_mtime_ns // 10**9 == st[8], type(st).__name__, os.stat_result.n_fields,
      os.stat_result.n_unnamed_fields, os.stat_result.__match_args__)
print(repr(st).startswith("os.stat_result(st_mode="), "st_atime=%d," % st[7] in repr(st),
      st == os.stat(os.path.abspath("_tmp_040_os.txt")))
print(os.path.exists("_tmp_040_os.txt"), os.path.isfile("_tmp_040_os.txt"),
      os.path.isdir("_tmp_040_os.txt"), os.path.getsize("_tmp_040_os.txt"), os.path.isdir("."),
      os.path.exists("_tmp_040_nope"))
print("_tmp_040_os.txt" in os.listdir("."), "_tmp_040_os.txt" in os.listdir(),
      os.getcwd() == os.path.abspath("."))
os.rename("_tmp_040_os.txt", "_tmp_040_os2.txt")
attempt(os.rename, "_tmp_040_os.txt", "_tmp_040_os3.txt")
os.unlink("_tmp_040_os2.txt")
attempt(os.unlink, "_tmp_040_os2.txt")
attempt(os.remove, "_tmp_040_nope")
attempt(os.stat, "_tmp_040_nope")
attempt(os.listdir, "_tmp_040_nope")
attempt(os.stat, 1.5)
attempt(os.stat, None)
attempt(os.unlink, 3)
attempt(os.listdir, 1.5)
attempt(os.stat, "a\0b")
attempt(os.stat, b"a\0b")
attempt(os.urandom, -1)
attempt(os.urandom, "a")
print(len(os.urandom(16)), type(os.urandom(0)))
os.mkdir("_tmp_040_dir")
attempt(os.mkdir, "_tmp_040_dir")
print(os.path.isdir("_tmp_040_dir"))
os.rmdir("_tmp_040_dir")
attempt(os.rmdir, "_tmp_040_dir")
print(type(os.environ).__name__, "PATH" in os.environ, os.getenv("_TMP_040_NOPE"),
      os.getenv("_TMP_040_NOPE", 5))
attempt(lambda: os.environ[1])
attempt(lambda: os.environ["_TMP_040_NOPE"])
attempt(os.environ.__setitem__, "A", 1)
attempt(os.getenv, 1)
os.environ["_TMP_040_VAR"] = "v1"
print(os.environ["_TMP_040_VAR"], os.getenv("_TMP_040_VAR"), "_TMP_040_VAR" in os.environ)
del os.environ["_TMP_040_VAR"]
print(os.getenv("_TMP_040_VAR"))
attempt(os.putenv, "", "x")
attempt(os.putenv, "a=b", "x")
join = os.path.join
print(join("a", "b", "c"), join("/a", "/b"), join("a/", "b"), join("", "x"), join(b"a", b"b"),
      join("a"))
attempt(join, "a", 1)
attempt(join, "a", b"b")
attempt(join, 1)
for p in ["/a/b/c.txt", "a/b/", "/", "", "c", "//x", "///x", "/a/./b/../c", ".bashrc", "a.b.c",
          "../x", "a//b///c/", "..", "a/../.."]:
    print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p),
          os.path.splitext(p), os.path.normpath(p), os.path.isabs(p))
print(os.sep, os.curdir, os.pardir, os.extsep, os.altsep, os.pathsep, os.devnull,
      os.linesep == "\n", os.name)
print(os.path.realpath("/tmp/../tmp") == os.path.realpath("/tmp"),
      os.path.abspath("x/../y") == join(os.getcwd(), "y"))
print(os.fspath("x"), os.fspath(b"y"))
attempt(os.fspath, 1)


class PathLike:
    def __fspath__(self):
        return "_tmp_040_pathlike.txt"


attempt(os.stat, PathLike())
print(join(PathLike(), "x"))
print(type(os.getpid()).__name__, os.getppid() > 0, os.cpu_count() >= 1,
      os.sysconf("SC_PAGE_SIZE") % 4096, os.strerror(2))
attempt(os.sysconf, "NOPE")
print(os.access(".", os.F_OK), os.access("_tmp_040_nope", os.R_OK))
attempt(os.fstat, 0.5)
