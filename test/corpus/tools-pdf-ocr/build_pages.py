#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Lay real 人民日报 records out as newspaper-like pages, print them to PDF with headless Chromium and
extract the text with pdftotext (default mode, no flags), as a user does with a PDF page.

Adapted from test/corpus/tools-pdf/build_pages.py (same CSS and helpers; a `sub` subtitle line,
boxed pull quotes, kicker-less heads with a series line, shared picture credits, a head set inside a story's
columns added). Records: records_8.py (read from leeperfect/PeopleDailyMaterial).

    python3 test/corpus/tools-pdf-ocr/build_pages.py     # writes ../column/pdf-*.txt and ../build/<name>.html/.pdf

The records' text is not changed; the layout adds only the banners, the 本版责编 lines, the continuation markers
and the grey picture boxes (all made up). The .txt files are pdftotext's output, byte for byte. Gold files are
written by hand, not by this script.
"""
import html, os, subprocess, sys, tempfile, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_8 import RECORDS as REC
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "column")
KEEP = os.path.join(ROOT, "build")

# in-article subheads (paragraph indices), printed bold and centred
SUBS = {"jiamenkou": {2, 3, 11, 12}, "yizhi": {2, 7, 12}, "shexi": {3, 11, 22}}

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
.side { display: grid; column-gap: %(gap)s; }
.box { border: 1px solid #000; padding: 2mm; }
.quote { border-top: 2px solid #000; border-bottom: 2px solid #000; margin: 2mm 0; padding: 1mm 0; break-inside: avoid; }
.quote p { text-indent: 0; font-weight: bold; font-family: "Noto Sans CJK SC"; font-size: 11pt; }
.boxlabel { font-family: "Noto Sans CJK SC"; font-weight: bold; font-size: 14pt; text-align: center; }
.credit-line { grid-column: 1 / -1; border-top: 1px solid #000; font-size: 10pt; padding-top: 1mm; text-align: right; }
"""

def esc(s):
    return html.escape(s, quote=False)

def head(key, size="", kicker=True, byline=True, series=True, sub=True, series_above=False):
    r = REC[key]
    out = []
    if series_above and series and r.get("series"):
        out.append('<div class="series">%s</div>' % esc(r["series"]))
    if kicker and r.get("kicker"):
        out.append('<div class="kicker">%s</div>' % esc(r["kicker"]))
    out.append('<h1 class="%s">%s</h1>' % (size, esc(r["title"])))
    if sub and r.get("sub"):
        out.append('<div class="kicker">%s</div>' % esc(r["sub"]))
    if not series_above and series and r.get("series"):
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
    """Paragraphs of a record set flush right (closing author lines, signatures, credits)."""
    return "\n".join('<p class="mark">%s</p>' % esc(REC[key]["paras"][i]) for i in idx)

def quote(key, i):
    """A record paragraph printed as a boxed pull quote inside the text columns."""
    return '<div class="quote"><p>%s</p></div>' % esc(REC[key]["paras"][i])

def pic(key, i, height=None):
    """A grey picture box with the record paragraph i as its caption (no credit)."""
    st = ' style="height:%s"' % height if height else ""
    return '<div class="pic"%s></div><div class="cap"><p>%s</p></div>' % (st, esc(REC[key]["paras"][i]))

def credit(key, i):
    return '<div class="cap"><p class="credit">%s</p></div>' % esc(REC[key]["paras"][i])

def box(style, inner, cls="art"):
    return '<div class="%s" style="%s">%s</div>' % (cls, style, inner)

def body(inner, cols, style=""):
    return '<div class="body" style="column-count:%d;%s">%s</div>' % (cols, style, inner)

def banner(left, mid, right):
    return '<div class="banner"><div class="small">%s</div><div class="paper">%s</div><div class="small">%s</div></div>' % (left, mid, right)

def page(opts, blocks):
    o = dict(w="380mm", h="540mm", fs="10pt", ncol=6, gap="14mm", lh="1.7", pich="45mm")
    o.update(opts)
    return ('<!doctype html><html><head><meta charset="utf-8"><style>%s</style></head><body><div class="page">%s</div></body></html>'
            % (CSS % o, "\n".join(blocks)))

R = range
PAGES = {}

# 1. 2025-05-13 第19版 党建 (6-column grid): the 前沿观察 lead story (head, subtitle line and 本报记者 line centred
#    across four columns, two-line bold subheads) cut after its second section with （下转第二十版）; beside it a
#    金台潮声 commentary in a bordered box over two grid columns (series line, head, author name, one wide column);
#    under the lead a 监督哨 story in three columns with its closing （崔明太  刘瑞雪） flush right, and beside it a
#    picture story (grey picture, head, caption, credit).
PAGES["pdf-rmrb-2025-05-13-p19"] = ({"h": "560mm"}, [
    banner("第19版　党建", "人民日报", "2025年5月13日　星期二"),
    box("grid-column: 1 / 5; grid-row: 2", head("jiamenkou") + body(paras("jiamenkou", R(0, 21), after="（下转第二十版）"), 4)),
    box("grid-column: 5 / 7; grid-row: 2 / 4", head("xiaoshi", "small", series_above=True) + body(paras("xiaoshi", R(0, 6)), 1), "art box"),
    box("grid-column: 1 / 4; grid-row: 3", head("hutuzhang", "small") + body(paras("hutuzhang", R(0, 8)) + marks("hutuzhang", [8]), 3)),
    box("grid-column: 4 / 5; grid-row: 3", '<div class="pic" style="height: 60mm"></div>' + head("yizhen", "small")
        + '<div class="cap"><p>%s</p><p class="credit">%s</p></div>' % tuple(map(esc, REC["yizhen"]["paras"]))),
    '<div class="credit-line">本版责编：周　立　蒋　岚</div>',
])

