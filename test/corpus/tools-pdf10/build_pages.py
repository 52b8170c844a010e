#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Lay real 新民晚报 records out as newspaper-like pages, print them to PDF with headless Chromium and
extract the text with pdftotext (default mode, no flags), as a user does with a PDF page.

PDF batch 10: copied from ../tools-pdf9/build_pages.py (batch 9). Changes: records from records_10.py (fields kicker,
title, subtitle, paras; no subhead marks in the source); SUBS is a rule, not a record field (is_sub: a paragraph of at
most 20 characters whose last character, closing quotes and brackets left aside, is not 。！？…, that does not begin
with `（` and is not a reporter line), printed bold and centred; REPORTER (new): a paragraph that is a reporter line
(`本报记者  郭剑烽`, `本报记者  江跃中  通讯员  孙志勤`: it begins 本报/特约/首席 记者/通讯员 and has at most 30 characters)
is printed flush right (class `mark`); DASH is empty (no dash-ended lead-in lines here); banner() takes a `big` argument
(which of its three parts is large: page 4 has the section name large on the left); brief() prints the record's
subtitle under the brief's head (record 30); `pic()` is left out (no picture is printed: the records give none). The
page list is this batch's (NOTES.md, plan). A head keeps the record's two-space runs (white-space: pre-wrap).

    python3 build_pages.py [name ...]   # writes ../column/<name>.txt and ../build/<name>.html/.pdf

