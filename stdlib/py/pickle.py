"""Serialize objects to bytes and back, in CPython's pickle format.

A subset of CPython 3.11's pickle written for mempy, enough for tracemalloc snapshots and plain
data: None, bool, int, float, str, bytes, bytearray, tuple, list, dict, set, frozenset, classes
and functions by reference (module + qualified name), and instances of Python classes through
CPython's default protocol-2 reduction (copyreg.__newobj__ plus their __dict__ and slots as
state, or __getstate__/__setstate__ when defined; __reduce__/__reduce_ex__ overrides are not
consulted). Writing uses the binary protocols 2 to 5 with protocol-4 framing; reading accepts what
CPython writes for those types with any protocol 0 to 5. Shared and recursive objects are
memoized both ways, so object identity survives a round trip. Data written here loads in CPython
and the other way round.
"""

import sys

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# opcodes
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
PROTO = b'\x80'
NEWOBJ = b'\x81'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'

_BATCHSIZE = 1000
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_SIZE_MIN = 4


def _uint(n, size):
    return n.to_bytes(size, 'little')


def _float_bits(x):
    # the IEEE 754 binary64 bits of x, from float.hex() (mempy has no struct module)
    if x != x:
        return 0x7ff8000000000000
    sign = 0
    if x < 0 or (x == 0 and str(x).startswith('-')):
        sign = 1
        x = -x
    if x == float('inf'):
        return (sign << 63) | 0x7ff0000000000000
    if x == 0:
        return sign << 63
    text = x.hex()  # 0x1.<13 hex digits>p<exp> or 0x0.<...>p-1022
    mantissa, _, exponent = text[2:].partition('p')
    lead, _, fraction = mantissa.partition('.')
    fraction = int((fraction + '0' * 13)[:13], 16)
    exponent = int(exponent)
    biased = 0 if lead == '0' else exponent + 1023
    return (sign << 63) | (biased << 52) | fraction


def _float_from_bits(bits):
    sign = '-' if bits >> 63 else ''
    biased = (bits >> 52) & 0x7ff
    fraction = bits & ((1 << 52) - 1)
    if biased == 0x7ff:
        return float('nan') if fraction else float(sign + 'inf')
    if biased == 0:
        return float.fromhex('%s0x0.%013xp-1022' % (sign, fraction))
    return float.fromhex('%s0x1.%013xp%d' % (sign, fraction, biased - 1023))


def _encode_long(n):
    # two's complement, little-endian, as few bytes as keep the sign
    if n == 0:
        return b''
    nbytes = (n.bit_length() >> 3) + 1
    data = n.to_bytes(nbytes, 'little', signed=True)
    if n < 0 and nbytes > 1 and data[-1] == 0xff and (data[-2] & 0x80):
        data = data[:-1]
    return data


def _getattribute(obj, qualname):
    for part in qualname.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute %r on %r" % (qualname, obj))
        obj = getattr(obj, part)
    return obj


def _newobj(cls, *args):
    # copyreg.__newobj__
    return cls.__new__(cls, *args)


def _reconstructor(cls, base, state):
    # copyreg._reconstructor: how protocols 0 and 1 rebuild instances
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_COPYREG = {'__newobj__': _newobj, '_reconstructor': _reconstructor}


