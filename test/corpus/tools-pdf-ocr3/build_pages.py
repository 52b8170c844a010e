#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Lay real 人民日报 records out as newspaper-like pages, print them to PDF with headless Chromium and
extract the text with pdftotext (default mode, no flags), as a user does with a PDF page.

Copied from the corpus's test/corpus/tools-pdf-ocr2/build_pages.py (same CSS base and helpers; only the page list,
the records module and the subhead table changed, plus two helpers: item() for a short item with a bold
left-aligned head and its author line, decks() for bold deck paragraphs). Records: records_10.py (read from
leeperfect/PeopleDailyMaterial).

    python3 build_pages.py [name ...]   # writes ../column/<name>.txt and ../build/<name>.html/.pdf

The records' text is not changed; the layout adds only the banners, the 本版责编 lines, the grey picture boxes and
the box borders (all made up). The .txt files are pdftotext's output, byte for byte.
Gold files are not written by this script.
"""
import html, os, subprocess, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_10 import RECORDS as REC
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "column")
KEEP = os.path.join(ROOT, "build")

# in-article subheads (paragraph indices), printed bold and centred; records whose subheads carry `**` markers
# get theirs from records_10 (REC[key]["bold"])
SUBS = {"yinglie": {9, 17, 25}}
for k, r in REC.items():
    if r["bold"]:
        SUBS.setdefault(k, set()).update(r["bold"])

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
.credit-line { grid-column: 1 / -1; border-top: 1px solid #000; font-size: 10pt; padding-top: 1mm; text-align: right; }
"""

def esc(s):
    return html.escape(s, quote=False)

def head(key, size="", kicker=True, byline=True, series=True, sub=True, series_above=False, series_as_sub=False):
    r = REC[key]
    out = []
    if series_above and series and r.get("series"):
        out.append('<div class="series">%s</div>' % esc(r["series"]))
    if kicker and r.get("kicker"):
        out.append('<div class="kicker">%s</div>' % esc(r["kicker"]))
    out.append('<h1 class="%s">%s</h1>' % (size, esc(r["title"])))
    if sub and r.get("sub"):
        out.append('<div class="kicker">%s</div>' % esc(r["sub"]))
    if series_as_sub and r.get("series"):
        out.append('<div class="kicker">%s</div>' % esc(r["series"]))
    elif not series_above and series and r.get("series"):
        out.append('<div class="series">%s</div>' % esc(r["series"]))
    if byline and r.get("byline"):
        out.append('<div class="byline">%s</div>' % esc(r["byline"]))
    return "\n".join(out)

def paras(key, idx, before="", after=""):
    r = REC[key]
    out = []
    if before:
        out.append('<p class="mark">%s</p>' % esc(before))
    for i in idx:
        cls = ' class="sub"' if i in SUBS.get(key, ()) else ""
        out.append("<p%s>%s</p>" % (cls, esc(r["paras"][i])))
    if after:
        out.append('<p class="mark">%s</p>' % esc(after))
    return "\n".join(out)

def marks(key, idx):
    """Paragraphs of a record set flush right (signatures, credits)."""
    return "\n".join('<p class="mark">%s</p>' % esc(REC[key]["paras"][i]) for i in idx)

def pic(key, i, height=None, credit=None):
    """A grey picture box with record paragraph i as its caption and, if given, paragraph `credit` under it."""
    st = ' style="height:%s"' % height if height else ""
    cr = '<p class="credit">%s</p>' % esc(REC[key]["paras"][credit]) if credit is not None else ""
    return '<div class="pic"%s></div><div class="cap"><p>%s</p>%s</div>' % (st, esc(REC[key]["paras"][i]), cr)

def credit(key, i):
    return '<div class="cap"><p class="credit">%s</p></div>' % esc(REC[key]["paras"][i])

def box(style, inner, cls="art"):
    return '<div class="%s" style="%s">%s</div>' % (cls, style, inner)

def body(inner, cols, style=""):
    return '<div class="body" style="column-count:%d;%s">%s</div>' % (cols, style, inner)

def brief(key, n):
    """A brief with a bold one-line head (the record's headline) and its n paragraphs."""
    return '<div class="brief"><h1 class="brief">%s</h1>%s</div>' % (esc(REC[key]["title"]), paras(key, range(n)))

