#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Lay real 人民日报 records out as newspaper-like pages, print them to PDF with headless Chromium and
extract the text with pdftotext (default mode, no flags), as a user does with a PDF page.

Adapted from the corpus's test/corpus/tools-pdf-ocr/build_pages.py (same CSS base and helpers). New here:
a column of briefs with bold one-line heads, a head spanning two of a story's three text columns, a head set in a
narrow column to the left of its body, a series line set in the subtitle's place, a boxed 编者按. Records: records_9.py (read from leeperfect/PeopleDailyMaterial).

    python3 build_pages.py [name ...]   # writes ../column/<name>.txt and ../build/<name>.html/.pdf

The records' text is not changed; the layout adds only the banners, the 本版责编 lines, the continuation markers,
the grey picture boxes and the box borders (all made up). The .txt files are pdftotext's output, byte for byte.
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

# in-article subheads (paragraph indices), printed bold and centred; records whose subheads carry `**` markers
# get theirs from records_9 (REC[key]["bold"])
SUBS = {"gongfang": {9, 10, 19, 20, 30, 31}, "fangxinzhang": {6, 7, 15, 16, 32, 33},
        "aizhapian": {3, 4, 10, 11, 15, 16}, "dibao": {4, 13, 25}, "huanghe": {10, 21, 32}}
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

R = range
PAGES = {}

# 1. 2025-03-25 第6版 要闻 (4-column grid). The 守望 lead story (kicker, head, author line) across cols 1–3: two
#    grey pictures side by side with their captions and the shared credit, a bordered 核心阅读 box, text in three
#    columns with bold two-line subheads. Col 4, beside both stories: a column of four briefs, each with a bold
#    one-line head. Under the lead, 四十载耕耘 across cols 1–3: its kicker, head and author line span only cols
#    1–2, with two text columns under them; its third text column rises to the top beside the head.
PAGES["pdf-rmrb-2025-03-25-p6"] = ({"h": "760mm"}, [
    banner("第6版　要闻", "人民日报", "2025年3月25日　星期二"),
    box("grid-column: 1 / 4; grid-row: 2", head("shouwang")
        + '<div class="side" style="grid-template-columns: 1fr 1fr">%s%s</div>' % (
            '<div>%s</div>' % pic("shouwang", 0, "50mm"), '<div>%s</div>' % pic("shouwang", 1, "50mm"))
        + credit("shouwang", 2)
        + '<div class="box" style="margin-bottom: 3mm"><div class="boxlabel">%s</div>%s</div>' % (
            esc(REC["shouwang"]["paras"][3]), paras("shouwang", R(4, 6)))
        + body(paras("shouwang", R(6, 35)), 3)),
    box("grid-column: 4; grid-row: 2 / 4", brief("anli", 3) + brief("yunnan", 2) + brief("jiance", 3) + brief("banlie", 2), ""),
    box("grid-column: 1 / 4; grid-row: 3", '<div class="side" style="grid-template-columns: 1fr 1fr 1fr">'
        + '<div style="grid-column: 1 / 3">%s%s</div>' % (head("huadao", "small"), body(paras("huadao", R(0, 11)), 2))
        + '<div style="grid-column: 3">%s</div></div>' % paras("huadao", R(11, 17))),
    '<div class="credit-line">本版责编：秦　岭　闻　笛</div>',
])

