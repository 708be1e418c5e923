from x import y as z
