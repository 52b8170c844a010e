#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Draft the gold of the pdf5 pages (then checked by eye, see ../column/SOURCES.md):
column: each non-blank pdftotext line matched to the page's printed pieces (pieces.py) by match5.py (../tools-pdf-ocr/match.py
with one rule added for lines that join several columns);
OCR: each Tesseract block to the unit and role whose PDF text lines (pdftotext -bbox-layout) it overlaps most, with
../tools-pdf-ocr3/ocr_gold.py's rules (functions imported unchanged). Needs the PDFs: python3 build.py --keep DIR.

    python3 gold.py DIR    # writes ../column/<page>.gold.yaml and ../ocr/pdf5ocr-<…>.gold.yaml, prints notes
"""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import pieces  # noqa: F401  (this batch's pieces, so that match.py and column_gold.py see them)
from pieces import PAGES, HEAD_ROLES
sys.path.append(os.path.join(ROOT, "tools-pdf-ocr3"))
from match5 import match_lines   # ../tools-pdf-ocr/match.py with rule 4 (lines joining several columns)
import importlib.util
def _load(mod, path):
    spec = importlib.util.spec_from_file_location(mod, path)
    m = importlib.util.module_from_spec(spec)
    sys.modules[mod] = m
    spec.loader.exec_module(m)
    return m
_load("match", os.path.join(HERE, "match5.py"))   # what ../tools-pdf-ocr3/column_gold.py and ocr_gold.py import
CG = _load("column_gold", os.path.join(ROOT, "tools-pdf-ocr3", "column_gold.py"))
OG = _load("ocr_gold", os.path.join(ROOT, "tools-pdf-ocr3", "ocr_gold.py"))
gold_units, write_gold = CG.gold_units, CG.write_gold

NAMES = list(PAGES)
# fixed before any gold was written: pages in build order, every third page test
SPLIT = {n: ("test" if (i + 1) % 3 == 0 else "dev") for i, n in enumerate(NAMES)}


def column(name):
    lines = open(os.path.join(ROOT, "column", name + ".txt"), encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    assign, notes = match_lines(name, lines)
    for n in notes:
        print(name, n)
    units = gold_units(name, lines, assign, lambda tl: "".join(lines[n - 1].strip() for n in tl))
    write_gold(os.path.join(ROOT, "column", name + ".gold.yaml"), name + ".txt", "column", "column-text", SPLIT[name], units)
    print(name, len(lines), "lines,", len(units), "units")


def bbox_lines(pdf):
    """As ../tools-pdf-ocr3/ocr_gold.py bbox_lines, but a pdftotext line is cut where two words are more than 5 pt
    apart (the 2.5 mm and 5 mm gutters of this batch: -bbox-layout joins the lines of side-by-side columns into one
    line); each part keeps its own box."""
    import subprocess
    import xml.etree.ElementTree as ET
    out = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    root = ET.fromstring(out.replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    res = []
    for line in root.iter("line"):
        parts = []
        for w in line.iter("word"):
            b = [float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")]
            if parts and b[0] - parts[-1][1][2] <= 5:
                t, pb = parts[-1]
                parts[-1] = (t + (w.text or ""), [pb[0], min(pb[1], b[1]), b[2], max(pb[3], b[3])])
            else:
                parts.append((w.text or "", b))
        for t, b in parts:
            res.append((t, tuple(v * OG.S for v in b)))
    return res


def ocr(name, pdfdir):
    """As ../tools-pdf-ocr3/ocr_gold.py main(), for one page of this batch (file names differ)."""
    units = PAGES[name]
    bl = bbox_lines(os.path.join(pdfdir, name + ".pdf"))
    assign, _ = match_lines(name, [t for t, _ in bl])
    lboxes = [(bl[n - 1][1], assign[n]) for n in sorted(assign)]
    bl_text = [bl[n - 1][0] for n in sorted(assign)]
    jname = "pdf5ocr-" + name[len("pdf5-"):]
    blocks = json.load(open(os.path.join(ROOT, "ocr", jname + ".json"), encoding="utf-8"))
    utext = [OG.bigrams("".join(t for _, t in u["pieces"])) for u in units]
    oassign = {}
    print("=" * 20, name, len(blocks), "blocks")
    for i, b in enumerate(blocks, 1):
        pts, (text, score) = b
        box = (pts[0][0], pts[0][1], pts[2][0], pts[2][1])
        ov = {}
        for lb, key in lboxes:
            a = OG.inter(box, lb)
            if a:
                ov[key] = ov.get(key, 0) + a
        bg = OG.bigrams(text)
        sims = [len(bg & ut) / len(bg) if bg else 0 for ut in utext]
        best_t = max(range(len(units)), key=lambda k: sims[k])
        flag = []
        if ov:
            key = max(ov, key=ov.get)
            if len({k[0] for k in ov}) > 1:
                cand = sorted({k[0] for k in ov})
                hits = {u: len(bg & utext[u]) for u in cand}
                area = {u: sum(a for k, a in ov.items() if k[0] == u) for u in cand}
                chars = OG.char_units(text, box, lboxes, bl_text)
                top = max(cand, key=lambda u: (chars.get(u, 0), hits[u], area[u]))
                roles = {k: a for k, a in ov.items() if k[0] == top}
                key = max(roles, key=roles.get)
                flag.append("MIXED %s -> %s" % (", ".join("%s %d chars (%d bigrams)" % (units[u]["key"], chars.get(u, 0), hits[u]) for u in cand),
                                               units[top]["key"]))
            roles = {k[1]: a for k, a in ov.items() if k[0] == key[0]}
            if len(roles) > 1:
                sc = {ro: max(OG.text_match(text, t) for ro2, t in units[key[0]]["pieces"] if ro2 == ro) for ro in roles}
                best = max(roles, key=lambda ro: (sc[ro], roles[ro]))
                if best != key[1]:
                    flag.append("ROLE by text: %s (%d chars) not %s (%d chars, larger overlap)" % (best, sc[best], key[1], sc[key[1]]))
                    key = (key[0], best)
                elif len({ro in HEAD_ROLES for ro in roles}) > 1:
                    flag.append("head+body (%s)" % ", ".join("%s %d" % (ro, sc[ro]) for ro in sorted(roles)))
        else:
            cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
            key = min(lboxes, key=lambda x: ((x[0][0] + x[0][2]) / 2 - cx) ** 2 + ((x[0][1] + x[0][3]) / 2 - cy) ** 2)[1]
            flag.append("no overlap: nearest line's unit")
        ui = key[0]
        if sims[ui] < sims[best_t] and sims[best_t] >= 0.5:
            flag.append("text fits %s better (%.2f vs %.2f)" % (units[best_t]["key"] or units[best_t]["kind"], sims[best_t], sims[ui]))
        if bg and sims[ui] == 0:
            flag.append("no bigram in unit text")
        oassign[i] = key
        if flag:
            print("%4d %-12s %-7s %r  %s" % (i, units[ui]["key"] or units[ui]["kind"], key[1], text, "; ".join(flag)))
    gunits = gold_units(name, [b[1][0] for b in blocks], oassign, lambda tl: OG.reading_order_join(tl, blocks))
    write_gold(os.path.join(ROOT, "ocr", jname + ".gold.yaml"), jname + ".json", "ocr", "ocr-json", SPLIT[name], gunits)


if __name__ == "__main__":
    pdfdir = sys.argv[1]
    for n in NAMES:
        column(n)
    for n in NAMES:
        ocr(n, pdfdir)