class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if protocol < 2:
            raise ValueError("pickle protocol %d is not supported by mempy (use 2 or later)"
                             % protocol)
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = protocol
        self.memo = {}  # id(obj) -> (index, obj)
        self._frame = None

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        self.write(PROTO + _uint(self.proto, 1))
        if self.proto >= 4:
            self._frame = []
            self._frame_size = 0
        self.save(obj)
        self.write(STOP)
        self._commit_frame()
        self._frame = None

    # ---- output, in protocol-4 frames of about 64 KiB
    def write(self, data):
        if self._frame is None:
            self._file_write(data)
        else:
            self._frame.append(data)
            self._frame_size += len(data)

    def _commit_frame(self):
        if not self._frame:
            return
        data = b''.join(self._frame)
        self._frame = []
        self._frame_size = 0
        if len(data) >= _FRAME_SIZE_MIN:
            self._file_write(FRAME + _uint(len(data), 8))
        self._file_write(data)

    def _end_item(self):
        if self._frame is not None and self._frame_size >= _FRAME_SIZE_TARGET:
            self._commit_frame()

    # ---- the memo
    def memoize(self, obj):
        index = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif index < 256:
            self.write(BINPUT + _uint(index, 1))
        else:
            self.write(LONG_BINPUT + _uint(index, 4))
        self.memo[id(obj)] = (index, obj)

    def _get(self, index):
        if index < 256:
            return BINGET + _uint(index, 1)
        return LONG_BINGET + _uint(index, 4)

    # ---- saving
    def save(self, obj):
        self._end_item()
        if obj is None:
            self.write(NONE)
            return
        t = type(obj)
        if t is bool:
            self.write(NEWTRUE if obj else NEWFALSE)
            return
        if t is int:
            self.save_int(obj)
            return
        if t is float:
            self.write(BINFLOAT + _float_bits(obj).to_bytes(8, 'big'))
            return
        entry = self.memo.get(id(obj))
        if entry is not None:
            self.write(self._get(entry[0]))
            return
        if t is str:
            self.save_str(obj)
        elif t is bytes:
            self.save_bytes(obj)
        elif t is bytearray:
            self.save_bytearray(obj)
        elif t is tuple:
            self.save_tuple(obj)
        elif t is list:
            self.write(EMPTY_LIST)
            self.memoize(obj)
            self._batch(obj, APPEND, APPENDS)
        elif t is dict:
            self.write(EMPTY_DICT)
            self.memoize(obj)
            self._batch_pairs(obj)
        elif t is set:
            self.save_set(obj)
        elif t is frozenset:
            self.save_frozenset(obj)
        elif isinstance(obj, type) or t.__name__ in ('function', 'builtin_function_or_method'):
            self.save_global(obj)
        else:
            self.save_instance(obj)

    def save_int(self, n):
        if 0 <= n < 256:
            self.write(BININT1 + _uint(n, 1))
        elif 0 <= n < 65536:
            self.write(BININT2 + _uint(n, 2))
        elif -0x80000000 <= n <= 0x7fffffff:
            self.write(BININT + n.to_bytes(4, 'little', signed=True))
        else:
            data = _encode_long(n)
            if len(data) < 256:
                self.write(LONG1 + _uint(len(data), 1) + data)
            else:
                self.write(LONG4 + len(data).to_bytes(4, 'little', signed=True) + data)

    def save_str(self, s):
        data = s.encode('utf-8', 'surrogatepass')
        n = len(data)
        if n < 256 and self.proto >= 4:
            self.write(SHORT_BINUNICODE + _uint(n, 1) + data)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINUNICODE8 + _uint(n, 8) + data)
        else:
            self.write(BINUNICODE + _uint(n, 4) + data)
        self.memoize(s)

    def save_bytes(self, b):
        if self.proto < 3:
            # protocol 2 has no bytes opcode: _codecs.encode(text, 'latin1'), as CPython
            self._save_global_name('_codecs', 'encode')
            if b:
                self.save(b.decode('latin-1'))
                self.save('latin1')
                self.write(TUPLE2)
            else:
                self.write(EMPTY_TUPLE)
            self.write(REDUCE)
            self.memoize(b)
            return
        n = len(b)
        if n < 256:
            self.write(SHORT_BINBYTES + _uint(n, 1) + b)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINBYTES8 + _uint(n, 8) + b)
        else:
            self.write(BINBYTES + _uint(n, 4) + b)
        self.memoize(b)

    def save_bytearray(self, b):
        if self.proto >= 5:
            self.write(BYTEARRAY8 + _uint(len(b), 8) + bytes(b))
            self.memoize(b)
            return
        self._save_global_name('builtins', 'bytearray')
        self.save(bytes(b))
        self.write(TUPLE1 + REDUCE)
        self.memoize(b)

    def save_tuple(self, t):
        if not t:
            self.write(EMPTY_TUPLE)
            return
        n = len(t)
        if n > 3:
            self.write(MARK)
        for item in t:
            self.save(item)
        entry = self.memo.get(id(t))
        if entry is not None:
            # the tuple was reached through one of its items: drop what was pushed, reuse it
            if n > 3:
                self.write(POP_MARK + self._get(entry[0]))
            else:
                self.write(POP * n + self._get(entry[0]))
            return
        self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1] if n <= 3 else TUPLE)
        self.memoize(t)

    def _batch(self, items, one, many):
        batch = []
        for item in items:
            batch.append(item)
            if len(batch) == _BATCHSIZE:
                self._write_batch(batch, one, many)
                batch = []
        if batch:
            self._write_batch(batch, one, many)

    def _write_batch(self, batch, one, many):
        if len(batch) == 1:
            self.save(batch[0])
            self.write(one)
            return
        self.write(MARK)
        for item in batch:
            self.save(item)
        self.write(many)

    def _batch_pairs(self, d):
        batch = []
        for pair in d.items():
            batch.append(pair)
            if len(batch) == _BATCHSIZE:
                self._write_pairs(batch)
                batch = []
        if batch:
            self._write_pairs(batch)

    def _write_pairs(self, batch):
        if len(batch) == 1:
            self.save(batch[0][0])
            self.save(batch[0][1])
            self.write(SETITEM)
            return
        self.write(MARK)
        for k, v in batch:
            self.save(k)
            self.save(v)
        self.write(SETITEMS)

    def save_set(self, s):
        if self.proto < 4:
            self._save_global_name('builtins', 'set')
            self.save(list(s))
            self.write(TUPLE1 + REDUCE)
            self.memoize(s)
            return
        self.write(EMPTY_SET)
        self.memoize(s)
        items = list(s)
        for start in range(0, len(items), _BATCHSIZE):
            self.write(MARK)
            for item in items[start:start + _BATCHSIZE]:
                self.save(item)
            self.write(ADDITEMS)

    def save_frozenset(self, s):
        if self.proto < 4:
            self._save_global_name('builtins', 'frozenset')
            self.save(list(s))
            self.write(TUPLE1 + REDUCE)
            self.memoize(s)
            return
        self.write(MARK)
        for item in s:
            self.save(item)
        self.write(FROZENSET)
        self.memoize(s)

    def _save_global_name(self, module, name):
        if self.proto >= 4:
            self.save(module)
            self.save(name)
            self.write(STACK_GLOBAL)
        else:
            self.write(GLOBAL + module.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')

    def save_global(self, obj):
        name = getattr(obj, '__qualname__', None) or obj.__name__
        module = getattr(obj, '__module__', None) or '__main__'
        try:
            found = _getattribute(sys.modules[module], name)
        except (KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" % (obj, module, name))
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module, name))
        self._save_global_name(module, name)
        self.memoize(obj)

    def save_instance(self, obj):
        cls = type(obj)
        if cls.__module__ == 'builtins':
            raise TypeError("cannot pickle '%s' object" % cls.__name__)
        if hasattr(obj, '__getnewargs_ex__') or hasattr(obj, '__getnewargs__'):
            raise PicklingError("mempy's pickle does not support __getnewargs__ (%s)"
                                % cls.__qualname__)
        getstate = getattr(obj, '__getstate__', None)
        state = getstate() if getstate is not None else _default_state(obj)
        self.save(cls)
        self.write(EMPTY_TUPLE + NEWOBJ)
        self.memoize(obj)
        if state is not None:
            self.save(state)
            self.write(BUILD)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = klass.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _default_state(obj):
    # object.__getstate__: the instance dict (None when empty), and the set slots beside it
    d = getattr(obj, '__dict__', None)
    state = d if d else None
    slots = {}
    for name in _slot_names(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


class _BytesReader:
    def __init__(self, data):
        self._data = bytes(data)
        self._pos = 0

    def read(self, n):
        chunk = self._data[self._pos:self._pos + n]
        self._pos += len(chunk)
        return chunk

    def readline(self):
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        chunk = self._data[self._pos:end]
        self._pos = end
        return chunk


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict',
                 buffers=None):
        self._file_read = file.read
        self._file_readline = file.readline
        self._frame = b''
        self._frame_pos = 0
        self.memo = {}

    def _read(self, n):
        if self._frame_pos < len(self._frame):
            data = self._frame[self._frame_pos:self._frame_pos + n]
            self._frame_pos += len(data)
            if len(data) != n:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        data = self._file_read(n)
        if len(data) != n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        if self._frame_pos < len(self._frame):
            end = self._frame.find(b'\n', self._frame_pos)
            if end < 0:
                raise UnpicklingError("pickle exhausted before end of frame")
            data = self._frame[self._frame_pos:end + 1]
            self._frame_pos = end + 1
            return data
        return self._file_readline()

    def find_class(self, module, name):
        if module in ('copyreg', 'copy_reg') and name in _COPYREG:
            return _COPYREG[name]
        if module == '__builtin__':
            module = 'builtins'
        if module == '_codecs' and name == 'encode':
            return lambda text='', encoding='utf-8': text.encode(encoding)
        __import__(module)
        return _getattribute(sys.modules[module], name)

    def load(self):
        self.stack = []
        self.metastack = []
        dispatch = _DISPATCH
        while True:
            if self._frame_pos < len(self._frame):
                key = self._read(1)
            else:
                key = self._file_read(1)
                if not key:
                    raise EOFError("Ran out of input")
            handler = dispatch.get(key)
            if handler is None:
                raise UnpicklingError("invalid load key, %r." % key.decode('latin-1'))
            try:
                handler(self)
            except _Stop as stop:
                return stop.value

    def _pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        return items