# 2. 2025-05-06 第5版 评论 (6 columns): a 评论员观察 across four columns (head, subtitle line, author name) with its
#    two highlighted sentences printed as boxed pull quotes inside its text columns; beside it, side by side, a
#    人民时评 in two columns; under them three commentaries side by side, each over two grid columns: a 现场评论
#    (head, subtitle, author name, a bold deck, text, closing （作者为…） line), a 金台随笔, a 纵横 in a bordered box
#    (closing （摘编自…） line).
PAGES["pdf-rmrb-2025-05-06-p5"] = ({"h": "680mm", "lh": "1.6"}, [
    banner("评论", "人民日报", "2025年5月6日　星期二　第5版"),
    box("grid-column: 1 / 5; grid-row: 2", head("xianglin") + body(
        paras("xianglin", R(2, 6)) + quote("xianglin", 0) + paras("xianglin", R(6, 10)) + quote("xianglin", 1)
        + paras("xianglin", R(10, 12)), 4)),
    box("grid-column: 5 / 7; grid-row: 2", head("sanli", "small") + body(paras("sanli", R(0, 10)), 2)),
    box("grid-column: 1 / 3; grid-row: 3", head("duoye", "small") + '<p class="deck">%s</p>' % esc(REC["duoye"]["paras"][0])
        + body(paras("duoye", R(1, 7)) + marks("duoye", [7]), 2)),
    box("grid-column: 3 / 5; grid-row: 3", head("yingxiong", "small") + body(paras("yingxiong", R(0, 6)), 2)),
    box("grid-column: 5 / 7; grid-row: 3", head("chutan", "small") + body(paras("chutan", R(0, 5)) + marks("chutan", [5]), 2), "art box"),
    '<div class="credit-line">本版责编：许　宁　陶　然</div>',
])

# 3. 2025-05-27 第10版 政治 (5 columns): the lead story's kicker, head and 本报记者 line centred across four columns;
#    its text in four columns, the first opening with a grey cartoon box with its credit (洪  琥绘), the editor's
#    note in a bordered box (signed ——编  者) and a 核心阅读 box; beside it a 专家观点 column (head, author name, text,
#    closing （作者为…） line); under that a short column of two briefs with small heads.
PAGES["pdf-rmrb-2025-05-27-p10"] = ({"h": "540mm", "ncol": 5}, [
    banner("第10版　政治", "人民日报", "2025年5月27日　星期二"),
    box("grid-column: 1 / 5; grid-row: 2 / 4", head("jiama") + body(
        '<div class="pic" style="height: 50mm"></div>' + credit("jiama", 0)
        + '<div class="box" style="break-inside: avoid; margin-bottom: 2mm">%s%s</div>' % (paras("jiama", R(1, 3)), marks("jiama", [3]))
        + '<div class="box" style="break-inside: avoid; margin-bottom: 2mm"><div class="boxlabel">%s</div>%s</div>' % (
            esc(REC["jiama"]["paras"][4]), paras("jiama", R(5, 7)))
        + paras("jiama", R(7, 21)), 4)),
    box("grid-column: 5; grid-row: 2", head("guilv", "small") + body(paras("guilv", R(0, 5)) + marks("guilv", [5]), 1)),
    '<div style="grid-column: 5; grid-row: 3">%s%s</div>' % (
        box("", '<h1 class="tiny">%s</h1>' % esc(REC["guangxi"]["title"]) + paras("guangxi", R(0, 2))),
        box("margin-top: 4mm", '<h1 class="tiny">%s</h1>' % esc(REC["xiling"]["title"]) + paras("xiling", R(0, 2)))),
    '<div class="credit-line">本版责编：陈　默　高　远</div>',
])

# 4. 2025-05-27 第15版 社会 (6 columns): the lead profile's kicker, head and 本报记者 line across four columns, its text
#    in three columns with two grey pictures and their captions in a fourth, the shared credit (以上图片均为张力军摄)
#    under the second; under it an expert's piece whose head and author line are set in the middle of its middle
#    column (text above and below them, one text column on each side); beside them a 援手 story and, under it, a
#    brief.
def mid_head(key, cols, size="small"):
    """Three text columns, the head set in the middle of the middle one. cols: three lists of paragraph indices."""
    a, b, c = cols
    r = REC[key]
    last = len(r["paras"]) - 1
    def run(idx):
        return paras(key, [i for i in idx if i != last]) + (marks(key, [last]) if last in idx else "")
    middle = run(b[0]) + '<div style="margin: 6mm 0">%s</div>' % head(key, size) + run(b[1])
    return '<div class="side" style="grid-template-columns: 1fr 1fr 1fr">%s</div>' % "".join(
        '<div>%s</div>' % x for x in (run(a), middle, run(c)))

