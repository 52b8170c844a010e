#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Lay real 海南日报 records out as newspaper-like pages, print them to PDF with headless Chromium and
extract the text with pdftotext (default mode, no flags), as a user does with a PDF page.

PDF batch 7: copied from ../tools-pdf-ocr4/build_pages.py (batch 6). Changes: records from records_7.py (no
continuation cut, so `part` and the ▶下转 markers are gone); SUBS is this batch's; two CSS classes added (`.notice`, the
small centred line under the commentary band; `.rule`, a heavy rule over the band); `notice()` and `picart()` (a cartoon:
head, grey box, text paragraphs, credit flush right) added; the page list is this batch's (NOTES.md, plan).

    python3 build_pages.py [name ...]   # writes ../column/<name>.txt and ../build/<name>.html/.pdf

The records' text is not changed; the layout adds only the banners, the 本版责编 lines, the grey picture box,
the box borders and the ▶下转A0N版 markers of page 1 (all made up); a story continued on another page is cut where
the record of its continuation begins (records_11.cut). The .txt files are pdftotext's output, byte for byte.
Gold files are not written by this script.
"""
import html, os, subprocess, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_7 import RECORDS as REC
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "column")
KEEP = os.path.join(ROOT, "build")

# in-article subheads (paragraph indices), printed bold and centred
SUBS = {"dixian": {3, 6, 9}}

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


R = range
PAGES = {}

# 1. 2026-07-17 A03 本省新闻 (5 columns): a lead pair, a row of three, a band of briefs (see NOTES.md, plan).
PAGES["pdf7-hnrb-2026-07-17-p03"] = ({"ncol": 5, "w": "380mm", "h": "780mm"}, [
    banner("2026年7月17日　星期五", "海南日报", "A03　本省新闻"),
    box("grid-column: 1 / 4; grid-row: 2", title("zhuoshi", "") + body(paras("zhuoshi", R(0, 9)), 3)),
    box("grid-column: 4 / 6; grid-row: 2", title("shike") + body(paras("shike", R(0, 4)), 2)),
    box("grid-column: 1 / 3; grid-row: 3", title("nonglv") + body(paras("nonglv", R(0, 7)), 2)),
    box("grid-column: 3; grid-row: 3", title("taotu") + paras("taotu", R(0, 6))),
    box("grid-column: 4 / 6; grid-row: 3", title("jiedu") + body(paras("jiedu", R(0, 4)), 2), "art box"),
    box("grid-column: 1; grid-row: 4", brief("yundong", R(0, 4)), ""),
    box("grid-column: 2; grid-row: 4", brief("nvzu", R(0, 3)), ""),
    box("grid-column: 3 / 5; grid-row: 4", '<div class="brief"><h1 class="brief">%s</h1>%s</div>' % (
        esc(REC["taishang"]["title"]), body(paras("taishang", R(0, 3)), 2)), ""),
    box("grid-column: 5; grid-row: 4", brief("meiti", R(0, 2)), ""),
    '<div class="credit-line">本版责编：叶　澄　柯　遥</div>',
])

# 2. 2026-07-17 A04 本省新闻 (4 columns): news over a commentary band (see NOTES.md, plan).
PAGES["pdf7-hnrb-2026-07-17-p04"] = ({"ncol": 4, "w": "360mm", "h": "1000mm"}, [
    banner("A04", "海南日报", "2026年7月17日　星期五　本省新闻"),
    box("grid-column: 1 / 3; grid-row: 2", title("zhaogc") + body(paras("zhaogc", R(0, 6)), 2)),
    box("grid-column: 3 / 5; grid-row: 2", title("chuangxin") + body(paras("chuangxin", R(0, 8)), 2)),
    box("grid-column: 1; grid-row: 3", title("zhongkao5") + paras("zhongkao5", R(0, 3))),
    box("grid-column: 2; grid-row: 3", title("waizi") + paras("waizi", R(0, 4))),
    box("grid-column: 3 / 5; grid-row: 3", title("yanxi") + body(paras("yanxi", R(0, 4)), 2)),
    box("grid-column: 1 / 3; grid-row: 4", title("dixian") + authors("dixian", [0]) + body(paras("dixian", R(1, 14)), 2), "rule"),
    box("grid-column: 3; grid-row: 4", title("aipei") + authors("aipei", [0]) + paras("aipei", R(1, 8)), "rule"),
    box("grid-column: 4; grid-row: 4", title("sanya") + authors("sanya", [0]) + paras("sanya", R(1, 9))
        + '<div class="art" style="margin-top: 3mm">%s</div>' % picart("shixi", [0, 1], 2, "40mm"), "rule"),
    notice("shixi", 3),
    '<div class="credit-line">本版责编：邓　沐　韩　青</div>',
])

# 3. 2026-07-20 A03 民生新闻 (4 columns): a feature with a picture beside it; two side by side; four briefs in a row.
PAGES["pdf7-hnrb-2026-07-20-p03"] = ({"ncol": 4, "w": "360mm", "h": "600mm"}, [
    banner("海南日报", "2026年7月20日　星期一", "A03　民生新闻"),
    box("grid-column: 1 / 4; grid-row: 2", title("zhuge", "") + authors("zhuge", [0])
        + body(paras("zhuge", R(1, 14)) + marks("zhuge", [14]), 3)),
    box("grid-column: 4; grid-row: 2", picstory("shaiyan", [0], None, "60mm")),
    box("grid-column: 1 / 3; grid-row: 3", title("kongtiao") + body(paras("kongtiao", R(0, 6)), 2)),
    box("grid-column: 3 / 5; grid-row: 3", title("baisha") + body(paras("baisha", R(0, 7)), 2)),
    box("grid-column: 1; grid-row: 4", brief("fenshu", R(0, 3)), ""),
    box("grid-column: 2; grid-row: 4", brief("cishan", R(0, 3)), ""),
    box("grid-column: 3; grid-row: 4", brief("wushui", R(0, 4)), ""),
    box("grid-column: 4; grid-row: 4", brief("jingshi", R(0, 3)), ""),
    '<div class="credit-line">本版责编：孟　岩　唐　汐</div>',
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
