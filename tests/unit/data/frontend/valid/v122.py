x = b'bytes' B"more"