def banner(left, mid, right):
    return '<div class="banner"><div class="small">%s</div><div class="paper">%s</div><div class="small">%s</div></div>' % (left, mid, right)

def page(opts, blocks):
    o = dict(w="380mm", h="600mm", fs="10pt", ncol=4, gap="10mm", lh="1.7", pich="45mm")
    o.update(opts)
    return ('<!doctype html><html><head><meta charset="utf-8"><style>%s</style></head><body><div class="page">%s</div></body></html>'
            % (CSS % o, "\n".join(blocks)))

def item(key, n):
    """A short item: bold left-aligned head (the record's headline), its author line, its first n paragraphs."""
    r = REC[key]
    return '<div class="brief"><h1 class="tiny">%s</h1><div class="byline">%s</div>%s</div>' % (
        esc(r["title"]), esc(r["byline"]), paras(key, range(n)))

def decks(key, idx):
    """Record paragraphs printed as a bold deck under the author line."""
    return "".join('<p class="deck">%s</p>' % esc(REC[key]["paras"][i]) for i in idx)

R = range
PAGES = {}

# 1. 2025-04-17 第10版 各地传真 (6 columns, many short items). The 神州看点 lead 岭南小镇… (kicker, head, author line)
#    across cols 1–4: two grey pictures side by side, each with its caption and own credit, text in four columns.
#    Col 5: 一把“手工面”… and 残膜换积分… stacked; col 6: 不只凭经验… and 短视频培训… stacked; each short item with a
#    bold left-aligned head and its author line. Under them: the 四海听音 菜市场里… across cols 1–3 (head, author line,
#    text in three columns) and 街巷“板凳会”… across cols 4–6 (head, author line, text in three columns).
PAGES["pdf-rmrb-2025-04-17-p10"] = ({"ncol": 6, "w": "420mm", "h": "640mm"}, [
    banner("第10版　各地传真", "人民日报", "2025年4月17日　星期四"),
    box("grid-column: 1 / 5; grid-row: 2", head("chaowan")
        + '<div class="side" style="grid-template-columns: 1fr 1fr">%s%s</div>' % (
            '<div>%s</div>' % pic("chaowan", 0, "55mm", 1), '<div>%s</div>' % pic("chaowan", 2, "55mm", 3))
        + body(paras("chaowan", R(4, 28)), 4)),
    box("grid-column: 5; grid-row: 2", item("shougongmian", 4) + item("canmo", 4), ""),
    box("grid-column: 6; grid-row: 2", item("longxia", 4) + item("duanshipin", 3), ""),
    box("grid-column: 1 / 4; grid-row: 3", head("caishichang", "small") + body(paras("caishichang", R(0, 4)), 3)),
    box("grid-column: 4 / 7; grid-row: 3", head("bandeng", "small") + body(paras("bandeng", R(0, 3)), 3)),
    '<div class="credit-line">本版责编：林　汐　米　禾</div>',
])

# 2. 2025-04-03 第19版 法治 (4 columns). The 法治头条 lead across the top: kicker, head, author line; its editor's
#    note (three paragraphs and ——编  者) in a bordered box across the page; text in four columns opening with the
#    grey picture, its caption and credit, bold one-line subheads (its 链接 sidebar is not used). Under it,
#    保护英烈权益… across cols 1–3 with its head and author line in a narrow column to the LEFT of its two text
#    columns; under that the 以案说法 across cols 1–3 (head, text in three columns). Col 4 beside both: the 金台锐评
#    in a bordered box (head, author line).
PAGES["pdf-rmrb-2025-04-03-p19"] = ({"ncol": 4, "w": "360mm", "h": "700mm"}, [
    banner("法治", "人民日报", "2025年4月3日　星期四　第19版"),
    box("grid-column: 1 / 5; grid-row: 2", head("yinglie")
        + '<div class="box" style="margin-bottom: 3mm">%s%s</div>' % (paras("yinglie", R(2, 5)), marks("yinglie", [5]))
        + body(pic("yinglie", 0, "45mm", 1) + paras("yinglie", R(6, 32)), 4)),
    box("grid-column: 1 / 4; grid-row: 3", '<div class="side" style="grid-template-columns: 1fr 2fr">'
        + '<div style="padding-top: 8mm">%s</div>' % head("quanyi", "small")
        + body(paras("quanyi", R(0, 8)), 2) + '</div>'),
    box("grid-column: 4; grid-row: 3 / 5", head("xujia", "small") + paras("xujia", R(0, 9)), "art box"),
    box("grid-column: 1 / 4; grid-row: 4", head("duanju", "small") + body(paras("duanju", R(0, 9)), 3)),
    '<div class="credit-line">本版责编：沈　砚　秋　禾</div>',
])

