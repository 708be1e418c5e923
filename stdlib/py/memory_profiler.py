"""memory_profiler: line-by-line memory usage of Python functions, as the memory_profiler package
(0.61) reports it -- @profile prints its table when the function returns, memory_usage() samples
a process or a running function -- measured as that package measures it: the resident set size
read through psutil (or tracemalloc's traced size for backend='tracemalloc').

How it works, as the package does: @profile runs the function under sys.settrace; at each line
event of the function (and of functions and comprehensions defined inside it) the RSS is read
and charged to the line that just ran: its "Mem usage" is the largest RSS seen after it, its
"Increment" the sum of the RSS changes it caused, "Occurrences" how often it ran.

Differences from the package: memory_usage() samples a running function from a thread of the
interpreter instead of a child process, include_children is not supported for functions, there
is no 'posix' backend (ps), no IPython magics, no -m memory_profiler command line, no mprof.
"""
import os
import sys
import time
from functools import wraps

import psutil
import _rss_sampler

__version__ = '0.61.0'
_TWO_20 = float(2 ** 20)
_BACKENDS = ('psutil', 'psutil_pss', 'psutil_uss', 'tracemalloc')


def choose_backend(new_backend=None):
    """The backend to measure with: the one asked for when available, else psutil."""
    if new_backend in _BACKENDS:
        return new_backend
    return 'psutil'


def _get_memory(pid, backend, timestamps=False, include_children=False, filename=None):
    # one measurement in MiB (with time.time() when timestamps)
    if pid == -1:
        pid = os.getpid()
    if backend == 'tracemalloc':
        if filename is None or filename == '<unknown>':
            raise RuntimeError('There is no access to source file of the profiled function')
        import tracemalloc
        stats = tracemalloc.take_snapshot().statistics('filename')
        mem = next(s for s in stats if str(s).startswith(filename)).size / _TWO_20
    else:
        process = psutil.Process(pid)
        if backend == 'psutil':
            mem = process.memory_info()[0] / _TWO_20
        else:
            mem = getattr(process.memory_full_info(), backend[len('psutil_'):]) / _TWO_20
        if include_children:
            for child in process.children(recursive=True):
                mem += child.memory_info()[0] / _TWO_20
    if timestamps:
        return mem, time.time()
    return mem


def memory_usage(proc=-1, interval=.1, timeout=None, timestamps=False,
                 include_children=False, multiprocess=False, max_usage=False,
                 retval=False, stream=None, backend=None, max_iterations=None):
    """
    Return the memory usage of a process or piece of code

    Parameters
    ----------
    proc : {int, tuple}, optional
        The process to monitor: a PID (-1, the default, is the current process), or a function
        to run, given as a callable or a tuple (f, args, kw) to run f(*args, **kw).

    interval : float, optional
        Interval at which measurements are collected.

    timeout : float, optional
        Maximum amount of time (in seconds) to wait before returning.

    max_usage : bool, optional
        Only return the maximum memory usage (default False)

    retval : bool, optional
        For profiling python functions. Save the return value of the profiled
        function. Return value of memory_usage becomes a tuple:
        (mem_usage, retval)

    timestamps : bool, optional
        if True, timestamps of memory usage measurement are collected as well.

    Returns
    -------
    mem_usage : list of floating-point values
        memory usage, in MiB.
    """
    backend = choose_backend(backend)
    if stream is not None:
        timestamps = True
    ret = -1 if max_usage else []
    if timeout is not None:
        max_iter = int(round(timeout / interval))
    elif isinstance(proc, int):
        max_iter = 1
    else:
        max_iter = float('inf')
        if max_iterations is not None:
            max_iter = max_iterations

    if callable(proc):
        proc = (proc, (), {})
    if isinstance(proc, (list, tuple)):
        if len(proc) == 1:
            f, args, kw = (proc[0], (), {})
        elif len(proc) == 2:
            f, args, kw = (proc[0], proc[1], {})
        elif len(proc) == 3:
            f, args, kw = (proc[0], proc[1], proc[2])
        else:
            raise ValueError
        current_iter = 0
        while True:
            current_iter += 1
            # the package's MemTimer: a baseline, then a sample every interval while f runs,
            # then one more; a run with too few samples is repeated with a tenth of the interval
            _rss_sampler.start(os.getpid(), interval, timestamps)
            try:
                returned = f(*args, **kw)
            finally:
                samples = _rss_sampler.stop()
            n_measurements = len(samples)
            ret = max(samples) if max_usage else samples
            if retval:
                ret = ret, returned
            if n_measurements > 4 or current_iter == max_iter or interval < 1e-6:
                break
            interval /= 10.
    else:
        if max_iter == -1:
            max_iter = 1
        counter = 0
        while counter < max_iter:
            counter += 1
            mem = _get_memory(proc, backend, timestamps=timestamps,
                              include_children=include_children)
            if max_usage:
                ret = max([ret, mem])
            elif stream is not None:
                stream.write("MEM {0:.6f} {1:.4f}\n".format(*mem))
            else:
                ret.append(mem)
            time.sleep(interval)
            if counter % 50 == 0 and stream is not None:
                stream.flush()
    if stream:
        return None
    return ret


