"""(PDF batch 14: ../tools-pdf13/ copy; matcher import (match14) and JSON names (pdf14ocr-tess-, the page name cut after `pdf14-`) changed.)
(PDF batch 13: ../tools-pdf10/ copy; matcher import (match13) and JSON names (pdf13ocr-tess-, the page name cut after `pdf13-`) changed.)
(PDF batch 10: ../tools-pdf9/ copy; matcher import (match10) and JSON names (pdf10ocr-tess-, the page name cut after `pdf10-`) changed.)
(PDF batch 9: ../tools-pdf8/ copy; matcher import (match9) and JSON names (pdf9ocr-tess-) changed.)
(PDF batch 8: ../tools-pdf7/ copy; matcher import (match8) and JSON names (pdf8ocr-tess-) changed.)
Audit the OCR gold by text: for every block, the printed piece its text matches best (characters in order,
difflib, white space removed) against the unit and role the gold gives it. Lists blocks of 4+ characters whose
text fits another unit's piece clearly better (>= 0.8 of the block against <= 0.5), or fits a piece of the other
role (head/body) of its own unit clearly better. Also rebuilds, per unit, the share of its printed characters that
its blocks hold."""
import json, sys, yaml
sys.dont_write_bytecode = True
from pieces import PAGES, HEAD_ROLES
from ocr_gold import text_match
import os
from match14 import norm

for name, units in PAGES.items():
    j = "../ocr/pdf14ocr-tess-" + name[6:]
    blocks = json.load(open(j + ".json"))
    g = yaml.safe_load(open(j + ".gold.yaml"))
    # gold units are in page order; map them back to PAGES units by kind+title order is fragile: use byline/kind and
    # the first head or body block's best unit instead -> simply match by index of sorted first block
    lab = {}
    for gi, u in enumerate(g["units"]):
        for f in ("titleLines", "lines"):
            for a, b in u[f]:
                for n in range(a, b + 1):
                    lab[n] = (gi, "H" if f == "titleLines" else "b")
    # which PAGES unit is each gold unit: the one whose pieces its blocks match most
    gmap = {}
    for gi, u in enumerate(g["units"]):
        txt = "".join(blocks[n - 1][1][0] for n in lab if lab[n][0] == gi)
        gmap[gi] = max(range(len(units)), key=lambda k: text_match(txt, "".join(t for _, t in units[k]["pieces"])))
    print("==", name, len(blocks), "blocks; gold units ->", [units[gmap[gi]]["key"] or units[gmap[gi]]["kind"] for gi in range(len(g["units"]))])
    for n, b in enumerate(blocks, 1):
        t = norm(b[1][0])
        if len(t) < 4:
            continue
        gi, hb = lab[n]
        ui = gmap[gi]
        best = {}
        for k, u in enumerate(units):
            for role, ptxt in u["pieces"]:
                s = text_match(t, ptxt) / len(t)
                key = (k, "H" if role in HEAD_ROLES else "b")
                best[key] = max(best.get(key, 0), s)
        own = best.get((ui, hb), 0)
        top = max(best, key=best.get)
        if top[0] != ui and best[top] >= 0.8 and own <= 0.5:
            print("  OTHER UNIT %4d %r gold %s/%s %.2f; fits %s/%s %.2f" % (n, t[:30], units[ui]["key"], hb, own, units[top[0]]["key"], top[1], best[top]))
        other = (ui, "b" if hb == "H" else "H")
        if best.get(other, 0) >= 0.8 and own <= 0.5:
            print("  OTHER ROLE %4d %r gold %s %.2f; other role %.2f" % (n, t[:30], hb, own, best[other]))
    for gi, u in enumerate(g["units"]):
        ui = gmap[gi]
        printed = sum(len(norm(t)) for _, t in units[ui]["pieces"])
        got = sum(len(norm(blocks[n - 1][1][0])) for n in lab if lab[n][0] == gi)
        print("   unit %d %-12s printed %5d chars, blocks hold %5d" % (gi + 1, units[ui]["key"] or units[ui]["kind"], printed, got))
