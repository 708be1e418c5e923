# The rest of sys that describes the interpreter (issue 4, point 7): flags (every field, repr,
# tuple behaviour; values from the environment the tests run in: PYTHONHASHSEED=0,
# PYTHONDONTWRITEBYTECODE=1), byteorder, platform, executable, float_info, int_info, hash_info,
# and the struct-sequence types behind them (n_fields, __match_args__, construction rules,
# __reduce__, read-only fields).
import sys
import time

print(sys.flags)
print(len(sys.flags), sys.flags[:4], sys.flags.count(0), sys.flags.index(1), sys.flags == tuple(sys.flags))
print(sys.flags.hash_randomization, sys.flags.dont_write_bytecode, sys.dont_write_bytecode)
print(repr(sys.flags.dev_mode), repr(sys.flags.safe_path), sys.flags.int_max_str_digits)
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info)
print(sys.byteorder, sys.platform, sys.float_repr_style, sys.maxsize == 2**63 - 1, sys.maxunicode)
print(type(sys.executable).__name__, sys.executable.startswith("/"), sys.api_version)
print(sys.float_info.max == 1.7976931348623157e+308, sys.float_info.epsilon == 2.0**-52,
      sys.float_info.min == 2.0**-1022, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.hash_info.modulus == 2**61 - 1, hash(float("inf")) == sys.hash_info.inf,
      hash(1j) == sys.hash_info.imag, sys.hash_info.algorithm)
print(sys.int_info.bits_per_digit * 2 ** 0, (2**30).__sizeof__() - (2**29).__sizeof__() ==
      sys.int_info.sizeof_digit)
structs = [type(sys.version_info), type(sys.flags), type(sys.float_info), type(sys.int_info),
           type(sys.hash_info), time.struct_time]
for t in structs:
    print(t.__name__, t.__module__, t.n_sequence_fields,
          t.n_fields, t.n_unnamed_fields, t.__match_args__[:2], len(t.__match_args__),
          issubclass(t, tuple))
for t in structs:
    n = t.n_sequence_fields
    for args, kwargs in [((), {}), ((1, 2, 3), {}), (((1,) * n,), {}), (((1,) * 2,), {}),
                         (((1,) * (t.n_fields + 1),), {}), (((1,) * n, 5), {}),
                         (((1,) * n,), {"dict": {"tm_zone": "Z"}}),
                         ((), {"sequence": (1,) * n}), ((), {"bogus": 1}), ((5,), {})]:
        try:
            r = t(*args, **kwargs)
            print("  %s(...) ->" % t.__name__, r[:2], len(r), r.__reduce__()[1][1])
        except TypeError as e:
            print("  TypeError:", e)
print(sys.float_info.__reduce__())
print(time.gmtime(0).__reduce__())
for action in (lambda: setattr(sys.flags, "debug", 1), lambda: delattr(sys.int_info, "bits_per_digit"),
               lambda: sys.hash_info[9], lambda: sys.flags.bogus, lambda: sys.version_info.__class__()):
    try:
        action()
    except (AttributeError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sys.getsizeof(sys.flags), sys.getsizeof(sys.float_info), sys.getsizeof(sys.int_info),
      sys.getsizeof(sys.hash_info), sys.getsizeof(time.gmtime(0)))