The records' text is not changed; the layout adds only the banners, the 本版责编 lines, box borders and rules (all made
up). The .txt files are pdftotext's output, byte for byte.
Gold files are not written by this script.
"""
import html, os, re, subprocess, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_10 import RECORDS as REC
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "column")
KEEP = os.path.join(ROOT, "build")

# (batch 10) in-article subheads by rule (the records mark none), printed bold and centred; reporter lines flush right
REP = re.compile(r'^(本报|特约|首席)?(记者|通讯员)')


def is_reporter(p):
    return bool(REP.match(p)) and len(p) <= 30


def is_sub(p):
    t = p.rstrip('”’）)')
    return len(p) <= 20 and not (t and t[-1] in '。！？…') and not p.startswith('（') and not is_reporter(p)


SUBS = {k: {i for i, p in enumerate(r["paras"]) if is_sub(p)} for k, r in REC.items()}
REPORTER = {k: {i for i, p in enumerate(r["paras"]) if is_reporter(p)} for k, r in REC.items()}
DASH = {}

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

def banner(left, mid, right, big=1):
    """(batch 10: `big` = which part is large, 0 left, 1 middle)"""
    cls = ["small", "small", "small"]
    cls[big] = "paper"
    return '<div class="banner">%s</div>' % "".join('<div class="%s">%s</div>' % (c, t) for c, t in zip(cls, (left, mid, right)))


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
               "mark" if i in REPORTER.get(key, ()) else
               ("noind" if noind_first and n == 0 else ""))
        out.append('<p%s>%s</p>' % (' class="%s"' % cls if cls else "", esc(REC[key]["paras"][i])))
    return "".join(out)


def marks(key, idx):
    """Record paragraphs set flush right (closing datelines)."""
    return "".join('<p class="mark">%s</p>' % esc(REC[key]["paras"][i]) for i in idx)


def brief(key, idx):
    """A brief: bold left-aligned sans head (two-line heads keep their break), a rule above it."""
    s = "".join('<div class="cap"><p class="noind">%s</p></div>' % esc(x) for x in REC[key]["subtitle"])
    return '<div class="brief"><h1 class="brief">%s</h1>%s%s</div>' % (esc(REC[key]["title"]), s, paras(key, idx))


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


R = range
PAGES = {}
K = "2022-04-02-"
L = "2022-04-03-"


def n(key):
    return len(REC[key]["paras"])


# 1. 2022-04-02, lead 第2版 要闻 (5 columns): a long kicker and subtitle over a head across five columns.
PAGES["pdf10-xmwb-2022-04-02-p02"] = ({"ncol": 5, "w": "380mm", "h": "600mm"}, [
    banner("第2版　要闻", "新民晚报", "2022年4月2日　星期六"),
    box("grid-column: 1 / 6; grid-row: 2", head(K + "15", "") + body(paras(K + "15", R(0, n(K + "15"))), 5)),
    box("grid-column: 1 / 4; grid-row: 3 / 5", head(K + "17") + body(paras(K + "17", R(0, n(K + "17"))), 3)),
    box("grid-column: 4 / 6; grid-row: 3", head(K + "16") + body(paras(K + "16", R(0, n(K + "16"))), 2)),
    box("grid-column: 4 / 6; grid-row: 4", '<h1 class="tiny">%s</h1>' % esc(REC[K + "21"]["title"])
        + '<div class="sublines">%s</div>' % esc(REC[K + "21"]["subtitle"][0]) + body(paras(K + "21", R(0, n(K + "21"))), 2)),
    '<div class="credit-line">本版责编：沈　岚　陆　亭</div>',
])

# 2. 2022-04-02, lead 第7版 上海新闻 (4 columns): a story whose text continues in a later block.
PAGES["pdf10-xmwb-2022-04-02-p07"] = ({"ncol": 4, "w": "360mm", "h": "900mm"}, [
    banner("新民晚报", "上海新闻", "2022年4月2日　第7版"),
    box("grid-column: 1 / 5; grid-row: 2", head(K + "19", "") + body(paras(K + "19", R(0, 22)), 4)),
    box("grid-column: 1 / 3; grid-row: 3", head(K + "18") + body(paras(K + "18", R(0, n(K + "18"))), 2)),
    box("grid-column: 3 / 5; grid-row: 3", part(K + "19", R(22, n(K + "19")), 2)),
    box("grid-column: 1 / 5; grid-row: 4", head(K + "22") + body(paras(K + "22", R(0, n(K + "22"))), 4)),
])

# 3. 2022-04-03, lead 第4/5版 上海新闻 (4 columns): a lead with a kicker and subheads; a column of three briefs.
PAGES["pdf10-xmwb-2022-04-03-p04"] = ({"ncol": 4, "w": "340mm", "h": "600mm"}, [
    banner("2022年4月3日　星期日", "新民晚报", "第4版　上海新闻"),
    box("grid-column: 1 / 4; grid-row: 2", head(L + "32", "") + body(paras(L + "32", R(0, n(L + "32"))), 3)),
    box("grid-column: 4; grid-row: 2 / 4", brief(L + "29", R(0, n(L + "29"))) + brief(L + "30", R(0, n(L + "30")))
        + brief(L + "31", R(0, n(L + "31"))), ""),
    box("grid-column: 1 / 4; grid-row: 3", head(L + "34") + body(paras(L + "34", R(0, n(L + "34"))), 3)),
    box("grid-column: 1 / 5; grid-row: 4", head(L + "35") + body(paras(L + "35", R(0, n(L + "35"))), 4)),
    '<div class="credit-line">本版责编：顾　澄　许　弈</div>',
])

# 4. 2022-04-03, lead 第9版 星期天夜光杯 (3 wide columns): essays with author lines and numbered sections.
PAGES["pdf10-xmwb-2022-04-03-p09"] = ({"ncol": 3, "w": "300mm", "h": "1000mm"}, [
    banner("星期天夜光杯", "新民晚报", "2022年4月3日　第9版", big=0),
    box("grid-column: 1 / 4; grid-row: 2", head(L + "36", "") + authors(L + "36", [0]) + body(paras(L + "36", R(1, n(L + "36"))), 3)),
    box("grid-column: 1 / 3; grid-row: 3", head(L + "39") + authors(L + "39", [0]) + body(paras(L + "39", R(1, n(L + "39"))), 2)),
    box("grid-column: 3; grid-row: 3", head(L + "41") + authors(L + "41", [0]) + paras(L + "41", R(1, n(L + "41")))),
    box("grid-column: 1 / 4; grid-row: 4", head(L + "38") + authors(L + "38", [0]) + body(paras(L + "38", R(1, n(L + "38"))), 3)),
    '<div class="credit-line">本版责编：林　素　江　帆</div>',
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
