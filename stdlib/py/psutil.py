"""psutil: the part of the psutil package (Linux, 5.9 API) that memory scripts use, read from
/proc as psutil's own Linux back end reads it.

Process(pid=None): pid, ppid(), name(), status(), create_time(), cmdline(), is_running(),
children(recursive=False), num_threads(), memory_info() (pmem, from /proc/PID/statm times the
page size), memory_full_info() (pfullmem: adds uss/pss/swap from /proc/PID/smaps_rollup),
memory_percent(memtype='rss'), oneshot(); module functions virtual_memory() (svmem, from
/proc/meminfo with psutil's formulas), swap_memory(), pids(), pid_exists(), cpu_count(),
boot_time(); exceptions Error, NoSuchProcess, ZombieProcess, AccessDenied, TimeoutExpired.
"""
import os
import time
from collections import namedtuple

__version__ = "5.9.4"  # the psutil release whose Linux behaviour this follows
version_info = (5, 9, 4)
PROCFS_PATH = "/proc"
LINUX = POSIX = True
WINDOWS = MACOS = OSX = FREEBSD = OPENBSD = NETBSD = BSD = SUNOS = AIX = False

STATUS_RUNNING = "running"
STATUS_SLEEPING = "sleeping"
STATUS_DISK_SLEEP = "disk-sleep"
STATUS_STOPPED = "stopped"
STATUS_TRACING_STOP = "tracing-stop"
STATUS_ZOMBIE = "zombie"
STATUS_DEAD = "dead"
STATUS_WAKE_KILL = "wake-kill"
STATUS_WAKING = "waking"
STATUS_IDLE = "idle"
STATUS_PARKED = "parked"
_STATUSES = {"R": STATUS_RUNNING, "S": STATUS_SLEEPING, "D": STATUS_DISK_SLEEP,
             "T": STATUS_STOPPED, "t": STATUS_TRACING_STOP, "Z": STATUS_ZOMBIE,
             "X": STATUS_DEAD, "x": STATUS_DEAD, "K": STATUS_WAKE_KILL, "W": STATUS_WAKING,
             "I": STATUS_IDLE, "P": STATUS_PARKED}

pmem = namedtuple('pmem', 'rss vms shared text lib data dirty')
pfullmem = namedtuple('pfullmem', pmem._fields + ('uss', 'pss', 'swap'))
svmem = namedtuple('svmem', ['total', 'available', 'percent', 'used', 'free', 'active',
                             'inactive', 'buffers', 'cached', 'shared', 'slab'])
sswap = namedtuple('sswap', ['total', 'used', 'free', 'percent', 'sin', 'sout'])

PAGESIZE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


# ---- exceptions ---------------------------------------------------------------------------------
class Error(Exception):
    """Base exception class. All other psutil exceptions inherit
    from this one.
    """
    __module__ = 'psutil'

    def _infodict(self, attrs):
        info = {}
        for name in attrs:
            value = getattr(self, name, None)
            if value or (name == "pid" and value == 0):
                info[name] = value
        return info

    def __str__(self):
        info = self._infodict(("pid", "ppid", "name"))
        details = "(%s)" % ", ".join("%s=%r" % kv for kv in info.items()) if info else None
        return " ".join([x for x in (getattr(self, "msg", ""), details) if x])

    def __repr__(self):
        info = self._infodict(("pid", "ppid", "name", "seconds", "msg"))
        details = ", ".join("%s=%r" % kv for kv in info.items())
        return "psutil.%s(%s)" % (self.__class__.__name__, details)


class NoSuchProcess(Error):
    """Exception raised when a process with a certain PID doesn't
    or no longer exists.
    """
    __module__ = 'psutil'

    def __init__(self, pid, name=None, msg=None):
        Error.__init__(self)
        self.pid = pid
        self.name = name
        self.msg = msg or "process no longer exists"


class ZombieProcess(NoSuchProcess):
    """Exception raised when querying a zombie process."""
    __module__ = 'psutil'

    def __init__(self, pid, name=None, ppid=None, msg=None):
        NoSuchProcess.__init__(self, pid, name, msg)
        self.ppid = ppid
        self.msg = msg or "PID still exists but it's a zombie"