# ---- line-by-line profiling -------------------------------------------------------------------
def _logical_line_ends(lines):
    # For each physical line: (is_code, ends_statement), following brackets, strings and
    # backslashes as the tokenizer does -- a blank or comment-only line is not code, and a
    # statement ends on the line where no bracket, string or continuation is open.
    result = []
    depth = 0
    quote = None  # the open triple-quoted string's delimiter
    for line in lines:
        i = 0
        n = len(line)
        code = quote is not None or depth > 0
        continued = False
        while i < n:
            ch = line[i]
            if quote is not None:
                if ch == '\\':
                    i += 2
                    continue
                if line.startswith(quote, i):
                    i += len(quote)
                    quote = None
                    continue
                i += 1
                continue
            if ch == '#':
                break
            if ch in ' \t\f\r\n':
                i += 1
                continue
            code = True
            if ch == '\\' and line[i + 1:].strip() == '':
                continued = True
                break
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth = max(depth - 1, 0)
            elif ch in '\'"':
                if line.startswith(ch * 3, i):
                    quote = ch * 3
                    i += 3
                    continue
                j = i + 1
                while j < n and line[j] != ch:
                    j += 2 if line[j] == '\\' else 1
                i = j + 1
                continue
            i += 1
        result.append((code, code and not continued and depth == 0 and quote is None))
    return result


def _indent(line):
    return len(line) - len(line.lstrip(' \t'))


def _block_length(lines, start):
    """The number of lines inspect.getsourcelines() gives for the def (or class) whose
    decorators start at line `start` (1-based) of `lines`: through the last statement of its
    body, or a comment indented like the body, but not the blank lines after it."""
    marks = _logical_line_ends(lines)
    k = start - 1
    # decorators, then the header up to the end of its statement
    while k < len(lines) and lines[k].lstrip().startswith('@'):
        while k < len(lines) and not marks[k][1]:
            k += 1
        k += 1
    header = k
    while k < len(lines) and not marks[k][1]:
        k += 1
    last = k
    head_text = lines[header].split('#')[0].rstrip() if header < len(lines) else ''
    if not head_text.endswith(':') and ':' in head_text and k == header:
        return last - start + 2  # a one-line def: "def f(): return 1"
    base = _indent(lines[header]) if header < len(lines) else 0
    body_col = None
    k += 1
    while k < len(lines):
        code, _ = marks[k]
        text = lines[k].strip()
        if not code:
            if text.startswith('#') and body_col is not None and _indent(lines[k]) >= body_col:
                last = k
            k += 1
            continue
        col = _indent(lines[k])
        if col <= base:
            break
        if body_col is None:
            body_col = col
        while k < len(lines) and not marks[k][1]:
            k += 1
        last = k
        k += 1
    return last - start + 2


def _code_consts(code):
    return [c for c in code.co_consts if type(c) is type(code)]


class CodeMap(dict):
    """Measurements per code object: {lineno: (increment, max memory, occurrences)}; the codes
    of nested functions and comprehensions share their top-level function's table."""

    def __init__(self, include_children, backend):
        self.include_children = include_children
        self._toplevel = []
        self.backend = backend

    def add(self, code, toplevel_code=None):
        if code in self:
            return
        if toplevel_code is None:
            filename = code.co_filename
            if filename.endswith((".pyc", ".pyo")):
                filename = filename[:-1]
            if not os.path.exists(filename):
                print('ERROR: Could not find file ' + filename)
                return
            import linecache
            all_lines = linecache.getlines(filename)
            first = code.co_firstlineno
            count = _block_length(all_lines, first)
            self._toplevel.append((filename, code, range(first, first + count)))
            self[code] = {}
        else:
            self[code] = self[toplevel_code]
        for sub in _code_consts(code):
            self.add(sub, toplevel_code=toplevel_code or code)

    def trace(self, code, lineno, prev_lineno):
        memory = _get_memory(-1, self.backend, include_children=self.include_children,
                             filename=code.co_filename)
        table = self[code]
        previous = table.get(lineno)
        previous_memory = previous[1] if previous else 0
        previous_inc = previous[0] if previous else 0
        prev_line_value = table.get(prev_lineno) if prev_lineno else None
        prev_line_memory = prev_line_value[1] if prev_line_value else 0
        occurrences = previous[2] + 1 if previous else 1
        table[lineno] = (previous_inc + (memory - prev_line_memory),
                         max(memory, previous_memory), occurrences)

    def items(self):
        """Iterate on the toplevel code blocks."""
        for (filename, code, linenos) in self._toplevel:
            measures = self[code]
            if not measures:
                continue
            yield filename, ((line, measures.get(line)) for line in linenos)


