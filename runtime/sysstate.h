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

// Writes text to sys.stderr (or fd 2); errors while writing are swallowed.
void write_stderr(std::string_view text);

}  // namespace mempy::runtime