class AccessDenied(Error):
    """Exception raised when permission to perform an action is denied."""
    __module__ = 'psutil'

    def __init__(self, pid=None, name=None, msg=None):
        Error.__init__(self)
        self.pid = pid
        self.name = name
        self.msg = msg or ""


class TimeoutExpired(Error):
    """Raised on Process.wait(timeout) if timeout expires and process
    is still alive.
    """
    __module__ = 'psutil'

    def __init__(self, seconds, pid=None, name=None):
        Error.__init__(self)
        self.seconds = seconds
        self.pid = pid
        self.name = name
        self.msg = "timeout after %s seconds" % seconds


# ---- /proc readers ------------------------------------------------------------------------------
def _read(path):
    with open(path, 'rb') as f:
        return f.read()


def _meminfo():
    # /proc/meminfo in bytes, keyed by the field name with its colon (b'MemTotal:')
    mems = {}
    for line in _read(PROCFS_PATH + "/meminfo").split(b'\n'):
        fields = line.split()
        if len(fields) >= 2:
            mems[fields[0]] = int(fields[1]) * 1024
    return mems


def _usage_percent(used, total, round_=None):
    try:
        ret = (float(used) / total) * 100
    except ZeroDivisionError:
        return 0.0
    return ret if round_ is None else round(ret, round_)


def virtual_memory():
    """Return statistics about system memory usage as a namedtuple
    (total, available, percent, used, free, active, inactive, buffers, cached, shared, slab),
    all in bytes except percent, computed from /proc/meminfo as the "free" command does."""
    mems = _meminfo()
    total = mems[b'MemTotal:']
    free = mems[b'MemFree:']
    buffers = mems.get(b'Buffers:', 0)
    cached = mems.get(b'Cached:', 0) + mems.get(b'SReclaimable:', 0)
    shared = mems.get(b'Shmem:', mems.get(b'MemShared:', 0))
    active = mems.get(b'Active:', 0)
    inactive = mems.get(b'Inactive:')
    if inactive is None:
        try:
            inactive = mems[b'Inact_dirty:'] + mems[b'Inact_clean:'] + mems[b'Inact_laundry:']
        except KeyError:
            inactive = 0
    slab = mems.get(b'Slab:', 0)
    used = total - free - cached - buffers
    if used < 0:  # containers can report figures that do not add up
        used = total - free
    avail = mems.get(b'MemAvailable:')
    if avail is None:  # kernels before 3.14: free plus what the page cache could give back
        avail = free + cached + buffers
    if avail < 0:
        avail = 0
    if avail > total:
        avail = free
    percent = _usage_percent(total - avail, total, round_=1)
    global _TOTAL_PHYMEM
    _TOTAL_PHYMEM = total
    return svmem(total, avail, percent, used, free, active, inactive, buffers, cached, shared,
                 slab)


def swap_memory():
    """Return system swap memory statistics as a namedtuple
    (total, used, free, percent, sin, sout)."""
    mems = _meminfo()
    total = mems.get(b'SwapTotal:', 0)
    free = mems.get(b'SwapFree:', 0)
    used = total - free
    percent = _usage_percent(used, total, round_=1)
    sin = sout = 0
    try:
        vmstat = _read(PROCFS_PATH + "/vmstat")
    except OSError:
        vmstat = b''
    for line in vmstat.split(b'\n'):
        if line.startswith(b'pswpin '):
            sin = int(line.split(b' ')[1]) * 4 * 1024  # counted in 4 KiB pages
        elif line.startswith(b'pswpout '):
            sout = int(line.split(b' ')[1]) * 4 * 1024
    return sswap(total, used, free, percent, sin, sout)


_BOOT_TIME = None
_TOTAL_PHYMEM = None  # set by virtual_memory()


def boot_time():
    """Return the system boot time expressed in seconds since the epoch."""
    global _BOOT_TIME
    for line in _read(PROCFS_PATH + "/stat").split(b'\n'):
        if line.startswith(b'btime'):
            _BOOT_TIME = float(line.split()[1])
            return _BOOT_TIME
    raise RuntimeError("line 'btime' not found in %s/stat" % PROCFS_PATH)


def pids():
    """Returns a list of PIDs currently running on the system."""
    return sorted(int(x) for x in os.listdir(PROCFS_PATH) if x.isdigit())