def _op(code):
    def register(fn):
        _DISPATCH[code] = fn
        return fn
    return register


_DISPATCH = {}


@_op(PROTO)
def _load_proto(u):
    proto = u._read(1)[0]
    if proto > HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % proto)


@_op(FRAME)
def _load_frame(u):
    size = int.from_bytes(u._read(8), 'little')
    u._frame = u._file_read(size)
    u._frame_pos = 0
    if len(u._frame) != size:
        raise UnpicklingError("pickle data was truncated")


@_op(STOP)
def _load_stop(u):
    raise _Stop(u.stack.pop())


@_op(MARK)
def _load_mark(u):
    u.metastack.append(u.stack)
    u.stack = []


@_op(POP)
def _load_pop(u):
    if u.stack:
        u.stack.pop()
    else:
        u._pop_mark()


@_op(POP_MARK)
def _load_pop_mark(u):
    u._pop_mark()


@_op(DUP)
def _load_dup(u):
    u.stack.append(u.stack[-1])


@_op(NONE)
def _load_none(u):
    u.stack.append(None)


@_op(NEWTRUE)
def _load_true(u):
    u.stack.append(True)


@_op(NEWFALSE)
def _load_false(u):
    u.stack.append(False)


@_op(INT)
def _load_int(u):
    text = u._readline()[:-1]
    if text == b'00':
        u.stack.append(False)
    elif text == b'01':
        u.stack.append(True)
    else:
        u.stack.append(int(text))