# 3. 2025-04-10 第5版 评论 (3 columns). Three commentaries side by side, one column each: the 人民时评 (head,
#    subtitle line, author line, its two highlighted sentences as a bold deck); 像骆驼刺… (series line above the head,
#    author line, two-sentence bold deck); the 金台随笔 (head, author line). Under them the 纵横 column in a bordered
#    box across the page: the label 纵横, then its two pieces side by side, each with head, author name and text in
#    two columns ending with its （摘编自…） line.
PAGES["pdf-rmrb-2025-04-10-p5"] = ({"ncol": 3, "w": "340mm", "h": "760mm"}, [
    banner("2025年4月10日　星期四", "人民日报", "评论　第5版"),
    box("grid-column: 1; grid-row: 2", head("lvse", "small") + decks("lvse", [0, 1]) + paras("lvse", R(2, 12))),
    box("grid-column: 2; grid-row: 2", head("luotuoci", "small", series_above=True) + decks("luotuoci", [0, 1])
        + paras("luotuoci", R(2, 10))),
    box("grid-column: 3; grid-row: 2", head("jiushu", "small") + paras("jiushu", R(0, 7))),
    box("grid-column: 1 / 4; grid-row: 3", '<div class="boxlabel">%s</div>' % esc(REC["zongheng"]["title"])
        + '<div class="side" style="grid-template-columns: 1fr 1fr">%s%s</div>' % (
            '<div><h1 class="small">%s</h1><div class="byline">%s</div>%s</div>' % (
                esc(REC["zongheng"]["paras"][0]), esc(REC["zongheng"]["paras"][1]), body(paras("zongheng", R(2, 12)), 2)),
            '<div><h1 class="small">%s</h1><div class="byline">%s</div>%s</div>' % (
                esc(REC["zongheng"]["paras"][12]), esc(REC["zongheng"]["paras"][13]), body(paras("zongheng", R(14, 21)), 2))),
        "art box"),
    '<div class="credit-line">本版责编：唐　棣　温　如</div>',
])

# 4. 2025-04-24 第14版 社会 (5 columns). The lead 文景 story (kicker, head, author line) across cols 1–3 with a LARGE
#    grey picture (110 mm) across its three columns, caption and credit under it, text in three columns. Cols 4–5:
#    the picture story 春暖花开 一起运动吧（新时代画卷） of 第15版: head, four grey pictures in a 2 x 2 grid, each with
#    its caption and credit (its other five pictures are not used). Under the lead: 南京浦口高新区… across cols 1–3
#    (head, text in three columns, closing 数据来源 line set flush right); cols 4–5: two briefs of 第6版 side by
#    side (广州诗词大会…, 广西柳州…), each with a bold head.
PAGES["pdf-rmrb-2025-04-24-p14"] = ({"ncol": 5, "w": "380mm", "h": "700mm"}, [
    banner("第14版　社会", "人民日报", "2025年4月24日　星期四"),
    box("grid-column: 1 / 4; grid-row: 2", head("wenjing") + pic("wenjing", 0, "110mm", 1)
        + body(paras("wenjing", R(2, 15)), 3)),
    box("grid-column: 4 / 6; grid-row: 2", head("yundong", "small")
        + '<div class="side" style="grid-template-columns: 1fr 1fr">%s</div>' % "".join(
            '<div>%s</div>' % pic("yundong", i, "40mm", i + 1) for i in (0, 2, 4, 6))),
    box("grid-column: 1 / 4; grid-row: 3", head("pukou", "small") + body(paras("pukou", R(0, 7)) + marks("pukou", [7]), 3)),
    box("grid-column: 4; grid-row: 3", brief("shici", 4), ""),
    box("grid-column: 5; grid-row: 3", brief("liuzhou", 4), ""),
    '<div class="credit-line">本版责编：许　青　禾　田</div>',
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
