#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Lay real 海南日报 records out as newspaper-like pages, print them to PDF with headless Chromium and
extract the text with pdftotext (default mode, no flags), as a user does with a PDF page.

Copied from test/corpus/tools-pdf-ocr3/build_pages.py (same CSS base, a few classes added; the helpers rewritten for
these records, whose author lines are paragraphs of the text; the page list new). Records: records_11.py (read from
karry1155/hndaily-web).

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
from records_11 import RECORDS as REC, cut
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "column")
KEEP = os.path.join(ROOT, "build")

# in-article subheads (paragraph indices), printed bold and centred
SUBS = {"xing": {8, 23, 35}, "xing2": {13, 25}, "lvyou": {6, 23, 37}}

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


def lmark(key, i):
    """The record's own `◀上接A01版` line, flush left."""
    return '<p class="lmark">%s</p>' % esc(REC[key]["paras"][i])


def part(key, first, cont_key, marker):
    """The A01 part of a story continued elsewhere: paragraphs first.. up to where the continuation record begins
    (a paragraph cut in the middle ends the part), then the made-up marker flush right."""
    i, k = cut(key, cont_key)
    p = REC[key]["paras"]
    out = paras(key, range(first, i))
    if k:
        out += "<p>%s</p>" % esc(p[i][:k])
    return out + '<p class="mark">%s</p>' % esc(marker)


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
    """Head, a grey picture box, the caption paragraphs and the credit flush right."""
    p = REC[key]["paras"]
    return (title(key) + '<div class="pic" style="height:%s"></div><div class="cap">%s<p class="credit">%s</p></div>'
            % (height, "".join("<p>%s</p>" % esc(p[i]) for i in caps), esc(p[credit])))


R = range
PAGES = {}

# 1. 2026-07-14 A01 头版 (5 columns): stories continued to other pages (see NOTES.md, plan).
PAGES["pdf-hnrb-2026-07-14-p01"] = ({"ncol": 5, "w": "380mm", "h": "700mm"}, [
    banner("2026年7月14日　星期二", "海南日报", "A01　头版"),
    box("grid-column: 1 / 6; grid-row: 2", title("ai", "") + paras("ai", [0])),
    box("grid-column: 1 / 4; grid-row: 3", title("xing", "") + note("xing", 0, 1) + authors("xing", [2])
        + body(part("xing", 3, "xing2", "▶下转A02版"), 3)),
    box("grid-column: 4 / 6; grid-row: 3", title("junqu") + body(paras("junqu", R(0, 4)), 2)),
    box("grid-column: 1 / 3; grid-row: 4", title("chuxin") + authors("chuxin", [0])
        + body(part("chuxin", 1, "chuxin2", "▶下转A02版"), 2), "art box"),
    box("grid-column: 3 / 6; grid-row: 4", title("wufei") + body(paras("wufei", R(0, 5)), 3)),
    box("grid-column: 1 / 4; grid-row: 5", title("fangxun") + body(part("fangxun", 0, "fangxun2", "▶下转A02版"), 3)),
    box("grid-column: 4 / 6; grid-row: 5", title("minsu") + body(part("minsu", 0, "minsu2", "▶下转A02版"), 2)),
    box("grid-column: 1 / 6; grid-row: 6", title("lvyou") + authors("lvyou", [0])
        + body(part("lvyou", 1, "lvyou3", "▶下转A03版"), 5)),
    '<div class="credit-line">本版责编：符　岚　周　川</div>',
])

