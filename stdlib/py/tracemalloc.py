"""Trace memory allocations: which file and line allocated how many bytes.

mempy's tracemalloc, written for mempy after the public API of CPython 3.11's (the same names,
str()/repr() formats, sort orders and error messages). The tables and the hook on the allocator
are C++ (module _tracemalloc, memory/tracer.cpp); this module shapes them into snapshots and
statistics. Snapshot.dump() writes a pickle (protocol 5) that CPython's tracemalloc can load, and
Snapshot.load() reads CPython's.
"""

import fnmatch
import linecache
import pickle

from _tracemalloc import *
from _tracemalloc import _get_object_traceback, _get_traces

_UNITS = ('B', 'KiB', 'MiB', 'GiB', 'TiB')


def _format_size(size, sign):
    # below 100 a unit above bytes gets one decimal ("45.3 KiB"); up to 10 * 1024 none
    # ("8056 B", "941 KiB"); beyond that the next unit. TiB takes whatever is left.
    for unit in _UNITS:
        if unit != 'B' and abs(size) < 100:
            return ('%+.1f %s' if sign else '%.1f %s') % (size, unit)
        if unit == 'TiB' or abs(size) < 10 * 1024:
            return ('%+.0f %s' if sign else '%.0f %s') % (size, unit)
        size /= 1024


def _average_suffix(size, count):
    if not count:
        return ''
    return ', average=%s' % _format_size(size / count, False)


class Statistic:
    """The blocks of one traceback group: their total size and count."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def _fields(self):
        return (self.traceback, self.size, self.count)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return self._fields() == other._fields()

    def __str__(self):
        return ('%s: size=%s, count=%i' % (self.traceback, _format_size(self.size, False),
                                           self.count)
                + _average_suffix(self.size, self.count))

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % self._fields()

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """A traceback group in a new snapshot, with its change since an old one."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _fields(self):
        return (self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return self._fields() == other._fields()

    def __str__(self):
        return ('%s: size=%s (%s), count=%i (%+i)'
                % (self.traceback, _format_size(self.size, False),
                   _format_size(self.size_diff, True), self.count, self.count_diff)
                + _average_suffix(self.size, self.count))

    def __repr__(self):
        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % self._fields()

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count,
                self.traceback)


def _compare_grouped_stats(old_group, new_group):
    diffs = []
    for traceback, stat in new_group.items():
        before = old_group.pop(traceback, None)
        if before is None:
            diffs.append(StatisticDiff(traceback, stat.size, stat.size, stat.count, stat.count))
        else:
            diffs.append(StatisticDiff(traceback, stat.size, stat.size - before.size,
                                       stat.count, stat.count - before.count))
    for traceback, stat in old_group.items():  # groups that are gone
        diffs.append(StatisticDiff(traceback, 0, -stat.size, 0, -stat.count))
    return diffs


class _Ordered:
    """<=, > and >= from the class's < and ==, as functools.total_ordering derives them."""

    __slots__ = ()

    def __le__(self, other):
        less = self.__lt__(other)
        if less is NotImplemented:
            return less
        return less or self == other

    def __gt__(self, other):
        less = self.__lt__(other)
        if less is NotImplemented:
            return less
        return not less and self != other

    def __ge__(self, other):
        less = self.__lt__(other)
        if less is NotImplemented:
            return less
        return not less


class Frame(_Ordered):
    """One frame of a traceback: (filename, lineno)."""

    __slots__ = ('_frame',)

    def __init__(self, frame):
        self._frame = frame  # (filename, lineno)

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return '%s:%s' % (self._frame[0], self._frame[1])

    def __repr__(self):
        return '<Frame filename=%r lineno=%r>' % (self._frame[0], self._frame[1])


