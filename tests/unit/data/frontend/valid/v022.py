from ...pkg.sub import *