@_op(LONG)
def _load_long(u):
    text = u._readline()[:-1]
    if text.endswith(b'L'):
        text = text[:-1]
    u.stack.append(int(text))


@_op(BININT)
def _load_binint(u):
    u.stack.append(int.from_bytes(u._read(4), 'little', signed=True))


@_op(BININT1)
def _load_binint1(u):
    u.stack.append(u._read(1)[0])


@_op(BININT2)
def _load_binint2(u):
    u.stack.append(int.from_bytes(u._read(2), 'little'))


@_op(LONG1)
def _load_long1(u):
    n = u._read(1)[0]
    u.stack.append(int.from_bytes(u._read(n), 'little', signed=True))


@_op(LONG4)
def _load_long4(u):
    n = int.from_bytes(u._read(4), 'little', signed=True)
    if n < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    u.stack.append(int.from_bytes(u._read(n), 'little', signed=True))


@_op(FLOAT)
def _load_float(u):
    u.stack.append(float(u._readline()[:-1].decode('ascii')))


@_op(BINFLOAT)
def _load_binfloat(u):
    u.stack.append(_float_from_bits(int.from_bytes(u._read(8), 'big')))


def _push_str(u, data):
    u.stack.append(data.decode('utf-8', 'surrogatepass'))


@_op(SHORT_BINUNICODE)
def _load_short_binunicode(u):
    _push_str(u, u._read(u._read(1)[0]))


@_op(BINUNICODE)
def _load_binunicode(u):
    _push_str(u, u._read(int.from_bytes(u._read(4), 'little')))


@_op(BINUNICODE8)
def _load_binunicode8(u):
    _push_str(u, u._read(int.from_bytes(u._read(8), 'little')))


@_op(SHORT_BINBYTES)
def _load_short_binbytes(u):
    u.stack.append(u._read(u._read(1)[0]))


@_op(BINBYTES)
def _load_binbytes(u):
    u.stack.append(u._read(int.from_bytes(u._read(4), 'little')))


@_op(BINBYTES8)
def _load_binbytes8(u):
    u.stack.append(u._read(int.from_bytes(u._read(8), 'little')))


@_op(BYTEARRAY8)
def _load_bytearray8(u):
    u.stack.append(bytearray(u._read(int.from_bytes(u._read(8), 'little'))))


@_op(EMPTY_TUPLE)
def _load_empty_tuple(u):
    u.stack.append(())


@_op(TUPLE1)
def _load_tuple1(u):
    u.stack[-1] = (u.stack[-1],)


@_op(TUPLE2)
def _load_tuple2(u):
    u.stack[-2:] = [(u.stack[-2], u.stack[-1])]


