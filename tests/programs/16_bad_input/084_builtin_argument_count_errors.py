# Wrong argument counts to built-in functions and methods: CPython's messages, which name
# methods with their type ("list.clear() takes no arguments (1 given)").
import builtins
for n in ['abs','all','any','ascii','bin','callable','chr','hex','id','len','oct','ord','repr','hash','iter','next','format','divmod','getattr','setattr','delattr','hasattr','isinstance','issubclass','pow','round','sorted','sum','vars','dir','globals','locals','input','min','max', 'exec', 'eval', '__import__', '__build_class__']:
    f = getattr(builtins, n)
    for args in ((1,2,3,4,5,6), ()):
        try:
            f(*args)
        except TypeError as e:
            print(n, '|', e)
        except Exception as e:
            print(n, '|', type(e).__name__)
for f in (lambda: [].clear(1), lambda: [].append(), lambda: [].clear(x=1), lambda: {}.keys(1),
          lambda: set().pop(1), lambda: list.clear([], 1), lambda: dict.fromkeys(), lambda: (1,).count(),
          lambda: {}.get(), lambda: iter([]).__length_hint__(1)):
    try:
        f()
    except TypeError as e:
        print(e)
