#!/usr/bin/env python3
"""Generates the front-end test expectations from CPython 3.11 (never edit them by hand).

usage: scripts/gen_frontend_expected.py

For every tests/unit/data/frontend/*/NAME.py:
  NAME.ast  ast.dump(ast.parse(src), include_attributes=True)      (when src compiles)
  NAME.sym  the symbol-table summary (format below)                (when src compiles)
  NAME.err  "Type\\nmsg\\nlineno offset end_lineno end_offset\\n"   (when it does not)
and for tests/unit/data/frontend/tokens/NAME.py:
  NAME.tok  one token a line: TYPE lineno col end_lineno end_col repr(text), from `tokenize`.

Errors come from compile(source_bytes, NAME, 'exec'), which places them as CPython does when
it runs a file. The symbol-table summary comes from the `symtable` module (flags and scopes)
and the code objects of compile() (co_varnames, co_cellvars, co_freevars, CO_GENERATOR):

  <module|class|function> NAME line N[ nested][ generator]
    SYMBOL SCOPE FLAG|FLAG...          (sorted by name)
    varnames: ...
    cellvars: ...
    freevars: ...
    <children, indented two more spaces>
"""
import ast
import io
import os
import symtable
import sys
import tokenize

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_frontend_expected: expectations must come from CPython 3.11")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tests", "unit", "data", "frontend")

FLAGS = [(1, "DEF_GLOBAL"), (2, "DEF_LOCAL"), (4, "DEF_PARAM"), (8, "DEF_NONLOCAL"),
         (16, "USE"), (32, "DEF_FREE"), (64, "DEF_FREE_CLASS"), (128, "DEF_IMPORT"),
         (256, "DEF_ANNOT"), (512, "DEF_COMP_ITER")]
SCOPES = {0: "NONE", 1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
CODE_NAMES = {"listcomp": "<listcomp>", "setcomp": "<setcomp>", "dictcomp": "<dictcomp>",
              "genexpr": "<genexpr>", "lambda": "<lambda>", "top": "<module>"}


def flag_names(f):
    names = [n for bit, n in FLAGS if f & bit]
    return "|".join(names) if names else "0"


def code_children(code):
    return [c for c in code.co_consts if hasattr(c, "co_code")]


def dump_table(table, code, indent, out):
    pad = "  " * indent
    raw = table._table
    typ = table.get_type()
    head = f"{pad}{typ} {table.get_name()} line {table.get_lineno()}"
    if raw.nested:
        head += " nested"
    if code is not None and code.co_flags & 0x20:
        head += " generator"
    out.append(head)
    for name in sorted(raw.symbols):
        flags = raw.symbols[name]
        scope = (flags >> 11) & 15
        out.append(f"{pad}  {name} {SCOPES[scope]} {flag_names(flags & 2047)}")
    varnames = code.co_varnames if code is not None and typ == "function" else ()
    out.append(f"{pad}  varnames: " + " ".join(varnames))
    out.append(f"{pad}  cellvars: " + " ".join(code.co_cellvars if code else ()))
    out.append(f"{pad}  freevars: " + " ".join(code.co_freevars if code else ()))
    # Match child tables to child code objects by name, in order.
    pool = {}
    if code is not None:
        for c in code_children(code):
            pool.setdefault(c.co_name, []).append(c)
    for child in table.get_children():
        cname = CODE_NAMES.get(child.get_name(), child.get_name())
        lst = pool.get(cname, [])
        dump_table(child, lst.pop(0) if lst else None, indent + 1, out)


def expected(path):
    base = path[:-3]
    with open(path, "rb") as f:
        src = f.read()
    for ext in (".ast", ".sym", ".err"):
        if os.path.exists(base + ext):
            os.remove(base + ext)
    try:
        code = compile(src, os.path.basename(path), "exec", dont_inherit=True)
    except (SyntaxError, RecursionError, MemoryError) as e:
        with open(base + ".err", "w", encoding="utf-8") as f:
            if isinstance(e, SyntaxError):
                f.write(f"{type(e).__name__}\n{e.msg}\n{e.lineno} {e.offset} "
                        f"{e.end_lineno} {e.end_offset}\n")
            else:
                f.write(f"{type(e).__name__}\n{e}\n0 0 0 0\n")
        return
    tree = ast.parse(src)
    with open(base + ".ast", "w", encoding="utf-8") as f:
        f.write(ast.dump(tree, include_attributes=True) + "\n")
    out = []
    dump_table(symtable.symtable(src.decode("utf-8-sig"), os.path.basename(path), "exec"),
               code, 0, out)
    with open(base + ".sym", "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def tokens(path):
    with open(path, "rb") as f:
        src = f.read()
    out = []
    for t in tokenize.tokenize(io.BytesIO(src).readline):
        if t.type in (tokenize.ENCODING, tokenize.COMMENT, tokenize.NL):
            continue
        name = tokenize.tok_name[t.exact_type]
        out.append(f"{name} {t.start[0]} {t.start[1]} {t.end[0]} {t.end[1]} {t.string!r}")
    with open(path[:-3] + ".tok", "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    count = 0
    for sub in sorted(os.listdir(DATA)):
        d = os.path.join(DATA, sub)
        if not os.path.isdir(d) or sub == "unsupported":
            continue
        for name in sorted(os.listdir(d)):
            if not name.endswith(".py"):
                continue
            path = os.path.join(d, name)
            if sub == "tokens":
                tokens(path)
            else:
                expected(path)
            count += 1
    print(f"gen_frontend_expected: {count} sources")


if __name__ == "__main__":
    main()
