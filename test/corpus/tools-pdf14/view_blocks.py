"""Print a page's OCR blocks in a range with their boxes and gold labels: python3 view_blocks.py NAME FROM TO"""
# PDF batch 14: ../tools-pdf13/ copy; file names (pdf14, the page name cut after `pdf14-`) changed.
# (PDF batch 13: ../tools-pdf10/ copy; file names (pdf13, the page name cut after `pdf13-`) changed.)
# (PDF batch 10: ../tools-pdf9/ copy; file names (pdf10, the page name cut after `pdf10-`) changed.
# PDF batch 9: ../tools-pdf8/ copy; file names (pdf9) and matcher import (match9) changed.
# PDF batch 8: ../tools-pdf7/ copy; matcher import (match8) and JSON names (pdf8ocr-tess-) changed.
import sys, json, yaml
name, a, b = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
j = "../ocr/pdf14ocr-tess-" + name[6:]
blocks = json.load(open(j + ".json"))
g = yaml.safe_load(open(j + ".gold.yaml"))
lab = {}
for ui, u in enumerate(g["units"]):
    for f in ("titleLines", "lines"):
        for x, y in u[f]:
            for n in range(x, y + 1):
                lab[n] = (ui, "H" if f == "titleLines" else "b")
for i in range(a, min(b, len(blocks)) + 1):
    pts, (t, s) = blocks[i - 1]
    l = lab.get(i)
    print("%4d %s %-8s [%4d %4d %4d %4d] %.2f %s" % (i, l[1] if l else "?", (g["units"][l[0]]["title"] or g["units"][l[0]]["kind"])[:6] if l else "-",
          pts[0][0], pts[0][1], pts[2][0], pts[2][1], s, t[:40]))
