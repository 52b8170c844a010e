import sys, os
# PDF batch 14: ../tools-pdf13/ copy; matcher import (match14) changed. (PDF batch 13: ../tools-pdf10/ copy; matcher import (match13) changed.) (PDF batch 10: ../tools-pdf9/ copy; matcher import (match10) changed.)
# PDF batch 9: ../tools-pdf8/ copy; file names (pdf9) and matcher import (match9) changed.
# PDF batch 8: ../tools-pdf7/ copy; file names (pdf8) and matcher import (match8) changed.
sys.dont_write_bytecode = True
from pieces import PAGES
from match14 import match_lines
name = sys.argv[1]
lines = open("../column/%s.txt" % name, encoding="utf-8").read().split("\n")
if lines[-1] == "": lines.pop()
assign, notes = match_lines(name, lines)
prev = None
for i, l in enumerate(lines, 1):
    a = assign.get(i)
    lab = "" if a is None else "%d:%s:%s" % (a[0], PAGES[name][a[0]]["key"], a[1])
    # print only when the label changes, or the role is not body
    if a != prev or (a and a[1] != "body"):
        print("%4d %-28s %s" % (i, lab, l[:40]))
    if a: prev = a
