# Ported from guide block 001_b4ae4877fa5e085b_b22 (Common Memory Issues › 4. Not Closing Resources).
# The guide expects large_file.txt in the working directory: it is written first and
# removed at the end.
with open('large_file.txt', 'w') as f:
    f.write('line\n' * 100000)

# File not closed - memory leak
f = open('large_file.txt', 'r')
data = f.read()
# File handle not closed

# Solution: Use context manager
with open('large_file.txt', 'r') as f:
    data = f.read()
# Automatically closed

f.close()
import os
os.remove('large_file.txt')
