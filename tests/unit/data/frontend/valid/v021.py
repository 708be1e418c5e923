from .. mod import (a as b, c,)