PAGES["pdf-rmrb-2025-05-27-p15"] = ({"h": "620mm"}, [
    banner("2025年5月27日　星期二", "人民日报", "社会　第15版"),
    box("grid-column: 1 / 5; grid-row: 2", head("cunyi") + '<div class="side" style="grid-template-columns: 3fr 1fr">'
        + body(paras("cunyi", R(3, 18)), 3) + '<div>%s%s%s</div>' % (pic("cunyi", 0), pic("cunyi", 1), credit("cunyi", 2))
        + '</div>'),
    box("grid-column: 1 / 5; grid-row: 3", mid_head("yizhi", ([0, 1, 2, 3, 4, 5], ([6, 7, 8], [9, 10, 11]), [12, 13, 14, 15, 16, 17, 18]))),
    box("grid-column: 5 / 7; grid-row: 2", head("fujing", "small") + body(paras("fujing", R(0, 8)), 2)),
    box("grid-column: 5 / 7; grid-row: 3", '<h1 class="tiny">%s</h1>' % esc(REC["taliliang"]["title"]) + body(paras("taliliang", R(0, 2)), 2)),
    '<div class="credit-line">本版责编：沈　放　魏　青</div>',
])

# 5. 2025-05-13 第15版 经济 (5 columns): the lead story's kicker, head and 本报记者 line across four columns, two grey
#    pictures side by side over its text with their captions and the shared credit, its text in four columns;
#    beside it a 专家点评 in a bordered box (head, author name, text, closing （作者为…） line); under the lead a story
#    in four columns whose kicker, head and 本报记者 line are set at the top of its two middle columns, with text
#    columns on either side; beside that a brief from 第7版 in a narrow column.
PAGES["pdf-rmrb-2025-05-13-p15"] = ({"h": "520mm", "ncol": 5}, [
    banner("经济", "人民日报", "2025年5月13日　星期二　第15版"),
    box("grid-column: 1 / 5; grid-row: 2", head("xinpinpai")
        + '<div class="side" style="grid-template-columns: 1fr 1fr">%s%s</div>' % ('<div>%s</div>' % pic("xinpinpai", 0, "55mm"),
                                                                        '<div>%s</div>' % pic("xinpinpai", 1, "55mm"))
        + credit("xinpinpai", 2) + body(paras("xinpinpai", R(3, 19)), 4)),
    box("grid-column: 5; grid-row: 2", head("neixiao", "small") + body(paras("neixiao", R(0, 4)) + marks("neixiao", [4]), 1), "art box"),
    box("grid-column: 1 / 5; grid-row: 3", '<div class="side" style="grid-template-columns: 1fr 2fr 1fr">'
        + '<div>%s</div>' % paras("dianli", R(0, 3))
        + '<div>%s%s</div>' % (head("dianli", "small"), body(paras("dianli", R(3, 8)), 2))
        + '<div>%s</div></div>' % paras("dianli", R(8, 11))),
    box("grid-column: 5; grid-row: 3", '<h1 class="tiny">%s</h1>' % esc(REC["shoufa"]["title"]) + paras("shoufa", R(0, 2))),
    '<div class="credit-line">本版责编：袁　帆　乔　木</div>',
])

# 6. 2025-05-06 第19版 党建 (5 columns): a 金台潮声 commentary in a bordered box down the first column (series line
#    above its head, author name, one column); beside it the lead story (kicker, head and 本报记者 line across four
#    columns, text in four columns); under the lead a 前沿观察 story whose series line, head and 本报记者 line stand in
#    a narrow column left of its three text columns, its bold subheads inside the columns, cut after its second
#    section with （下转第二十版）.
PAGES["pdf-rmrb-2025-05-06-p19"] = ({"h": "500mm", "ncol": 5}, [
    banner("党建", "人民日报", "2025年5月6日　星期二　第19版"),
    box("grid-column: 1; grid-row: 2 / 4", head("gongkuan", "small", series_above=True) + body(paras("gongkuan", R(0, 6)), 1), "art box"),
    box("grid-column: 2 / 6; grid-row: 2", head("yiduogu") + body(paras("yiduogu", R(0, 11)), 4)),
    box("grid-column: 2 / 6; grid-row: 3", '<div class="side" style="grid-template-columns: 1fr 3fr">'
        + '<div style="padding-top: 15mm">%s</div>' % head("shexi", "small", series_above=True)
        + body(paras("shexi", R(0, 22), after="（下转第二十版）"), 3) + '</div>'),
    '<div class="credit-line">本版责编：韩　露　方　舟</div>',
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
