// runtime/sysstate.h — the few pieces of `sys` the runtime itself needs (stdlib/sys fills them):
// the sys module dict, and writing to sys.stdout / sys.stderr (falling back to the C streams
// while sys is not set up or its streams are None).
#pragma once
#include <string_view>

#include "runtime/object.h"

namespace mempy::runtime {

void set_sys_dict(Object* dict);    // borrowed; kept alive by sys.modules
Object* sys_dict();                 // borrowed, may be null
Object* sys_get(const char* name);  // borrowed, may be null
Object* sys_get(Object* name);  // the same for a str name (ids::s_stdout...), without making one

// Writes text to sys.stderr (or fd 2); errors while writing are swallowed.
void write_stderr(std::string_view text);

// CPython's PyFile_WriteObject: file.write(str(value)), or file.write(repr(value)) when !raw.
// `write` is fetched as an attribute, so a built-in stream or an instance makes a bound-method
// object for each call (a GC object: +1 then -1 on gc.get_count()[0], which can start a
// collection), as CPython does. Returns 0, or -1 with an exception set.
int file_write_object(Object* file, Object* value, bool raw = true);

}  // namespace mempy::runtime