# 2. 2026-07-14 A02 本省新闻 (4 columns): stories continued from A01 (see NOTES.md, plan).
PAGES["pdf-hnrb-2026-07-14-p02"] = ({"ncol": 4, "w": "360mm", "h": "880mm"}, [
    banner("本省新闻", "海南日报", "2026年7月14日　星期二　A02"),
    box("grid-column: 1 / 5; grid-row: 2", title("xing2") + body(lmark("xing2", 0) + paras("xing2", R(1, 35)), 4)),
    box("grid-column: 1 / 3; grid-row: 3", title("shoufang") + body(paras("shoufang", R(0, 4)), 2)),
    box("grid-column: 3; grid-row: 3", title("fangxun2") + lmark("fangxun2", 0) + paras("fangxun2", R(1, 3), True)
        + '<div class="art" style="margin-top: 3mm">%s</div>' % (
            title("minsu2") + lmark("minsu2", 0) + paras("minsu2", R(1, 3), True))),
    box("grid-column: 4; grid-row: 3", title("chuxin2") + lmark("chuxin2", 0) + paras("chuxin2", R(1, 6), True), "art box"),
    box("grid-column: 1 / 3; grid-row: 4", picstory("guoshu", [0, 1, 2], 3, "70mm")),
    box("grid-column: 3 / 5; grid-row: 4", title("renda") + body(paras("renda", R(0, 3)), 2)),
    box("grid-column: 1; grid-row: 5", title("gongjiang") + paras("gongjiang", R(0, 4))),
    box("grid-column: 2; grid-row: 5", title("dikong") + paras("dikong", R(0, 4))),
    box("grid-column: 3 / 5; grid-row: 5", title("youeryuan") + body(paras("youeryuan", R(0, 5)), 2)),
    '<div class="credit-line">本版责编：林　澜　吴　岸</div>',
])

# 3. 2026-07-16 A05 本省新闻 (5 columns): many short items with bold heads (see NOTES.md, plan).
PAGES["pdf-hnrb-2026-07-16-p05"] = ({"ncol": 5, "w": "380mm", "h": "740mm"}, [
    banner("A05", "海南日报", "2026年7月16日　星期四　本省新闻"),
    box("grid-column: 1 / 5; grid-row: 2", title("taiji") + body(paras("taiji", R(0, 8)), 4)),
    box("grid-column: 5; grid-row: 2 / 4", brief("liyongquan", [0]) + brief("linchiming", [0])
        + brief("fuyonggao", R(0, 3)) + brief("zhouhuaisheng", R(0, 3)), ""),
    box("grid-column: 1 / 3; grid-row: 3", item("zhongkao", R(0, 10), 2)),
    box("grid-column: 3 / 5; grid-row: 3", item("shuzhi", R(0, 4), 2)),
    box("grid-column: 1 / 6; grid-row: 4", side("1fr 1fr", title("minshenglu") + body(paras("minshenglu", R(0, 6)), 2),
                                               title("anzhi") + body(paras("anzhi", R(0, 5)), 2)), "art box"),
    '<div class="credit-line">本版责编：陈　屿　王　汀</div>',
])

# 4. 2026-07-16 A04 本省新闻 (4 columns): special report with an editor's note; a head to the side (see NOTES.md, plan).
PAGES["pdf-hnrb-2026-07-16-p04"] = ({"ncol": 4, "w": "360mm", "h": "800mm"}, [
    banner("2026年7月16日　星期四", "海南日报", "A04　本省新闻"),
    box("grid-column: 1 / 5; grid-row: 2", side("1fr 3fr", title("zhengjiguan", "label"),
                                               '<p class="notelabel">%s</p>%s' % (esc(REC["zhengjiguan"]["paras"][0]),
                                                                                 paras("zhengjiguan", [1]))), "art box"),
    box("grid-column: 1 / 3; grid-row: 3", title("qiye") + authors("qiye", [0]) + body(paras("qiye", R(1, 8)) + marks("qiye", [8]), 2)),
    box("grid-column: 3 / 5; grid-row: 3", title("fazhi") + authors("fazhi", [0]) + body(paras("fazhi", R(1, 9)), 2)),
    box("grid-column: 1 / 5; grid-row: 4", side("3fr 1fr", body(paras("xiulu", R(1, 5)), 3),
                                               '<div style="padding-top: 8mm">%s</div>' % (title("xiulu") + authors("xiulu", [0])))),
    box("grid-column: 1 / 3; grid-row: 5", title("yongdian") + authors("yongdian", [0, 1])
        + body(paras("yongdian", R(2, 10)) + marks("yongdian", [10]), 2)),
    box("grid-column: 3 / 5; grid-row: 5", title("ganbu") + authors("ganbu", [0, 1])
        + body(paras("ganbu", R(2, 8)) + marks("ganbu", [8]), 2)),
    box("grid-column: 1 / 4; grid-row: 6", title("jiangfei") + body(paras("jiangfei", R(0, 6)), 3)),
    box("grid-column: 4; grid-row: 6", brief("huanle", R(0, 3)), ""),
    '<div class="credit-line">本版责编：黎　渚　许　帆</div>',
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
