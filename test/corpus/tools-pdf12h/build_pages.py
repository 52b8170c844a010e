#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Lay real 蘋果日報 (Hong Kong Apple Daily) records out as newspaper-like pages, print them to PDF with headless
Chromium and extract the text with pdftotext (default mode, no flags), as a user does with a PDF page.

PDF batch 12h: copied from ../tools-pdf11h/build_pages.py (batch 11h). Changes: records from records_12h.py; CREDIT
(new): the closing credit segments listed in NOTES.md (plan) are printed flush right (class `mark`), by record and
segment number; TABLE (new): record 174's segments 12–30 (`大新孖寶供股概覽` and its rows) are printed one row a line,
unindented, in a ruled box under the story's text, the box's rows in two columns (tablebox(), class `trow`, its first
row bold); is_sub leaves credit and table segments out; the page list is this batch's (NOTES.md, plan). Nothing else.

PDF batch 11h: copied from ../tools-pdf10/build_pages.py (batch 10). Changes: records from records_11h.py (kicker and
headline from the record's head segments; paragraphs are the record's other segments); fonts are the Traditional
Chinese faces ("Noto Serif CJK TC", "Noto Sans CJK TC") and the page's lang is zh-Hant; REP (the reporter-line rule) is
the Apple Daily one: a segment `記者：X` (after the lead) is printed on a line of its own, bold sans, flush left (class
`rep`), a closing `本報記者` flush right (class `mark`); CASE (new): `案件編號：…`, `入稟狀編號：…` segments flush right
(class `mark`); is_sub: a segment of at most 16 characters whose last character, closing quotes and brackets left aside,
is not 。！？…, and that is not a reporter or case line, printed bold and centred (the paper's in-article subheads);
banner() and brief() as batch 10's, brief() without subtitles (the records have none) and with the kicker printed
over the brief's head; kbrief() (new: brief() under a kicker line); `rep` class added to the CSS; the page list is
this batch's (NOTES.md, plan). A head keeps the record's full-width spaces.

    python3 build_pages.py [name ...]   # writes ../column/<name>.txt and ../build/<name>.html/.pdf

The records' text is not changed; the layout adds only the banners, box borders and rules (made up). The .txt files
are pdftotext's output, byte for byte. Gold files are not written by this script.
"""
import html, os, re, subprocess, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_12h import RECORDS as REC
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "column")
KEEP = os.path.join(ROOT, "build")

# (batch 11h) reporter lines, case-number lines and in-article subheads by rule (the records mark none)
REP = re.compile(r'^(記者：|本報記者$)')
CASE = re.compile(r'^(案件編號|入稟狀編號)：')


def is_reporter(p):
    return bool(REP.match(p)) and len(p) <= 30


def is_case(p):
    return bool(CASE.match(p))


def is_sub(p):
    t = p.rstrip('」』”’）)')
    return len(p) <= 16 and not (t and t[-1] in '。！？…') and not is_reporter(p) and not is_case(p)


# (batch 12h) closing credit segments (NOTES.md, plan), by record and segment number; the table of 174
CREDIT = {"138": {11}, "140": {3}, "146": {6}, "147": {3}, "148": {1}, "149": {2}, "119": {9}, "130": {5}, "131": {5},
          "132": {4}, "105": {7, 8}, "112": {1}}
TABLE = {"174": set(range(12, 31))}
SUBS = {k: {i for i, p in enumerate(r["paras"]) if is_sub(p) and i not in CREDIT.get(k, ()) and i not in TABLE.get(k, ())}
        for k, r in REC.items()}
REPORTER = {k: {i for i, p in enumerate(r["paras"]) if is_reporter(p) and p.startswith("本報記者")} for k, r in REC.items()}
REPLINE = {k: {i for i, p in enumerate(r["paras"]) if is_reporter(p) and p.startswith("記者：")} for k, r in REC.items()}
CASES = {k: {i for i, p in enumerate(r["paras"]) if is_case(p)} for k, r in REC.items()}
DASH = {}

CSS = """
@page { size: %(w)s %(h)s; margin: 12mm; }
body { font-family: "Noto Serif CJK TC"; font-size: %(fs)s; margin: 0; color: #000; }
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
h1.brief { font-size: 10pt; text-align: left; font-family: "Noto Sans CJK TC"; margin: 0 0 1mm; }
.series { font-size: 10pt; text-align: center; }
.byline { font-size: 11pt; text-align: center; margin: 1mm 0 2mm; white-space: pre-wrap; font-family: "Noto Sans CJK TC"; }
.body { column-gap: %(gap)s; }
p { margin: 0; text-indent: 2em; text-align: justify; line-height: %(lh)s; white-space: pre-wrap; }
p.sub { text-indent: 0; text-align: center; font-weight: bold; font-family: "Noto Sans CJK TC"; margin: 1.5mm 0; }
p.mark { text-indent: 0; text-align: right; }
p.deck { text-indent: 0; font-weight: bold; font-family: "Noto Sans CJK TC"; margin-bottom: 2mm; }
.pic { background: #bbb; height: %(pich)s; margin: 2mm 0 1mm; }
.cap { font-size: 9pt; font-family: "Noto Sans CJK TC"; margin-bottom: 2mm; }
.cap p { text-indent: 0; line-height: 1.5; }
.cap p.credit { text-align: right; }
.side { display: grid; column-gap: %(gap)s; align-items: start; }
.box { border: 1px solid #000; padding: 2mm; }
.boxlabel { font-family: "Noto Sans CJK TC"; font-weight: bold; font-size: 12pt; text-align: center; }
.brief { border-top: 1px solid #000; padding-top: 1.5mm; margin-bottom: 3mm; }
p.noind { text-indent: 0; }
p.lmark { text-indent: 0; text-align: left; font-family: "Noto Sans CJK TC"; }
p.notelabel { text-indent: 0; font-weight: bold; font-family: "Noto Sans CJK TC"; }
.note { margin: 1mm 0 2mm; }
.note p { font-family: "Noto Sans CJK TC"; font-size: 9.5pt; }
h1.label { font-size: 20pt; text-align: left; }
.notice { grid-column: 1 / -1; font-size: 9pt; text-align: center; font-family: "Noto Sans CJK TC"; }
.rule { border-top: 4px solid #000; padding-top: 2mm; }
.sublines { font-size: 12pt; text-align: center; font-weight: bold; font-family: "Noto Sans CJK TC"; margin: 0 0 1mm; white-space: pre-wrap; }
.picrow { display: grid; column-gap: %(gap)s; margin-bottom: 2mm; }
.lotto { border-top: 1px solid #000; padding-top: 1.5mm; margin-bottom: 3mm; }
.lotto .pic { height: 30mm; }
.imprint { border: 1px solid #000; padding: 2mm; font-family: "Noto Sans CJK TC"; }
.imprint p { text-indent: 0; font-size: 9pt; line-height: 1.5; text-align: left; }
p.rep { text-indent: 0; text-align: left; font-weight: bold; font-family: "Noto Sans CJK TC"; margin: 1mm 0; }
.tbox { border: 1px solid #000; padding: 2mm; margin-top: 2mm; column-count: 2; column-gap: 6mm; font-family: "Noto Sans CJK TC"; font-size: 9pt; }
p.trow { text-indent: 0; text-align: left; line-height: 1.5; }
p.thead { text-indent: 0; font-weight: bold; font-size: 11pt; column-span: all; margin-bottom: 1mm; }
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
    return ('<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><style>%s</style></head><body><div class="page">%s</div></body></html>'
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
               "mark" if i in REPORTER.get(key, ()) or i in CASES.get(key, ()) or i in CREDIT.get(key, ()) else
               "rep" if i in REPLINE.get(key, ()) else
               ("noind" if noind_first and n == 0 else ""))
        out.append('<p%s>%s</p>' % (' class="%s"' % cls if cls else "", esc(REC[key]["paras"][i])))
    return "".join(out)


def marks(key, idx):
    """Record paragraphs set flush right (closing datelines)."""
    return "".join('<p class="mark">%s</p>' % esc(REC[key]["paras"][i]) for i in idx)


def brief(key, idx, size="brief"):
    """A brief: its kicker lines (if any) over a bold left-aligned sans head, a rule above it (batch 11h: kicker added,
    no subtitle)."""
    k = "".join('<div class="cap"><p class="noind">%s</p></div>' % esc(x) for x in REC[key]["kicker"])
    return '<div class="brief">%s<h1 class="%s">%s</h1>%s</div>' % (k, size, esc(REC[key]["title"]), paras(key, idx))


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


def n(key):
    return len(REC[key]["paras"])


def all_(key):
    return paras(key, R(0, n(key)))


def tablebox(key, idx):
    """(batch 12h) A table printed in the text: its first segment a bold label across the box, the rows one a line in
    two columns, in a ruled box."""
    idx = list(idx)
    rows = "".join('<p class="trow">%s</p>' % esc(REC[key]["paras"][i]) for i in idx[1:])
    return '<div class="tbox"><p class="thead">%s</p>%s</div>' % (esc(REC[key]["paras"][idx[0]]), rows)


D = "2010年11月17日　星期三"

# 1. (dev) international, 4 columns: a headline across all columns over the lead story; a column of briefs.
PAGES["pdf12h-hkad-2010-11-17-p01"] = ({"ncol": 4, "w": "320mm", "h": "550mm"}, [
    banner("蘋果日報", "國際", D, big=0),
    box("grid-column: 1 / 5; grid-row: 2", head("138", "") + body(all_("138"), 4)),
    box("grid-column: 1 / 3; grid-row: 3", head("146") + body(all_("146"), 2)),
    box("grid-column: 3; grid-row: 3", '<h1 class="tiny">%s</h1>' % esc(REC["147"]["title"]) + all_("147")),
    box("grid-column: 4; grid-row: 3", brief("140", R(0, n("140"))) + brief("148", R(0, n("148"))) + brief("149", R(0, n("149"))), ""),
])

# 2. (test) China, 5 columns: two stories side by side; a column of kicker-headed briefs.
PAGES["pdf12h-hkad-2010-11-17-p02"] = ({"ncol": 5, "w": "380mm", "h": "550mm"}, [
    banner(D, "蘋果日報", "中國"),
    box("grid-column: 1 / 4; grid-row: 2", head("119", "") + body(all_("119"), 3)),
    box("grid-column: 4 / 6; grid-row: 2", head("130") + body(all_("130"), 2)),
    box("grid-column: 1 / 3; grid-row: 3", head("131") + body(all_("131"), 2)),
    box("grid-column: 3 / 5; grid-row: 3", head("132") + body(all_("132"), 2)),
    box("grid-column: 5; grid-row: 3", brief("133", R(0, n("133"))) + brief("134", R(0, n("134"))), ""),
])

# 3. (dev) finance, 4 columns: a table in the text; kickers over headlines; a column of briefs.
PAGES["pdf12h-hkad-2010-11-17-p03"] = ({"ncol": 4, "w": "340mm", "h": "550mm"}, [
    banner("財經", "蘋果日報", D, big=0),
    box("grid-column: 1 / 4; grid-row: 2", head("174", "") + body(paras("174", R(0, 12)), 3) + tablebox("174", R(12, 31))),
    box("grid-column: 4; grid-row: 2 / 4", brief("182", R(0, 1)) + brief("183", R(0, 1)) + brief("184", R(0, 1))
        + brief("185", R(0, 1)), ""),
    box("grid-column: 1 / 3; grid-row: 3", head("168") + body(all_("168"), 2)),
    box("grid-column: 3; grid-row: 3", head("169") + all_("169")),
])

# 4. (test) entertainment, 4 columns: a headline across all columns over the lead; a column of briefs.
PAGES["pdf12h-hkad-2010-11-17-p04"] = ({"ncol": 4, "w": "320mm", "h": "500mm"}, [
    banner("蘋果日報", "娛樂", D),
    box("grid-column: 1 / 5; grid-row: 2", head("101", "") + body(all_("101"), 4)),
    box("grid-column: 1 / 3; grid-row: 3", head("105") + body(all_("105"), 2)),
    box("grid-column: 3; grid-row: 3", head("111") + all_("111")),
    box("grid-column: 4; grid-row: 3", brief("102", R(0, n("102"))) + brief("103", R(0, n("103"))) + brief("112", R(0, n("112"))), ""),
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
