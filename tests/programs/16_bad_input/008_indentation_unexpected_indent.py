# An indented line where no block was opened.
x = 1
    y = 2