# 2. 2025-03-25 第19版 党建 (5 columns). The 前沿观察 lead (head, subtitle line, author line) across cols 1–4, three
#    grey pictures side by side, each with its caption and its own credit, text in four columns with two-line bold
#    subheads, cut after its second section with （下转第二十版）. Col 5: the 金台潮声 in a bordered box; under it
#    拧紧干部监督“螺丝” in one column. Under the lead, 融合共治 across cols 1–4 with its kicker, head and author line
#    in a narrow column to the LEFT of its three text columns.
PAGES["pdf-rmrb-2025-03-25-p19"] = ({"ncol": 5, "h": "700mm"}, [
    banner("2025年3月25日　星期二", "人民日报", "党建　第19版"),
    box("grid-column: 1 / 5; grid-row: 2", head("gongfang")
        + '<div class="side" style="grid-template-columns: 1fr 1fr 1fr">%s</div>' % "".join(
            '<div>%s</div>' % pic("gongfang", i, "40mm", i + 1) for i in (0, 2, 4))
        + body(paras("gongfang", R(6, 30), after="（下转第二十版）"), 4)),
    box("grid-column: 5; grid-row: 2", head("xuncha", "small") + paras("xuncha", R(0, 6)), "art box"),
    box("grid-column: 1 / 5; grid-row: 3", '<div class="side" style="grid-template-columns: 1fr 3fr">'
        + '<div style="padding-top: 8mm">%s</div>' % head("kangcheng", "small")
        + body(paras("kangcheng", R(0, 11)), 3) + '</div>'),
    box("grid-column: 5; grid-row: 3", head("luosi", "small") + paras("luosi", R(0, 4))),
    '<div class="credit-line">本版责编：黎　川　白　桦</div>',
])

# 3. 2025-04-01 第19版 党建 (3 columns). The 前沿观察 lead (series line above its head, author line) across cols
#    1–2; its editor's note (two paragraphs and ——编  者) in a bordered box across both text columns at the top;
#    text in two columns with two-line bold subheads (the record's ■链接 sidebar is not used). Col 3: the 金台潮声
#    (series line above its head). Under the lead, 把骨干培养成党员… with kicker, head and author line spanning
#    cols 1–2 over its two text columns; in col 3 under the commentary, 抱团发展 共同致富.
PAGES["pdf-rmrb-2025-04-01-p19"] = ({"ncol": 3, "w": "330mm", "h": "720mm"}, [
    banner("党建", "人民日报", "2025年4月1日　星期二　第19版"),
    box("grid-column: 1 / 3; grid-row: 2", head("fangxinzhang", series_above=True)
        + '<div class="box" style="margin-bottom: 3mm">%s%s</div>' % (paras("fangxinzhang", R(0, 2)), marks("fangxinzhang", [2]))
        + body(paras("fangxinzhang", R(3, 42)), 2)),
    box("grid-column: 3; grid-row: 2", head("tiqiu", "small", series_above=True) + paras("tiqiu", R(0, 7))),
    box("grid-column: 1 / 3; grid-row: 3", head("gugan", "small") + body(paras("gugan", R(0, 15)), 2)),
    box("grid-column: 3; grid-row: 3", head("baotuan", "small") + paras("baotuan", R(0, 6))),
    '<div class="credit-line">本版责编：宋　屿　柯　蓝</div>',
])

# 4. 2025-04-08 第13版 社会 (3 columns). The 民生一线 lead (kicker, head, author line) across cols 1–2, text in two
#    columns with two-line bold subheads. Col 3: the 民生观 commentary (head, author line, its first paragraph as a
#    bold deck). Under the lead: the picture story 普法“无障碍” in col 1 (grey picture, head, caption, credit); the
#    brief 重庆启动… with head and subtitle spanning cols 2–3 over its two text columns.
PAGES["pdf-rmrb-2025-04-08-p13"] = ({"ncol": 3, "w": "340mm", "h": "640mm"}, [
    banner("第13版　社会", "人民日报", "2025年4月8日　星期二"),
    box("grid-column: 1 / 3; grid-row: 2", head("aizhapian") + body(paras("aizhapian", R(0, 23)), 2)),
    box("grid-column: 3; grid-row: 2", head("bianjiaodi", "small") + '<p class="deck">%s</p>' % esc(REC["bianjiaodi"]["paras"][0])
        + paras("bianjiaodi", R(1, 6))),
    box("grid-column: 1; grid-row: 3", '<div class="pic" style="height: 60mm"></div>' + head("pufa", "small")
        + '<div class="cap"><p>%s</p><p>%s</p><p class="credit">%s</p></div>' % tuple(map(esc, REC["pufa"]["paras"]))),
    box("grid-column: 2 / 4; grid-row: 3", head("nongmingong", "small") + body(paras("nongmingong", R(0, 4)), 2)),
    '<div class="credit-line">本版责编：向　晴　鲁　言</div>',
])