class LineProfiler(object):
    """ A profiler that records the amount of memory for each line """

    def __init__(self, **kw):
        include_children = kw.get('include_children', False)
        backend = kw.get('backend', 'psutil')
        self.code_map = CodeMap(include_children=include_children, backend=backend)
        self.enable_count = 0
        self.max_mem = kw.get('max_mem', None)
        self.prevlines = []
        self.backend = choose_backend(kw.get('backend', None))
        self.prev_lineno = None
        self._original_trace_function = None

    def __call__(self, func=None, precision=1):
        if func is not None:
            self.add_function(func)
            f = self.wrap_function(func)
            f.__module__ = func.__module__
            f.__name__ = func.__name__
            f.__doc__ = func.__doc__
            f.__dict__.update(getattr(func, '__dict__', {}))
            return f

        def inner_partial(f):
            return self.__call__(f, precision=precision)
        return inner_partial

    def add_function(self, func):
        """ Record line profiling information for the given Python function.
        """
        self.code_map.add(func.__code__)

    def wrap_function(self, func):
        """ Wrap a function to profile it.
        """
        def f(*args, **kwds):
            self.enable_by_count()
            try:
                return func(*args, **kwds)
            finally:
                self.disable_by_count()
        return f

    def runctx(self, cmd, globals, locals):
        """ Profile a single executable statement in the given namespaces.
        """
        self.enable_by_count()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable_by_count()
        return self

    def enable_by_count(self):
        """ Enable the profiler if it hasn't been enabled before.
        """
        if self.enable_count == 0:
            self.enable()
        self.enable_count += 1

    def disable_by_count(self):
        """ Disable the profiler if the number of disable requests matches the
        number of enable requests.
        """
        if self.enable_count > 0:
            self.enable_count -= 1
            if self.enable_count == 0:
                self.disable()

    def trace_memory_usage(self, frame, event, arg):
        """Callback for sys.settrace"""
        if frame.f_code in self.code_map:
            if event == 'call':
                # remember where the frame starts; its first line event measures it
                self.prevlines.append(frame.f_lineno)
            elif event == 'line':
                self.code_map.trace(frame.f_code, self.prevlines[-1], self.prev_lineno)
                self.prev_lineno = self.prevlines[-1]
                self.prevlines[-1] = frame.f_lineno
            elif event == 'return':
                lineno = self.prevlines.pop()
                self.code_map.trace(frame.f_code, lineno, self.prev_lineno)
                self.prev_lineno = lineno
        if self._original_trace_function is not None:
            self._original_trace_function(frame, event, arg)
        return self.trace_memory_usage

    def __enter__(self):
        self.enable_by_count()

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.disable_by_count()

    def enable(self):
        self._original_trace_function = sys.gettrace()
        sys.settrace(self.trace_memory_usage)

    def disable(self):
        sys.settrace(self._original_trace_function)


def show_results(prof, stream=None, precision=1):
    """Write the table of each profiled function: every line from its first decorator to its
    last statement, with the memory measured after it ran."""
    if stream is None:
        stream = sys.stdout
    template = '{0:>6} {1:>12} {2:>12}  {3:>10}   {4:<}'
    for (filename, lines) in prof.code_map.items():
        header = template.format('Line #', 'Mem usage', 'Increment', 'Occurrences',
                                 'Line Contents')
        stream.write(u'Filename: ' + filename + '\n\n')
        stream.write(header + u'\n')
        stream.write(u'=' * len(header) + '\n')
        import linecache
        all_lines = linecache.getlines(filename)
        float_format = u'{0}.{1}f'.format(precision + 4, precision)
        template_mem = u'{0:' + float_format + '} MiB'
        for (lineno, mem) in lines:
            if mem:
                total_mem = template_mem.format(mem[1])
                inc = template_mem.format(mem[0])
                occurrences = mem[2]
            else:
                total_mem = inc = occurrences = u''
            stream.write(template.format(lineno, total_mem, inc, occurrences,
                                         all_lines[lineno - 1]))
        stream.write(u'\n\n')


def profile(func=None, stream=None, precision=1, backend='psutil'):
    """
    Decorator that will run the function and print a line-by-line profile
    """
    backend = choose_backend(backend)
    if backend == 'tracemalloc':
        import tracemalloc
        if not tracemalloc.is_tracing():
            tracemalloc.start()
    if func is None:
        def inner_wrapper(f):
            return profile(f, stream=stream, precision=precision, backend=backend)
        return inner_wrapper

    @wraps(wrapped=func)
    def wrapper(*args, **kwargs):
        prof = LineProfiler(backend=backend)
        val = prof(func)(*args, **kwargs)
        show_results(prof, stream=stream, precision=precision)
        return val
    return wrapper
