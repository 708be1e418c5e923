# Ported from guide block 001_b4ae4877fa5e085b_b17 (Memory Optimization Techniques › 5. Use Context Managers).
# The guide expects file.txt in the working directory: it is written first and removed
# at the end.
with open('file.txt', 'w') as f:
    f.write('some text\n')

# Context managers ensure proper cleanup
with open('file.txt', 'r') as f:
    data = f.read()
# File automatically closed, resources freed

import os
os.remove('file.txt')