class Traceback(_Ordered):
    """The frames of an allocation, oldest first (a sequence of Frame)."""

    __slots__ = ('_frames', '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        # _tracemalloc gives the most recent frame first; the Python API shows the oldest first
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple([Frame(frame) for frame in self._frames[index]])
        return Frame(self._frames[index])

    def __iter__(self):
        for frame in self._frames:
            yield Frame(frame)

    def __reversed__(self):
        for frame in reversed(self._frames):
            yield Frame(frame)

    def __contains__(self, frame):
        return frame._frame in self._frames

    def index(self, value, start=0, stop=None):
        # collections.abc.Sequence.index
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = '<Traceback %s' % (tuple(self),)
        if self._total_nframe is not None:
            text += ' total_nframe=%s' % (self._total_nframe,)
        return text + '>'

    def format(self, limit=None, most_recent_first=False):
        """Lines like a Python traceback: '  File "f.py", line 3', then the source line."""
        frames = self
        if limit is not None:
            # a positive limit keeps the newest frames, a negative one the oldest
            frames = self[-limit:] if limit > 0 else self[:limit]
        if most_recent_first:
            frames = reversed(frames)
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            source = linecache.getline(frame.filename, frame.lineno).strip()
            if source:
                lines.append('    %s' % source)
        return lines


def get_object_traceback(obj):
    """The Traceback where obj was allocated, or None (not tracing, or not traced)."""
    frames = _get_object_traceback(obj)
    if frames is None:
        return None
    return Traceback(frames)


class Trace:
    """One traced block: its domain, size and traceback."""

    __slots__ = ('_trace',)

    def __init__(self, trace):
        self._trace = trace  # (domain, size, frames, total_nframe)

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return '%s: %s' % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return '<Trace domain=%s size=%s, traceback=%r>' % (
            self.domain, _format_size(self.size, False), self.traceback)


class _Traces:
    """Snapshot.traces: a sequence of Trace over the raw trace tuples."""

    def __init__(self, traces):
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple([Trace(trace) for trace in self._traces[index]])
        return Trace(self._traces[index])

    def __iter__(self):
        for trace in self._traces:
            yield Trace(trace)

    def __reversed__(self):
        for trace in reversed(self._traces):
            yield Trace(trace)

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    def __repr__(self):
        return '<Traces len=%s>' % len(self)


def _normalize_filename(filename):
    # os.path.normcase (the identity on POSIX); a compiled file stands for its source
    filename = fnmatch._normcase(filename)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    return filename


def _is_iterable(obj):
    # collections.abc.Iterable's test: __iter__ defined (and not None) somewhere in the MRO
    for klass in type(obj).__mro__:
        if '__iter__' in klass.__dict__:
            return klass.__dict__['__iter__'] is not None
    return False


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keeps (inclusive) or drops traces whose frame matches a filename pattern (fnmatch),
    optionally a line number and a domain; all_frames looks at every frame, not only the
    most recent one."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False,
                 domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _match_frame_impl(self, filename, lineno):
        if not fnmatch.fnmatch(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) ^ (not self.inclusive)

    def _match_traceback(self, traceback):
        if not self.all_frames:
            filename, lineno = traceback[0]
            return self._match_frame(filename, lineno)
        for filename, lineno in traceback:
            if self._match_frame_impl(filename, lineno):
                return self.inclusive
        return not self.inclusive

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        matched = self._match_traceback(traceback)
        if self.domain is None:
            return matched
        if self.inclusive:
            return matched and domain == self.domain
        return matched or domain != self.domain


class DomainFilter(BaseFilter):
    """Keeps (inclusive) or drops the traces of one address-space domain."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        return (domain == self.domain) ^ (not self.inclusive)


class Snapshot:
    """The traces alive at one moment, and the traceback limit they were taken with."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Write the snapshot to a file (a pickle)."""
        with open(filename, 'wb') as fp:
            pickle.dump(self, fp, pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def load(filename):
        """Read a snapshot written by dump()."""
        with open(filename, 'rb') as fp:
            return pickle.load(fp)

    def _filter_trace(self, include_filters, exclude_filters, trace):
        if include_filters and not any(f._match(trace) for f in include_filters):
            return False
        if exclude_filters and any(not f._match(trace) for f in exclude_filters):
            return False
        return True

    def filter_traces(self, filters):
        """A new Snapshot with the traces that pass the filters: at least one inclusive
        filter (if any) and every exclusive one. No filters: a copy."""
        if not _is_iterable(filters):
            raise TypeError('filters must be a list of filters, not %s'
                            % type(filters).__name__)
        if not filters:
            return Snapshot(self.traces._traces.copy(), self.traceback_limit)
        include_filters = []
        exclude_filters = []
        for trace_filter in filters:
            if trace_filter.inclusive:
                include_filters.append(trace_filter)
            else:
                exclude_filters.append(trace_filter)
        kept = [trace for trace in self.traces._traces
                if self._filter_trace(include_filters, exclude_filters, trace)]
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError('unknown key_type: %r' % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError('cumulative mode cannot by used with key type %r' % key_type)
        stats = {}
        keys = {}  # raw frames (or one frame, cumulative) -> its Traceback key

        def account(raw, make_frames, size):
            key = keys.get(raw)
            if key is None:
                key = keys[raw] = Traceback(make_frames(raw))
            stat = stats.get(key)
            if stat is None:
                stats[key] = Statistic(key, size, 1)
            else:
                stat.size += size
                stat.count += 1

        if cumulative:
            if key_type == 'lineno':
                make_frames = lambda frame: (frame,)
            else:
                make_frames = lambda frame: ((frame[0], 0),)
            for domain, size, frames, total_nframe in self.traces._traces:
                for frame in frames:  # every frame of the stack gets the block's size
                    account(frame, make_frames, size)
        else:
            if key_type == 'traceback':
                make_frames = lambda frames: frames
            elif key_type == 'lineno':
                make_frames = lambda frames: frames[:1]
            else:
                make_frames = lambda frames: ((frames[0][0], 0),)
            for domain, size, frames, total_nframe in self.traces._traces:
                account(frames, make_frames, size)
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistic per group ('filename', 'lineno' or 'traceback'), largest first."""
        result = list(self._group_by(key_type, cumulative).values())
        result.sort(reverse=True, key=Statistic._sort_key)
        return result

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff per group against an older snapshot, largest change first."""
        new_group = self._group_by(key_type, cumulative)
        old_group = old_snapshot._group_by(key_type, cumulative)
        result = _compare_grouped_stats(old_group, new_group)
        result.sort(reverse=True, key=StatisticDiff._sort_key)
        return result


def take_snapshot():
    """A Snapshot of the traces alive now."""
    if not is_tracing():
        raise RuntimeError('the tracemalloc module must be tracing memory allocations '
                           'to take a snapshot')
    traces = _get_traces()
    traceback_limit = get_traceback_limit()
    return Snapshot(traces, traceback_limit)