@_op(TUPLE3)
def _load_tuple3(u):
    u.stack[-3:] = [(u.stack[-3], u.stack[-2], u.stack[-1])]


@_op(TUPLE)
def _load_tuple(u):
    items = u._pop_mark()
    u.stack.append(tuple(items))


@_op(EMPTY_LIST)
def _load_empty_list(u):
    u.stack.append([])


@_op(LIST)
def _load_list(u):
    items = u._pop_mark()
    u.stack.append(items)


@_op(APPEND)
def _load_append(u):
    value = u.stack.pop()
    u.stack[-1].append(value)


@_op(APPENDS)
def _load_appends(u):
    items = u._pop_mark()
    target = u.stack[-1]
    if isinstance(target, list):
        target.extend(items)
    else:
        for item in items:
            target.append(item)


@_op(EMPTY_DICT)
def _load_empty_dict(u):
    u.stack.append({})


@_op(DICT)
def _load_dict(u):
    items = u._pop_mark()
    u.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


@_op(SETITEM)
def _load_setitem(u):
    value = u.stack.pop()
    key = u.stack.pop()
    u.stack[-1][key] = value


@_op(SETITEMS)
def _load_setitems(u):
    items = u._pop_mark()
    d = u.stack[-1]
    for i in range(0, len(items), 2):
        d[items[i]] = items[i + 1]


@_op(EMPTY_SET)
def _load_empty_set(u):
    u.stack.append(set())


@_op(ADDITEMS)
def _load_additems(u):
    items = u._pop_mark()
    u.stack[-1].update(items)


@_op(FROZENSET)
def _load_frozenset(u):
    items = u._pop_mark()
    u.stack.append(frozenset(items))


@_op(GLOBAL)
def _load_global(u):
    module = u._readline()[:-1].decode('utf-8')
    name = u._readline()[:-1].decode('utf-8')
    u.stack.append(u.find_class(module, name))


@_op(STACK_GLOBAL)
def _load_stack_global(u):
    name = u.stack.pop()
    module = u.stack.pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    u.stack.append(u.find_class(module, name))


@_op(REDUCE)
def _load_reduce(u):
    args = u.stack.pop()
    func = u.stack[-1]
    u.stack[-1] = func(*args)


@_op(NEWOBJ)
def _load_newobj(u):
    args = u.stack.pop()
    cls = u.stack.pop()
    u.stack.append(cls.__new__(cls, *args))


@_op(NEWOBJ_EX)
def _load_newobj_ex(u):
    kwargs = u.stack.pop()
    args = u.stack.pop()
    cls = u.stack.pop()
    u.stack.append(cls.__new__(cls, *args, **kwargs))


@_op(BUILD)
def _load_build(u):
    state = u.stack.pop()
    inst = u.stack[-1]
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        inst_dict = inst.__dict__
        for k, v in state.items():
            if type(k) is str:
                k = sys.intern(k)
            inst_dict[k] = v
    if slotstate:
        for k, v in slotstate.items():
            setattr(inst, k, v)


@_op(MEMOIZE)
def _load_memoize(u):
    u.memo[len(u.memo)] = u.stack[-1]


@_op(BINPUT)
def _load_binput(u):
    u.memo[u._read(1)[0]] = u.stack[-1]


@_op(LONG_BINPUT)
def _load_long_binput(u):
    u.memo[int.from_bytes(u._read(4), 'little')] = u.stack[-1]


@_op(PUT)
def _load_put(u):
    u.memo[int(u._readline()[:-1])] = u.stack[-1]


def _memo_get(u, index):
    try:
        u.stack.append(u.memo[index])
    except KeyError:
        raise UnpicklingError("Memo value not found at index %d" % index)


@_op(BINGET)
def _load_binget(u):
    _memo_get(u, u._read(1)[0])


@_op(LONG_BINGET)
def _load_long_binget(u):
    _memo_get(u, int.from_bytes(u._read(4), 'little'))


@_op(GET)
def _load_get(u):
    _memo_get(u, int(u._readline()[:-1]))


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickle of obj to a binary file."""
    Pickler(file, protocol).dump(obj)


class _BytesWriter:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    out = _BytesWriter()
    Pickler(out, protocol).dump(obj)
    return b''.join(out.parts)


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """Read one pickled object from a binary file."""
    return Unpickler(file).load()


def loads(data, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """The object pickled in data (bytes)."""
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(_BytesReader(data)).load()
