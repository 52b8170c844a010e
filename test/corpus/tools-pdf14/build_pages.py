#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Lay real 解放日报 articles (the CNKI crawl of paragraph batch para10, the five records para10 did not use) out as a
provincial daily's news pages, print them to PDF with headless Chromium and extract the text with pdftotext (default
mode, no flags), as a user does with a PDF page.

PDF batch 14: copied from ../tools-pdf13/build_pages.py (batch 13). Changes: records from records_14.py (title;
subtitle = record 1's two deck lines; author = the author line para10's rule gives, `陈华`, `顾泳`); is_sub is batch
10's rule again (the `■` case of batch 13 dropped; no record has one); is_reporter always false (no record has a
standalone reporter or bracketed byline paragraph); head() prints the deck lines as a bold sans deck (class `deckl`,
new CSS) and the author line centred under the head (the `byline` class); new helpers `lefthead()` (the headline set
in its own grid column to the left of its text block, class h1.left, new CSS) and `boxed()` (a story in a 1 px box);
the page list is this batch's (NOTES.md, plan): two pages, banner `date / 解放日报 / 第<n>版　要闻`, nothing else
added. Everything else (CSS, helpers, Chromium and pdftotext calls) is batch 13's.
(Batch 13's own notes: records from records_13.py (the portal items: title and paras; kicker and subtitle empty);
is_sub: a paragraph beginning `■` is a subhead, besides batch 10's rule; REPORTER is the bracketed closing byline when
it is a paragraph of its own, printed flush right; the page list was batch 13's. Batch 10's own notes: records from
records_10.py; SUBS by rule; REPORTER lines flush right; banner() takes a `big` argument; brief() prints the record's
subtitle under the brief's head; `pic()` left out.)

    python3 build_pages.py [name ...]   # writes ../column/<name>.txt and ../build/<name>.html/.pdf

The records' text is not changed. The .txt files are pdftotext's output, byte for byte.
Gold files are not written by this script.
"""
import html, os, re, subprocess, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_14 import RECORDS as REC
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "column")
KEEP = os.path.join(ROOT, "build")

# (batch 10) in-article subheads by rule (the records mark none), printed bold and centred; reporter lines flush right
REP = re.compile(r'^(本报|特约|首席)?(记者|通讯员)')


def is_reporter(p):
    # (batch 14) no record has a standalone reporter or bracketed byline paragraph
    return False


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
.deckl { font-size: 12pt; text-align: center; font-weight: bold; font-family: "Noto Sans CJK SC"; margin: 0 0 1mm; }
h1.left { font-size: 22pt; text-align: left; margin: 0; line-height: 1.4; }
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
    # (batch 14) subtitle lines are deck lines (bold sans, one div each); the author line centred under them
    s = "".join('<div class="deckl">%s</div>' % esc(x) for x in r["subtitle"]) if subtitle else ""
    a = "".join('<div class="byline">%s</div>' % esc(x) for x in r["author"])
    return k + '<h1 class="%s">%s</h1>' % (size, esc(r["title"])) + s + a


def part(key, idx, cols):
    """(batch 9) The rest of a story that jumps on the page: its text in `cols` columns, no head, no marker."""
    return body(paras(key, idx), cols)


R = range
PAGES = {}


def n(key):
    return len(REC[key]["paras"])


def story(key, cols, size="small"):
    """(batch 13) a story: its head (16 pt, or 24 pt for the lead) and all its paragraphs in `cols` columns."""
    return head(key, size) + body(paras(key, R(0, n(key))), cols)


def briefs(*keys):
    return "".join(brief(k, R(0, n(k))) for k in keys)


def lefthead(key, cols, headcols=1):
    """(batch 14) the headline set beside (to the left of) its text block: head in the first grid column(s), text in
    `cols` columns to its right."""
    r = REC[key]
    return side("%dfr %dfr" % (headcols, cols), '<h1 class="left">%s</h1>' % esc(r["title"]) +
                "".join('<div class="byline">%s</div>' % esc(x) for x in r["author"]),
                body(paras(key, R(0, n(key))), cols))


def boxed(style, inner):
    """(batch 14) a story in a 1 px box."""
    return '<div class="box" style="%s">%s</div>' % (style, inner)


# 1. records 1 (lead) and 4, 5 columns; the lead's text beside record 4, then continued in a band below it
PAGES["pdf14-jfrb-2022-05-27-p1"] = ({"ncol": 5, "w": "360mm", "h": "600mm"}, [
    banner("2022年5月27日　星期五", "解放日报", "第1版　要闻"),
    box("grid-column: 1 / 6; grid-row: 2", head("1", "")),
    '<div style="grid-column: 1 / 4; grid-row: 3">%s</div>' % part("1", R(0, 11), 3),
    box("grid-column: 4 / 6; grid-row: 3", story("4", 2)),
    '<div style="grid-column: 1 / 6; grid-row: 4">%s</div>' % part("1", R(11, 20), 5),
])

# 2. records 16 (lead, head to the left of its text), 18 (boxed) and 15 (a brief), 4 columns
PAGES["pdf14-jfrb-2022-05-30-p2"] = ({"ncol": 4, "w": "340mm", "h": "600mm"}, [
    banner("第2版　要闻", "解放日报", "2022年5月30日　星期一"),
    box("grid-column: 1 / 5; grid-row: 2", lefthead("16", 3)),
    boxed("grid-column: 1 / 4; grid-row: 3", story("18", 3)),
    box("grid-column: 4; grid-row: 3", briefs("15"), ""),
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
