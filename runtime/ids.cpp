// runtime/ids.cpp — creation of the interned identifier table.
#include "runtime/ids.h"

#include "runtime/str.h"

namespace mempy::runtime::ids {

#define MEMPY_DEFINE_ID(cname, text) Object* cname = nullptr;
MEMPY_IDS(MEMPY_DEFINE_ID)
#undef MEMPY_DEFINE_ID

int create_all() {
#define MEMPY_INIT_ID(cname, text) \
  if (!(cname = str_intern_cstr(text))) return -1;
  MEMPY_IDS(MEMPY_INIT_ID)
#undef MEMPY_INIT_ID
  return 0;
}

void release_all() {
#define MEMPY_FINI_ID(cname, text) clear_ref(cname);
  MEMPY_IDS(MEMPY_FINI_ID)
#undef MEMPY_FINI_ID
}

}  // namespace mempy::runtime::ids
