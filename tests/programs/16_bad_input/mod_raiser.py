# Helper for 062_uncaught_error_in_imported_module_call.py.
def fail(message):
    raise LookupError(message)
