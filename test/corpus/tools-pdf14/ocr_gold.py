#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""PDF batch 14: ../tools-pdf13/ocr_gold.py with the matcher import (match14) and the JSON names (pdf14ocr-tess-) changed.
(PDF batch 13: ../tools-pdf10/ocr_gold.py with the matcher import (match13) and the JSON names (pdf13ocr-tess-) changed.)
(PDF batch 10: ../tools-pdf9/ocr_gold.py with the matcher import (match10) and the JSON names (pdf10ocr-tess-) changed.
(PDF batch 9: ../tools-pdf8/ocr_gold.py with the matcher import (match9) and the JSON names (pdf9ocr-tess-) changed.)
(PDF batch 8: ../tools-pdf7/ocr_gold.py with the matcher import (match8) and the JSON names (pdf8ocr-tess-) changed.)
(PDF batch 7: ../tools-pdf-ocr4/ocr_gold.py with the matcher import (match7) and the JSON names changed, and one change
in bbox_lines, made when the first draft failed on page 1: a line run across columns is split at gaps over 20 pt.)

Draft the OCR gold of each page: map every Tesseract block to the unit (and head or body) it was read from.

    python3 ocr_gold.py            # prints every judgement to review; writes ../ocr/<name>.gold.yaml

1. `pdftotext -bbox-layout <page>.pdf` gives the PDF's text lines with boxes (points); each line is matched to the
   page's pieces (match.py, exact text), so every printed line has a unit and a role (head or body) and a box.
2. Each OCR block's box (pixels at 150 dpi) is compared with those line boxes scaled by 150/72: the block goes to
   the (unit, role) whose lines it overlaps most (area of intersection).
3. Cross-check by text: the block's character bigrams (white space removed, ASCII punctuation mapped to full
   width) are compared with each unit's text; a block whose text fits another unit better, a block overlapping
   lines of two units (it goes to the unit most of its characters come from: see char_units; ties go to the unit
   with more of the block's bigrams in its text, then to the larger overlap), a block with no overlap (noise), and a block with no bigram in its unit's text are listed
   for review by eye.
The title of a unit is its headline blocks' OCR text, joined in reading order (reading_order_join); bylines are the column gold's.
"""
import json, os, subprocess, sys
import xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pieces import PAGES, HEAD_ROLES
from match14 import match_lines, norm
from column_gold import gold_units, write_gold, SPLIT
ROOT = os.path.dirname(HERE)
S = 150 / 72
HAND = {}   # (page, block) -> (unit key or kind, role): decisions by eye, filled after review


def bbox_lines(pdf):
    out = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    out = out.replace('xmlns="http://www.w3.org/1999/xhtml"', "")
    root = ET.fromstring(out)
    res = []
    for line in root.iter("line"):
        ws = list(line.iter("word"))
        # (batch 7) a line pdftotext ran across columns (words more than 20 pt apart, a column gap; page 1's first
        # body line of 海南自贸港AI产业…) is taken as one line per run of words, each with its own box
        runs = [[ws[0]]] if ws else []
        for w in ws[1:]:
            if float(w.get("xMin")) - float(runs[-1][-1].get("xMax")) > 20:
                runs.append([w])
            else:
                runs[-1].append(w)
        for run in runs:
            box = (float(run[0].get("xMin")) * S, min(float(w.get("yMin")) for w in run) * S,
                   float(run[-1].get("xMax")) * S, max(float(w.get("yMax")) for w in run) * S)
            res.append(("".join(w.text or "" for w in run), box))
    return res


FW = str.maketrans({":": "：", "?": "？", "!": "！", ",": "，", ";": "；", "(": "（", ")": "）", '"': "”"})


def bigrams(s):
    s = norm(s).translate(FW)
    return {s[i:i + 2] for i in range(len(s) - 1)} or ({s} if s else set())


def inter(a, b):
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def char_units(text, box, lboxes, bl_text):
    """Which unit each character of a block comes from: the PDF lines the block overlaps (per column, the line it
    overlaps most), in left-to-right order, are concatenated with each character labelled by its line's unit; the
    block's text (white space removed) is aligned to that with difflib; a matched character takes its label, an
    unmatched one the label of the last matched character before it (or the first after). Returns unit -> count."""
    import difflib
    hit = [(inter(box, lb), lb, key, t) for (lb, key), t in zip(lboxes, bl_text) if inter(box, lb)]
    cols = []
    for a, lb, key, t in sorted(hit, key=lambda h: -h[0]):
        if any(min(lb[2], c[1][2]) - max(lb[0], c[1][0]) > 0 for c in cols):
            continue  # a line of the same column already taken (the one overlapped most)
        cols.append((a, lb, key, t))
    cols.sort(key=lambda c: c[1][0])
    ref, lab = "", []
    for a, lb, key, t in cols:
        t = norm(t).translate(FW)
        ref += t
        lab += [key[0]] * len(t)
    s = norm(text).translate(FW)
    owner = [None] * len(s)
    for m in difflib.SequenceMatcher(None, s, ref, autojunk=False).get_matching_blocks():
        for k in range(m.size):
            owner[m.a + k] = lab[m.b + k]
    last = next((o for o in owner if o is not None), None)
    counts = {}
    for o in owner:
        if o is not None:
            last = o
        counts[last] = counts.get(last, 0) + 1
    return counts


def text_match(a, b):
    """Characters of block text a (white space removed, ASCII punctuation made full width) found in printed text b
    in order (difflib matching blocks)."""
    import difflib
    a, b = norm(a).translate(FW), norm(b).translate(FW)
    return sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


def reading_order_join(nums, blocks):
    """The headline blocks' text joined in reading order: blocks grouped into printed lines (vertical centres within
    25 px of the line's first block), lines top to bottom, blocks in a line left to right."""
    bs = sorted(nums, key=lambda n: (blocks[n - 1][0][0][1] + blocks[n - 1][0][2][1]) / 2)
    lines = []
    for n in bs:
        yc = (blocks[n - 1][0][0][1] + blocks[n - 1][0][2][1]) / 2
        if lines and yc - lines[-1][0] <= 25:
            lines[-1][1].append(n)
        else:
            lines.append((yc, [n]))
    order = [n for _, ns in lines for n in sorted(ns, key=lambda n: blocks[n - 1][0][0][0])]
    return "".join(blocks[n - 1][1][0] for n in order)


def main():
    for name in PAGES:
        units = PAGES[name]
        pdf = os.path.join(ROOT, "build", name + ".pdf")
        bl = bbox_lines(pdf)
        assign, notes = match_lines(name, [t for t, _ in bl])
        lboxes = [(bl[n - 1][1], assign[n]) for n in sorted(assign)]
        bl_text = [bl[n - 1][0] for n in sorted(assign)]
        jname = "pdf14ocr-tess-" + name[len("pdf14-"):]
        blocks = json.load(open(os.path.join(ROOT, "ocr", jname + ".json"), encoding="utf-8"))
        utext = []
        for u in units:
            utext.append(bigrams("".join(t for _, t in u["pieces"])))
        oassign = {}
        print("=" * 20, name, len(blocks), "blocks")
        for i, b in enumerate(blocks, 1):
            pts, (text, score) = b
            box = (pts[0][0], pts[0][1], pts[2][0], pts[2][1])
            ov = {}
            for lb, key in lboxes:
                a = inter(box, lb)
                if a:
                    ov[key] = ov.get(key, 0) + a
            bg = bigrams(text)
            sims = [len(bg & ut) / len(bg) if bg else 0 for ut in utext]
            best_t = max(range(len(units)), key=lambda k: sims[k])
            flag = []
            if ov:
                key = max(ov, key=ov.get)
                if len({k[0] for k in ov}) > 1:
                    # a block mixing two or more stories goes to the unit whose text dominates it: the unit with
                    # the most of the block's character bigrams in its text (ties: the larger overlap)
                    cand = sorted({k[0] for k in ov})
                    hits = {u: len(bg & utext[u]) for u in cand}
                    area = {u: sum(a for k, a in ov.items() if k[0] == u) for u in cand}
                    chars = char_units(text, box, lboxes, bl_text)
                    top = max(cand, key=lambda u: (chars.get(u, 0), hits[u], area[u]))
                    roles = {k: a for k, a in ov.items() if k[0] == top}
                    key = max(roles, key=roles.get)
                    flag.append("MIXED %s -> %s" % (", ".join("%s %d chars (%d bigrams)" % (units[u]["key"], chars.get(u, 0), hits[u]) for u in cand),
                                                   units[top]["key"]))
                roles = {k[1]: a for k, a in ov.items() if k[0] == key[0]}
                if len(roles) > 1:
                    # the block overlaps lines of two or more roles of its unit (the line boxes of big heads reach
                    # up into the kicker's line): the role whose printed text the block's text matches best
                    # (characters in common, difflib), ties to the larger overlap
                    sc = {ro: max(text_match(text, t) for ro2, t in units[key[0]]["pieces"] if ro2 == ro) for ro in roles}
                    best = max(roles, key=lambda ro: (sc[ro], roles[ro]))
                    if best != key[1]:
                        flag.append("ROLE by text: %s (%d chars) not %s (%d chars, larger overlap)" % (best, sc[best], key[1], sc[key[1]]))
                        key = (key[0], best)
                    elif len({ro in HEAD_ROLES for ro in roles}) > 1:
                        flag.append("head+body (%s)" % ", ".join("%s %d" % (ro, sc[ro]) for ro in sorted(roles)))
            else:
                # no overlap: nearest line box centre
                cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
                key = min(lboxes, key=lambda x: ((x[0][0] + x[0][2]) / 2 - cx) ** 2 + ((x[0][1] + x[0][3]) / 2 - cy) ** 2)[1]
                flag.append("no overlap: nearest line's unit")
            if (name, i) in HAND:
                key = HAND[(name, i)]
                flag.append("HAND")
            ui = key[0]
            if sims[ui] < sims[best_t] and sims[best_t] >= 0.5:
                flag.append("text fits %s better (%.2f vs %.2f)" % (units[best_t]["key"] or units[best_t]["kind"], sims[best_t], sims[ui]))
            if bg and sims[ui] == 0:
                flag.append("no bigram in unit text")
            oassign[i] = key
            if flag:
                print("%4d %-12s %-7s %r  %s" % (i, units[ui]["key"] or units[ui]["kind"], key[1], text, "; ".join(flag)))
        texts = [b[1][0] for b in blocks]
        gunits = gold_units(name, texts, oassign, lambda tl: reading_order_join(tl, blocks))
        write_gold(os.path.join(ROOT, "ocr", jname + ".gold.yaml"), jname + ".json", "ocr", "ocr-json", SPLIT[name], gunits)


if __name__ == "__main__":
    main()