def pid_exists(pid):
    """Return True if given PID exists in the current process list."""
    if pid < 0:
        return False
    if pid == 0:
        return True
    try:
        status = _read("%s/%d/status" % (PROCFS_PATH, pid))
    except (OSError, ValueError):
        return False
    for line in status.split(b'\n'):
        if line.startswith(b'Tgid:'):  # a thread id is not a process id
            return int(line.split()[1]) == pid
    return pid in pids()


def cpu_count(logical=True):
    """Return the number of logical CPUs in the system."""
    return os.cpu_count()


def _ppid_map():
    ret = {}
    for pid in pids():
        try:
            data = _read("%s/%d/stat" % (PROCFS_PATH, pid))
        except OSError:
            continue
        ret[pid] = int(data[data.rfind(b')') + 2:].split()[1])
    return ret


def _pprint_secs(secs):
    fmt = "%H:%M:%S" if int(time.time() - secs) < 60 * 60 * 24 else "%Y-%m-%d %H:%M:%S"
    return time.strftime(fmt, time.localtime(secs))


class _OneShot:
    # Process.oneshot(): psutil caches shared /proc reads inside it; here every call reads anew
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


# ---- Process ------------------------------------------------------------------------------------
class Process:
    """Represents an OS process with the given PID.
    If PID is omitted current process PID (os.getpid()) is used.
    Raise NoSuchProcess if PID does not exist.
    """

    def __init__(self, pid=None):
        if pid is None:
            pid = os.getpid()
        elif pid < 0:
            raise ValueError('pid must be a positive integer (got %s)' % pid)
        self._pid = pid
        self._name = None
        self._create_time = None
        self._ppid = None
        self._hash = None
        try:
            self.create_time()
        except AccessDenied:
            pass
        except NoSuchProcess:
            raise NoSuchProcess(pid, msg='process PID not found')
        self._ident = (self.pid, self._create_time)

    def __str__(self):
        info = {"pid": self.pid}
        if self._name:
            info['name'] = self._name
        try:
            info["name"] = self.name()
            info["status"] = self.status()
        except ZombieProcess:
            info["status"] = "zombie"
        except NoSuchProcess:
            info["status"] = "terminated"
        except AccessDenied:
            pass
        if self._create_time:
            info['started'] = _pprint_secs(self._create_time)
        return "%s.%s(%s)" % (self.__class__.__module__, self.__class__.__name__,
                              ", ".join("%s=%r" % kv for kv in info.items()))

    __repr__ = __str__

    def __eq__(self, other):
        if not isinstance(other, Process):
            return NotImplemented
        return self._ident == other._ident

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._ident)
        return self._hash

    @property
    def pid(self):
        """The process PID."""
        return self._pid

    def oneshot(self):
        """Utility context manager (psutil's caches the /proc reads it groups; this one
        reads anew each time)."""
        return _OneShot()

    def _proc_file(self, name):
        # the contents of /proc/PID/name, with psutil's exception translation
        try:
            return _read("%s/%s/%s" % (PROCFS_PATH, self._pid, name))
        except (FileNotFoundError, ProcessLookupError):
            if pid_exists(self._pid):
                raise ZombieProcess(self._pid, self._name, self._ppid)
            raise NoSuchProcess(self._pid, self._name)
        except PermissionError:
            raise AccessDenied(self._pid, self._name)

    def _stat_fields(self):
        data = self._proc_file("stat")
        rpar = data.rfind(b')')  # the name may hold spaces and parentheses
        return data[data.find(b'(') + 1:rpar], data[rpar + 2:].split()

    def ppid(self):
        """The process parent PID."""
        self._ppid = int(self._stat_fields()[1][1])
        return self._ppid

    def parent(self):
        """Return the parent process as a Process object pre-emptively
        checking whether PID has been reused.
        If no parent is known return None.
        """
        ppid = self.ppid()
        try:
            parent = Process(ppid)
        except NoSuchProcess:
            return None
        return parent if parent.create_time() <= self.create_time() else None

    def name(self):
        """The process name."""
        name = self._stat_fields()[0].decode('utf-8', 'replace')
        if len(name) >= 15:  # the kernel truncates comm: prefer the command line's
            try:
                cmdline = self.cmdline()
            except AccessDenied:
                cmdline = []
            if cmdline:
                extended = os.path.basename(cmdline[0])
                if extended.startswith(name):
                    name = extended
        self._name = name
        return name

    def status(self):
        """The process current status as a STATUS_* constant."""
        letter = self._stat_fields()[1][0].decode('ascii')
        return _STATUSES.get(letter, '?')

    def create_time(self):
        """The process creation time as a floating point number
        expressed in seconds since the epoch.
        """
        if self._create_time is None:
            ticks = float(self._stat_fields()[1][19])
            self._create_time = ticks / CLOCK_TICKS + (_BOOT_TIME or boot_time())
        return self._create_time

    def cmdline(self):
        """The command line this process has been called with."""
        data = self._proc_file("cmdline").decode('utf-8', 'surrogateescape')
        if not data:
            return []
        sep = '\x00' if data.endswith('\x00') else ' '
        if data.endswith(sep):
            data = data[:-1]
        cmdline = data.split(sep)
        if sep == '\x00' and len(cmdline) == 1 and ' ' in data:
            cmdline = data.split(' ')
        return cmdline

    def num_threads(self):
        """Return the number of threads used by this process."""
        return int(self._stat_fields()[1][17])

    def is_running(self):
        """Return whether this process is running.
        It also checks if PID has been reused by another process in
        which case return False.
        """
        try:
            return self == Process(self.pid)
        except ZombieProcess:
            return True
        except NoSuchProcess:
            return False

    def children(self, recursive=False):
        """Return the children of this process as a list of Process
        instances, pre-emptively checking whether PID has been reused.
        If *recursive* is True return all the parent descendants.
        """
        ppid_map = _ppid_map()
        ret = []
        if not recursive:
            candidates = [pid for pid, ppid in ppid_map.items() if ppid == self.pid]
        else:
            by_parent = {}
            for pid, ppid in ppid_map.items():
                by_parent.setdefault(ppid, []).append(pid)
            candidates = []
            seen = set()
            stack = [self.pid]
            while stack:
                pid = stack.pop()
                if pid in seen:
                    continue
                seen.add(pid)
                for child in by_parent.get(pid, ()):
                    candidates.append(child)
                    stack.append(child)
        for pid in candidates:
            try:
                child = Process(pid)
                if self.create_time() <= child.create_time():
                    ret.append(child)
            except NoSuchProcess:
                pass
        return ret

    def memory_info(self):
        """Return a namedtuple with variable fields depending on the
        platform, representing memory information about the process.

        The "portable" fields available on all platforms are `rss` and `vms`.

        All numbers are expressed in bytes.
        """
        # statm counts pages: size, resident, shared, text, lib, data, dirty
        vms, rss, shared, text, lib, data, dirty = [
            int(x) * PAGESIZE for x in self._proc_file("statm").split()[:7]]
        return pmem(rss, vms, shared, text, lib, data, dirty)

    def memory_full_info(self):
        """This method returns the same information as memory_info(),
        plus, on some platform (Linux, macOS, Windows), also provides
        additional metrics (USS, PSS and swap).
        """
        uss = pss = swap = 0
        for line in self._proc_file("smaps_rollup").split(b'\n'):
            if line.startswith(b"Private_"):  # Private_Clean, _Dirty, _Hugetlb
                uss += int(line.split()[1]) * 1024
            elif line.startswith(b"Pss:"):
                pss = int(line.split()[1]) * 1024
            elif line.startswith(b"Swap:"):
                swap = int(line.split()[1]) * 1024
        return pfullmem(*self.memory_info() + (uss, pss, swap))

    def memory_percent(self, memtype="rss"):
        """Compare process memory to total physical system memory and
        calculate process memory utilization as a percentage.
        *memtype* argument is a string that dictates what type of
        process memory you want to compare against (defaults to "rss").
        """
        valid_types = list(pfullmem._fields)
        if memtype not in valid_types:
            raise ValueError("invalid memtype %r; valid types are %r" % (
                memtype, tuple(valid_types)))
        fun = self.memory_info if memtype in pmem._fields else self.memory_full_info
        value = getattr(fun(), memtype)
        total_phymem = _TOTAL_PHYMEM or virtual_memory().total
        if not total_phymem > 0:
            raise ValueError(
                "can't calculate process memory percent because "
                "total physical system memory is not positive (%r)" % total_phymem)
        return (value / float(total_phymem)) * 100
