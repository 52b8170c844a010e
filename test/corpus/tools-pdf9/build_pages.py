#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Lay real 新华每日电讯 records out as newspaper-like pages, print them to PDF with headless Chromium and
extract the text with pdftotext (default mode, no flags), as a user does with a PDF page.

PDF batch 9: copied from ../tools-pdf8/build_pages.py (batch 8). Changes: records from records_9.py (fields kicker,
title, subtitle, paras, subs); SUBS is taken from each record's `subs` (the e-paper's centred bold subheads) and DASH
(new) lists the dash-ended lead-in lines (`优化基础研究系统布局——`), printed bold and left (class `deck`); helper added:
`part()` (a story's text in columns without its head, for the second part of a story that jumps on the page) and
`pic()` (a grey picture box without caption); the
page-only helpers of batch 8 that this batch does not use (picrow, sidepics, lotto, imprint, qr, note, notice, picart,
picstory) are left out; the page list is this batch's (NOTES.md, plan). A head of two or more lines prints its record
lines as they are (white-space: pre-wrap).

    python3 build_pages.py [name ...]   # writes ../column/<name>.txt and ../build/<name>.html/.pdf

The records' text is not changed; the layout adds only the banners, the 本版责编 lines, the grey picture boxes, box
borders and rules (all made up). The .txt files are pdftotext's output, byte for byte.
Gold files are not written by this script.
"""
import html, os, subprocess, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_9 import RECORDS as REC
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "column")
KEEP = os.path.join(ROOT, "build")

# in-article subheads (paragraph indices): the records' centred bold subheads, printed bold and centred
SUBS = {k: r["subs"] for k, r in REC.items()}
# dash-ended lead-in lines (paragraph indices), printed bold and left
DASH = {"2026-05-01-p02-06": {9, 13, 18, 22}, "2026-05-02-p02-07": {4, 9, 13}}

CSS = """
@page { size: %(w)s %(h)s; margin: 12mm; }
body { font-family: "Noto Serif CJK SC"; font-size: %(fs)s; margin: 0; color: #000; }
.page { display: grid; grid-template-columns: repeat(%(ncol)d, 1fr); column-gap: %(gap)s; row-gap: 6mm; align-items: start; }
.banner { grid-column: 1 / -1; display: flex; justify-content: space-between; align-items: flex-end;
          border-bottom: 3px double #000; padding-bottom: 2mm; }
.banner .paper { font-size: 30pt; font-weight: bold; letter-spacing: 4mm; }
.banner .small { font-size: 11pt; }
.art { border-top: 1px solid #000; padding-top: 2mm; }
.kicker { font-size: 13pt; text-align: center; white-space: pre-wrap; }
h1 { font-size: 24pt; margin: 1mm 0; text-align: center; white-space: pre-wrap; font-weight: bold; }
h1.small { font-size: 16pt; }
h1.tiny { font-size: 12pt; text-align: left; }
h1.brief { font-size: 10pt; text-align: left; font-family: "Noto Sans CJK SC"; margin: 0 0 1mm; }
.series { font-size: 10pt; text-align: center; }
.byline { font-size: 11pt; text-align: center; margin: 1mm 0 2mm; white-space: pre-wrap; font-family: "Noto Sans CJK SC"; }
.body { column-gap: %(gap)s; }
p { margin: 0; text-indent: 2em; text-align: justify; line-height: %(lh)s; white-space: pre-wrap; }
p.sub { text-indent: 0; text-align: center; font-weight: bold; font-family: "Noto Sans CJK SC"; margin: 1.5mm 0; }
p.mark { text-indent: 0; text-align: right; }
p.deck { text-indent: 0; font-weight: bold; font-family: "Noto Sans CJK SC"; margin-bottom: 2mm; }
.pic { background: #bbb; height: %(pich)s; margin: 2mm 0 1mm; }
.cap { font-size: 9pt; font-family: "Noto Sans CJK SC"; margin-bottom: 2mm; }
.cap p { text-indent: 0; line-height: 1.5; }
.cap p.credit { text-align: right; }
.side { display: grid; column-gap: %(gap)s; align-items: start; }
.box { border: 1px solid #000; padding: 2mm; }
.boxlabel { font-family: "Noto Sans CJK SC"; font-weight: bold; font-size: 12pt; text-align: center; }
.brief { border-top: 1px solid #000; padding-top: 1.5mm; margin-bottom: 3mm; }
p.noind { text-indent: 0; }
p.lmark { text-indent: 0; text-align: left; font-family: "Noto Sans CJK SC"; }
p.notelabel { text-indent: 0; font-weight: bold; font-family: "Noto Sans CJK SC"; }
.note { margin: 1mm 0 2mm; }
.note p { font-family: "Noto Sans CJK SC"; font-size: 9.5pt; }
h1.label { font-size: 20pt; text-align: left; }
.notice { grid-column: 1 / -1; font-size: 9pt; text-align: center; font-family: "Noto Sans CJK SC"; }
.rule { border-top: 4px solid #000; padding-top: 2mm; }
.sublines { font-size: 12pt; text-align: center; font-weight: bold; font-family: "Noto Sans CJK SC"; margin: 0 0 1mm; white-space: pre-wrap; }
.picrow { display: grid; column-gap: %(gap)s; margin-bottom: 2mm; }
.lotto { border-top: 1px solid #000; padding-top: 1.5mm; margin-bottom: 3mm; }
.lotto .pic { height: 30mm; }
.imprint { border: 1px solid #000; padding: 2mm; font-family: "Noto Sans CJK SC"; }
.imprint p { text-indent: 0; font-size: 9pt; line-height: 1.5; text-align: left; }
.credit-line { grid-column: 1 / -1; border-top: 1px solid #000; font-size: 10pt; padding-top: 1mm; text-align: right; }
"""

def esc(s):
    return html.escape(s, quote=False)

def banner(left, mid, right):
    return '<div class="banner"><div class="small">%s</div><div class="paper">%s</div><div class="small">%s</div></div>' % (left, mid, right)


def page(opts, blocks):
    o = dict(w="380mm", h="600mm", fs="10pt", ncol=4, gap="10mm", lh="1.7", pich="45mm")
    o.update(opts)
    return ('<!doctype html><html><head><meta charset="utf-8"><style>%s</style></head><body><div class="page">%s</div></body></html>'
            % (CSS % o, "\n".join(blocks)))


def box(style, inner, cls="art"):
    return '<div class="%s" style="%s">%s</div>' % (cls, style, inner)


def body(inner, cols, style=""):
    return '<div class="body" style="column-count:%d;%s">%s</div>' % (cols, style, inner)


def side(cols, *parts):
    return '<div class="side" style="grid-template-columns: %s">%s</div>' % (cols, "".join('<div>%s</div>' % p for p in parts))


def title(key, size="small"):
    """The record's headline; a two-line head (a `\n` in the title) prints as two lines (white-space: pre-wrap)."""
    return '<h1 class="%s">%s</h1>' % (size, esc(REC[key]["title"]))


def authors(key, idx):
    """Author lines (`■ …`, `通讯员 …`): record paragraphs printed centred under the head."""
    return "".join('<div class="byline">%s</div>' % esc(REC[key]["paras"][i]) for i in idx)


def paras(key, idx, noind_first=False):
    out = []
    for n, i in enumerate(idx):
        cls = ("sub" if i in SUBS.get(key, ()) else "deck" if i in DASH.get(key, ()) else
               ("noind" if noind_first and n == 0 else ""))
        out.append('<p%s>%s</p>' % (' class="%s"' % cls if cls else "", esc(REC[key]["paras"][i])))
    return "".join(out)


def marks(key, idx):
    """Record paragraphs set flush right (closing datelines)."""
    return "".join('<p class="mark">%s</p>' % esc(REC[key]["paras"][i]) for i in idx)


def brief(key, idx):
    """A brief: bold left-aligned sans head (two-line heads keep their break), a rule above it."""
    return '<div class="brief"><h1 class="brief">%s</h1>%s</div>' % (esc(REC[key]["title"]), paras(key, idx))


def item(key, idx, cols):
    """A short item with a bold left-aligned 12 pt head and its text in `cols` columns."""
    return '<h1 class="tiny">%s</h1>%s' % (esc(REC[key]["title"]), body(paras(key, idx), cols))


def head(key, size="small", kicker=True, subtitle=True):
    """Kicker lines (13 pt, centred) over the headline (its record lines kept), subtitle lines under it."""
    r = REC[key]
    k = "".join('<div class="kicker">%s</div>' % esc(x) for x in r["kicker"]) if kicker else ""
    s = ('<div class="sublines">%s</div>' % esc("\n".join(r["subtitle"]))) if subtitle and r["subtitle"] else ""
    return k + '<h1 class="%s">%s</h1>' % (size, esc(r["title"])) + s


def part(key, idx, cols):
    """(batch 9) The rest of a story that jumps on the page: its text in `cols` columns, no head, no marker."""
    return body(paras(key, idx), cols)


def pic(height):
    """A grey picture box (no caption: the records have none)."""
    return '<div class="pic" style="height:%s"></div>' % height


R = range
PAGES = {}
K = "2026-05-01-"
L = "2026-05-02-"

# 1. 2026-05-01 第02版 要闻 (5 columns): headlines across columns; a commentary box.
PAGES["pdf9-xhmrdx-2026-05-01-p02"] = ({"ncol": 5, "w": "380mm", "h": "640mm"}, [
    banner("第02版", "新华每日电讯", "2026年5月1日　星期五　要闻"),
    box("grid-column: 1 / 6; grid-row: 2", head(K + "p02-06", "") + authors(K + "p02-06", [0])
        + body(paras(K + "p02-06", R(1, 27)) + marks(K + "p02-06", [27]), 5)),
    box("grid-column: 1 / 4; grid-row: 3", head(K + "p02-07", "") + authors(K + "p02-07", [0])
        + body(paras(K + "p02-07", R(1, 17)), 3)),
    box("grid-column: 4 / 6; grid-row: 3", head(K + "p02-10") + authors(K + "p02-10", [0])
        + body(paras(K + "p02-10", R(1, 7)) + marks(K + "p02-10", [7]), 2), "art box"),
    box("grid-column: 1 / 4; grid-row: 4", head(K + "p02-08") + body(paras(K + "p02-08", R(0, 4)), 3)),
    box("grid-column: 4 / 6; grid-row: 4", item(K + "p02-09", R(0, 3), 2)),
    '<div class="credit-line">本版责编：韩　川　罗　屿</div>',
])

# 2. 2026-05-01 第03版 要闻 (4 columns): a story whose text jumps from the left of row 3 to the right of row 4.
PAGES["pdf9-xhmrdx-2026-05-01-p03"] = ({"ncol": 4, "w": "360mm", "h": "600mm"}, [
    banner("新华每日电讯", "要闻", "2026年5月1日　第03版"),
    box("grid-column: 1 / 5; grid-row: 2", head(K + "p03-11", "") + body(paras(K + "p03-11", R(0, 8)), 4)),
    box("grid-column: 1 / 3; grid-row: 3", head(K + "p03-12") + body(paras(K + "p03-12", R(0, 16)), 2)),
    box("grid-column: 3 / 5; grid-row: 3", head(K + "p03-13") + body(paras(K + "p03-13", R(0, 5)), 2)),
    box("grid-column: 1 / 3; grid-row: 4", head(K + "p03-14") + body(paras(K + "p03-14", R(0, 4)), 2)),
    box("grid-column: 3 / 5; grid-row: 4", part(K + "p03-12", R(16, 29), 2)),
])

# 3. 2026-05-01 第04版 要闻 (3 wide columns): a long kicker; a headline over a picture; a row of three.
PAGES["pdf9-xhmrdx-2026-05-01-p04"] = ({"ncol": 3, "w": "300mm", "h": "600mm"}, [
    banner("2026年5月1日", "新华每日电讯", "要闻　第04版"),
    box("grid-column: 1 / 4; grid-row: 2", head(K + "p04-15", "") + body(paras(K + "p04-15", R(0, 6)), 3)),
    box("grid-column: 1 / 3; grid-row: 3", head(K + "p04-20", "") + pic("110mm")),
    box("grid-column: 3; grid-row: 3", head(K + "p04-17") + paras(K + "p04-17", R(0, 7))),
    box("grid-column: 1; grid-row: 4", head(K + "p04-18") + paras(K + "p04-18", R(0, 4))),
    box("grid-column: 2; grid-row: 4", head(K + "p04-19") + paras(K + "p04-19", R(0, 5))),
    box("grid-column: 3; grid-row: 4", head(K + "p04-21") + authors(K + "p04-21", [0]) + paras(K + "p04-21", R(1, 8))),
    '<div class="credit-line">本版责编：邵　宁　苏　棠</div>',
])

# 4. 2026-05-02 第02版 要闻 (5 narrow columns): a lead with a kicker, an interview with subheads.
PAGES["pdf9-xhmrdx-2026-05-02-p02"] = ({"ncol": 5, "w": "340mm", "h": "850mm"}, [
    banner("第02版　要闻", "新华每日电讯", "2026年5月2日　星期六"),
    box("grid-column: 1 / 6; grid-row: 2", head(L + "p02-06", "") + body(paras(L + "p02-06", R(0, 6)), 5)),
    box("grid-column: 1 / 4; grid-row: 3", head(L + "p02-10") + authors(L + "p02-10", [0])
        + body(paras(L + "p02-10", R(1, 28)), 3)),
    box("grid-column: 4 / 6; grid-row: 3", head(L + "p02-07") + authors(L + "p02-07", [0])
        + body(paras(L + "p02-07", R(1, 18)), 2)),
    box("grid-column: 1 / 3; grid-row: 4", head(L + "p02-08") + pic("40mm") + body(paras(L + "p02-08", R(0, 7)), 2)),
    box("grid-column: 3 / 6; grid-row: 4", head(L + "p02-09") + authors(L + "p02-09", [0])
        + body(paras(L + "p02-09", R(1, 13)), 3)),
    '<div class="credit-line">本版责编：程　远　孟　溪</div>',
])


def build(names=None):
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(KEEP, exist_ok=True)
    for name, (opts, blocks) in PAGES.items():
        if names and name not in names:
            continue
        h = os.path.join(KEEP, name + ".html")
        pdf = os.path.join(KEEP, name + ".pdf")
        with open(h, "w", encoding="utf-8") as f:
            f.write(page(opts, blocks))
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--print-to-pdf=" + pdf,
                        "--no-pdf-header-footer", h], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        n = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = [l for l in n.splitlines() if l.startswith("Pages:")][0].split()[1]
        subprocess.run(["pdftotext", pdf, os.path.join(OUT, name + ".txt")], check=True)
        print(name, "PDF pages:", pages)

if __name__ == "__main__":
    build(sys.argv[1:])