# 5. 2025-04-08 第19版 党建 (5 columns). The 前沿观察 lead (series line above its head, author line) across cols 1–3,
#    text in three columns with bold subheads (its 链接 sidebar is not used). Cols 4–5: two stories one under the
#    other, each with kicker, head and author line spanning both columns over two text columns. Under them: the
#    picture story 一线听民声 across cols 1–2 (grey picture, head, caption, credit); the 金台潮声 in a bordered box
#    across cols 3–5 (series line above its head, text in three columns).
PAGES["pdf-rmrb-2025-04-08-p19"] = ({"ncol": 5, "h": "660mm"}, [
    banner("2025年4月8日　星期二", "人民日报", "第19版　党建"),
    box("grid-column: 1 / 4; grid-row: 2", head("dibao", series_above=True) + body(paras("dibao", R(0, 34)), 3)),
    '<div style="grid-column: 4 / 6; grid-row: 2">%s%s</div>' % (
        box("", head("rencai", "small") + body(paras("rencai", R(0, 8)), 2)),
        box("margin-top: 5mm", head("gengxin", "small") + body(paras("gengxin", R(0, 6)), 2))),
    box("grid-column: 1 / 3; grid-row: 3", '<div class="pic" style="height: 70mm"></div>' + head("minsheng", "small")
        + '<div class="cap"><p>%s</p><p class="credit">%s</p></div>' % tuple(map(esc, REC["minsheng"]["paras"]))),
    box("grid-column: 3 / 6; grid-row: 3", head("mianzi", "small", series_above=True) + body(paras("mianzi", R(0, 7)), 3), "art box"),
    '<div class="credit-line">本版责编：甘　棠　容　与</div>',
])

# 6. 2025-04-01 第13版 生态 (4 columns). The lead 黄河畔… across cols 1–4: kicker, head, its series line set under
#    the head in the subtitle's place, author line; the 编者按 in a bordered box across the page under the head; two
#    grey pictures with their captions and own credits stacked in col 1, the text in three columns beside them with
#    bold subheads, cut after its second section with （下转第十四版）. Under it: 林业站 with kicker, head and author
#    line spanning cols 1–2 over its two text columns; col 3: 重庆实现… (kicker and head); col 4: two briefs from
#    other pages of the day (第10版 吉林…, 第8版 辽宁… with its subtitle), each with a bold head.
PAGES["pdf-rmrb-2025-04-01-p13"] = ({"h": "720mm"}, [
    banner("生态", "人民日报", "2025年4月1日　星期二　第13版"),
    box("grid-column: 1 / 5; grid-row: 2", head("huanghe", series_as_sub=True)
        + '<div class="box" style="margin-bottom: 3mm">%s</div>' % paras("huanghe", R(4, 6))
        + '<div class="side" style="grid-template-columns: 1fr 3fr"><div>%s%s</div>%s</div>' % (
            pic("huanghe", 0, "50mm", 1), pic("huanghe", 2, "50mm", 3),
            body(paras("huanghe", R(6, 32), after="（下转第十四版）"), 3))),
    box("grid-column: 1 / 3; grid-row: 3", head("linyezhan", "small") + body(paras("linyezhan", R(0, 12)), 2)),
    box("grid-column: 3; grid-row: 3", head("buchang", "small") + paras("buchang", R(0, 6))),
    box("grid-column: 4; grid-row: 3", brief("jilin", 3)
        + '<div class="brief"><h1 class="brief">%s</h1><div class="series" style="text-align: left">%s</div>%s</div>' % (
            esc(REC["liaoning"]["title"]), esc(REC["liaoning"]["sub"]), paras("liaoning", R(0, 3))), ""),
    '<div class="credit-line">本版责编：季　川　吕　萌</div>',
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
