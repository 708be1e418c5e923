try:
    f()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except Exception as e:
    raise RuntimeError("x") from e
else:
    ok = 1
finally:
    cleanup()
