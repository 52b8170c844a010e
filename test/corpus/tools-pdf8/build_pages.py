#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Lay real 都市快报 records out as newspaper-like pages, print them to PDF with headless Chromium and
extract the text with pdftotext (default mode, no flags), as a user does with a PDF page.

PDF batch 8: copied from ../tools-pdf7/build_pages.py (batch 7). Changes: records from records_8.py (fields kicker,
title, subtitle, paras); SUBS is this batch's; CSS classes added: `.sublines` (subtitle lines under a head, bold sans,
centred), `.picrow` (pictures side by side, each with its caption under it), `.lotto` (a lottery notice: head over a grey
box), `.imprint` (the paper's imprint box, small type); helpers added: `head()` (kicker lines, headline, subtitle lines),
`picrow()`, `sidepics()`, `lotto()`, `imprint()`, `qr()`; the page list is this batch's (NOTES.md, plan). A head of two
or more lines prints its record lines as they are (white-space: pre-wrap).

    python3 build_pages.py [name ...]   # writes ../column/<name>.txt and ../build/<name>.html/.pdf

The records' text is not changed; the layout adds only the banners, the 本版责编 lines, the grey picture, table and QR
boxes, box borders and rules (all made up). The .txt files are pdftotext's output, byte for byte.
Gold files are not written by this script.
"""
import html, os, subprocess, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_8 import RECORDS as REC
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "column")
KEEP = os.path.join(ROOT, "build")

# in-article subheads (paragraph indices), printed bold and centred
SUBS = {"A02-01": {3, 4, 7, 8, 12, 13, 15, 16, 20, 22}, "A08-01": {6, 12, 17}}

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
        cls = "sub" if i in SUBS.get(key, ()) else ("noind" if noind_first and n == 0 else "")
        out.append('<p%s>%s</p>' % (' class="%s"' % cls if cls else "", esc(REC[key]["paras"][i])))
    return "".join(out)


def marks(key, idx):
    """Record paragraphs set flush right (closing datelines)."""
    return "".join('<p class="mark">%s</p>' % esc(REC[key]["paras"][i]) for i in idx)


def note(key, label, text):
    """The record's 编者按 label and note in a bordered box."""
    p = REC[key]["paras"]
    return '<div class="box note"><p class="notelabel">%s</p><p>%s</p></div>' % (esc(p[label]), esc(p[text]))


def brief(key, idx):
    """A brief: bold left-aligned sans head (two-line heads keep their break), a rule above it."""
    return '<div class="brief"><h1 class="brief">%s</h1>%s</div>' % (esc(REC[key]["title"]), paras(key, idx))


def item(key, idx, cols):
    """A short item with a bold left-aligned 12 pt head and its text in `cols` columns."""
    return '<h1 class="tiny">%s</h1>%s' % (esc(REC[key]["title"]), body(paras(key, idx), cols))


def picstory(key, caps, credit, height):
    """Head, a grey picture box, the caption paragraphs and the credit flush right (batch 7: credit None when the
    credit ends the caption paragraph itself, as in 古法晒盐忙)."""
    p = REC[key]["paras"]
    cr = '' if credit is None else '<p class="credit">%s</p>' % esc(p[credit])
    return (title(key) + '<div class="pic" style="height:%s"></div><div class="cap">%s%s</div>'
            % (height, "".join("<p>%s</p>" % esc(p[i]) for i in caps), cr))


def picart(key, idx, credit, height):
    """A cartoon with comment: head, a grey picture box, the text paragraphs, the credit flush right."""
    p = REC[key]["paras"]
    return (title(key) + '<div class="pic" style="height:%s"></div>%s<p class="mark">%s</p>'
            % (height, paras(key, idx), esc(p[credit])))


def notice(key, i):
    """A record paragraph that is a notice of the page, printed small and centred across the page."""
    return '<div class="notice">%s</div>' % esc(REC[key]["paras"][i])


def head(key, size="small", kicker=True, subtitle=True):
    """Kicker lines (13 pt, centred) over the headline (its record lines kept), subtitle lines under it."""
    r = REC[key]
    k = "".join('<div class="kicker">%s</div>' % esc(x) for x in r["kicker"]) if kicker else ""
    s = ('<div class="sublines">%s</div>' % esc("\n".join(r["subtitle"]))) if subtitle and r["subtitle"] else ""
    return k + '<h1 class="%s">%s</h1>' % (size, esc(r["title"])) + s


def picrow(key, caps, height):
    """Grey picture boxes side by side, each with one record piece as its caption under it."""
    p = REC[key]["paras"]
    cells = "".join('<div><div class="pic" style="height:%s"></div><div class="cap"><p>%s</p></div></div>' % (height, esc(p[i]))
                    for i in caps)
    return '<div class="picrow" style="grid-template-columns: repeat(%d, 1fr)">%s</div>' % (len(caps), cells)


def sidepics(key, cap, credit, height):
    """Two grey picture boxes stacked: the first with its caption (credit included), the second with a credit alone."""
    p = REC[key]["paras"]
    return ('<div class="pic" style="height:%s"></div><div class="cap"><p>%s</p></div>'
            '<div class="pic" style="height:%s"></div><div class="cap"><p class="credit">%s</p></div>'
            % (height, esc(p[cap]), height, esc(p[credit])))


def lotto(key):
    """A lottery notice: its head (12 pt, left) over a grey box standing for the draw table."""
    return '<div class="lotto"><h1 class="tiny">%s</h1><div class="pic"></div></div>' % esc(REC[key]["title"])


def imprint(key):
    """The paper's imprint box: its label as a small bold line, the record's pieces one a line."""
    r = REC[key]
    return ('<div class="imprint"><p class="notelabel">%s</p>%s</div>'
            % (esc(r["title"]), "".join("<p>%s</p>" % esc(x) for x in r["paras"])))


def qr(key, i):
    """A small grey QR box with a record piece as its caption."""
    return ('<div class="pic" style="height:22mm; width:22mm"></div><div class="cap"><p>%s</p></div>'
            % esc(REC[key]["paras"][i]))


R = range
PAGES = {}
D = "2026年3月28日　星期六"

# 1. 2026-03-28 A02 中国新闻 (5 columns): lead with a kicker, a story with a subtitle, a row of three, three briefs.
PAGES["pdf8-dskb-2026-03-28-pA02"] = ({"ncol": 5, "w": "380mm", "h": "600mm"}, [
    banner("A02", "中国新闻", "都市快报　" + D),
    box("grid-column: 1 / 4; grid-row: 2", head("A02-01", "") + body(paras("A02-01", R(0, 24)), 3)),
    box("grid-column: 4 / 6; grid-row: 2", head("A02-05") + '<div class="pic" style="height:45mm"></div>'
        + body(paras("A02-05", R(0, 6)), 2)),
    box("grid-column: 1 / 3; grid-row: 3", head("A02-08") + body(paras("A02-08", R(0, 3)), 2)),
    box("grid-column: 3; grid-row: 3", head("A02-02") + paras("A02-02", R(0, 3))),
    box("grid-column: 4 / 6; grid-row: 3", head("A02-09") + body(paras("A02-09", R(0, 2)) + marks("A02-09", [2]), 2)),
    box("grid-column: 1 / 3; grid-row: 4", '<div class="brief"><h1 class="brief">%s</h1>%s</div>' % (
        esc(REC["A02-03"]["title"]), body(paras("A02-03", R(0, 3)), 2)), ""),
    box("grid-column: 3; grid-row: 4", brief("A02-04", R(0, 1)), ""),
    box("grid-column: 4 / 6; grid-row: 4", '<div class="brief"><h1 class="brief">%s</h1>%s</div>' % (
        esc(REC["A02-07"]["title"]), body(paras("A02-07", R(0, 1)), 2)), ""),
    '<div class="credit-line">本版责编：沈　屹　林　岚</div>',
])

# 2. 2026-03-28 A04 热线新闻 (4 columns): headline after a picture row; a story beside a column of notices.
PAGES["pdf8-dskb-2026-03-28-pA04"] = ({"ncol": 4, "w": "360mm", "h": "600mm"}, [
    banner("A04　热线新闻", "都市快报", D),
    box("grid-column: 1 / 5; grid-row: 2", picrow("A04-01", [0, 1, 2], "50mm") + head("A04-01", "")
        + authors("A04-01", [3]) + body(paras("A04-01", R(4, 21)), 4)),
    box("grid-column: 1 / 4; grid-row: 3", head("A04-05") + authors("A04-05", [0]) + body(paras("A04-05", R(1, 20)), 3)),
    box("grid-column: 4; grid-row: 3", lotto("A04-07") + lotto("A04-08") + lotto("A04-09"), ""),
    '<div class="credit-line">本版责编：顾　言　陆　眠</div>',
])

# 3. 2026-03-28 A08 天气与生活 (4 columns): a weather feature with pictures in a side column; two stories, the imprint.
PAGES["pdf8-dskb-2026-03-28-pA08"] = ({"ncol": 4, "w": "360mm", "h": "600mm"}, [
    banner("都市快报", "天气与生活", "A08　" + D),
    box("grid-column: 1 / 5; grid-row: 2", head("A08-01", "") + authors("A08-01", [2])
        + side("3fr 1fr", body(paras("A08-01", R(3, 22)), 3), sidepics("A08-01", 0, 1, "50mm")), "art box"),
    box("grid-column: 1 / 3; grid-row: 3", head("A08-04") + authors("A08-04", [1]) + body(paras("A08-04", R(2, 10)), 2)
        + qr("A08-04", 0)),
    box("grid-column: 3; grid-row: 3", head("A08-08") + authors("A08-08", [0]) + paras("A08-08", R(1, 5))),
    box("grid-column: 4; grid-row: 3", imprint("A08-09"), ""),
    '<div class="credit-line">本版责编：许　禾　周　砚</div>',
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
