#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Draft the column gold of each page from pdftotext's lines by matching them to the pieces (match.py).
The draft was then checked by eye against the .txt files (see NOTES.md). Copied from tools-pdf-ocr3 (page list and split
changed; matching by match4.py, this folder's copy of tools-pdf-ocr/match.py with one tie-break change).
PDF batch 7: copied from ../tools-pdf-ocr4/column_gold.py; only the split table and the matcher import (match7) changed.
PDF batch 8: copied from ../tools-pdf7/column_gold.py; only the split table and the matcher import (match8) changed.
PDF batch 9: copied from ../tools-pdf8/column_gold.py; only the split table and the matcher import (match9) changed.
PDF batch 10: copied from ../tools-pdf9/column_gold.py; only the split table and the matcher import (match10) changed.
PDF batch 13: copied from ../tools-pdf10/column_gold.py; only the split table and the matcher import (match13) changed.
PDF batch 14: copied from ../tools-pdf13/column_gold.py; only the split table and the matcher import (match14) changed.

    python3 column_gold.py            # prints notes; writes ../column/<name>.gold.yaml
"""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pieces import PAGES, HEAD_ROLES
from match14 import match_lines
ROOT = os.path.dirname(HERE)
# fixed before any page was built or gold written (NOTES.md, plan): file-name order odd dev, even test
SPLIT = {"pdf14-jfrb-2022-05-27-p1": "dev", "pdf14-jfrb-2022-05-30-p2": "test"}


def ranges(nums, blank):
    """Merge sorted line numbers into ranges; a run of blank lines between two members does not break a range."""
    out = []
    for n in sorted(nums):
        if out:
            a, b = out[-1]
            if all(blank(i) for i in range(b + 1, n)):
                out[-1] = [a, n]
                continue
        out.append([n, n])
    return out


def fmt(rs):
    return "[" + ", ".join("[%d, %d]" % (a, b) for a, b in rs) + "]"


def q(s):
    return "null" if s is None else '"%s"' % s.replace('"', '\\"')


def gold_units(name, texts, assign, title_text):
    """texts: list of block/line texts (1-based by index+1); assign: n -> (ui, role); title_text(line numbers of the
    title) -> the title. Returns unit dicts in page order."""
    units = PAGES[name]
    blank = lambda i: (i not in assign)
    out = []
    for ui, u in enumerate(units):
        head = [n for n, (x, role) in assign.items() if x == ui and role in HEAD_ROLES]
        bod = [n for n, (x, role) in assign.items() if x == ui and role not in HEAD_ROLES]
        tl = [n for n, (x, role) in sorted(assign.items()) if x == ui and role == "title"]
        title = title_text(tl) if tl else None
        first = min(head + bod)
        out.append(dict(kind=u["kind"], title=title, titleLines=ranges(head, blank), byline=u["byline"],
                        lines=ranges(bod, blank), first=first))
    out.sort(key=lambda d: d["first"])
    return out


def write_gold(path, source, family, fmt_name, split, units, extra_comment=None):
    with open(path, "w", encoding="utf-8") as f:
        f.write("source: %s\nfamily: %s\nformat: %s\nsplit: %s\nsynthetic: true\nunits:\n" % (source, family, fmt_name, split))
        for u in units:
            f.write("  - kind: %s\n    title: %s\n    titleLines: %s\n    byline: %s\n    lines: %s\n" % (
                u["kind"], q(u["title"]), fmt(u["titleLines"]), q(u["byline"]), fmt(u["lines"])))


def main():
    for name in PAGES:
        txt = os.path.join(ROOT, "column", name + ".txt")
        lines = open(txt, encoding="utf-8").read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        # pdftotext ends the page with a form feed: a line holding only \f is blank
        assign, notes = match_lines(name, lines)
        for n in notes:
            print(name, n)
        units = gold_units(name, lines, assign, lambda tl: "".join(lines[n - 1].strip() for n in tl))
        write_gold(os.path.join(ROOT, "column", name + ".gold.yaml"), name + ".txt", "column", "column-text", SPLIT[name], units)
        print(name, len(lines), "lines,", len(units), "units")


if __name__ == "__main__":
    main()
