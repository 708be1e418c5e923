import os.path as p, sys
