import sys, json, yaml
# PDF batch 14: ../tools-pdf13/ copy; file names (pdf14, the page name cut after `pdf14-`) changed.
# (PDF batch 13: ../tools-pdf10/ copy; file names (pdf13, the page name cut after `pdf13-`) changed.)
# (PDF batch 10: ../tools-pdf9/ copy; file names (pdf10, the page name cut after `pdf10-`) changed.
# PDF batch 9: ../tools-pdf8/ copy; file names (pdf9) and matcher import (match9) changed.
# PDF batch 8: ../tools-pdf7/ copy; matcher import (match8) and JSON names (pdf8ocr-tess-) changed.
name = sys.argv[1]
j = "../ocr/pdf14ocr-tess-" + name[6:]
blocks = json.load(open(j + ".json"))
g = yaml.safe_load(open(j + ".gold.yaml"))
lab = {}
for ui, u in enumerate(g["units"]):
    for f in ("titleLines", "lines"):
        for a, b in u[f]:
            for n in range(a, b + 1):
                lab[n] = (ui, "H" if f == "titleLines" else "b")
prev = None
full = len(sys.argv) > 2
for i, b in enumerate(blocks, 1):
    l = lab.get(i)
    if full or l != prev or l[1] == "H":
        print("%4d %s %-10s %s" % (i, l[1] if l else "?", (g["units"][l[0]]["title"] or g["units"][l[0]]["kind"])[:10] if l else "-", b[1][0][:50]))
    prev = l
for u in g["units"]:
    print(u)
