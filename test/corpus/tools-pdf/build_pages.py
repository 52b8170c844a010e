#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Lay real 人民日报 records out as newspaper-like pages, print them to PDF with headless Chromium and
extract the text with pdftotext, as a user does with a PDF page.

    python3 test/corpus/tools-pdf/build_pages.py            # rebuilds ../column/pdf-*.txt
    python3 test/corpus/tools-pdf/build_pages.py --keep DIR # also keeps the HTML and PDF files in DIR

The records (text as read, see records_*.py) are not changed; the layout adds only what SOURCES.md lists
(page banners, 本版责编 lines, continuation markers, grey picture boxes). The .txt files are pdftotext's
output, byte for byte. Gold files are written by hand, not by this script.
"""
import html, os, subprocess, sys, tempfile, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_1 import RECORDS as R1
from records_2 import RECORDS as R2
from records_3 import RECORDS as R3
from records_4 import RECORDS as R4
from records_5 import RECORDS as R5
from records_6 import RECORDS as R6
REC = {**R1, **R2, **R3, **R4, **R5, **R6}
OUT = os.path.join(HERE, "..", "column")

# in-article subheads (paragraph indices), printed bold and centred
SUBS = {"mingong": {2, 9, 16}, "lian": {4, 16, 31}, "yongfeng": {0, 5, 6, 16, 17}, "zhenli": {7}, "mianshen": {1, 10, 16}}

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
.pic { background: #bbb; height: %(pich)s; margin: 2mm 0 1mm; }
.cap { font-size: 9pt; font-family: "Noto Sans CJK SC"; margin-bottom: 2mm; }
.cap p { text-indent: 0; line-height: 1.5; }
.cap p.credit { text-align: right; }
.side { display: grid; column-gap: %(gap)s; }
.box { border: 1px solid #000; padding: 2mm; }
.boxlabel { font-family: "Noto Sans CJK SC"; font-weight: bold; font-size: 14pt; text-align: center; }
.credit-line { grid-column: 1 / -1; border-top: 1px solid #000; font-size: 10pt; padding-top: 1mm; text-align: right; }
"""

def esc(s):
    return html.escape(s, quote=False)

def head(key, size="", kicker=True, byline=True, series=True):
    r = REC[key]
    out = []
    if kicker and r.get("kicker"):
        out.append('<div class="kicker">%s</div>' % esc(r["kicker"]))
    out.append('<h1 class="%s">%s</h1>' % (size, esc(r["title"])))
    if series and r.get("series"):
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

def caption(key, n, inline_credit=False):
    text, credit = REC[key]["captions"][n]
    if credit and inline_credit:
        return '<div class="pic"></div><div class="cap"><p>%s　　%s</p></div>' % (esc(text), esc(credit))
    c = '<p class="credit">%s</p>' % esc(credit) if credit else ""
    return '<div class="pic"></div><div class="cap"><p>%s</p>%s</div>' % (esc(text), c)

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

# 1. 2025-12-23 第13版 社会: headlines above their bodies, the lead story's head across three columns.
PAGES["pdf-rmrb-2025-12-23-p13"] = ({}, "default", [
    banner("第13版　社会", "人民日报", "2025年12月23日　星期二"),
    box("grid-column: 1 / 5; grid-row: 2 / 4", head("mingong") + body(paras("mingong", R(0, 21)), 4)),
    box("grid-column: 5 / 7; grid-row: 2", head("shilaohua", "small") + body(paras("shilaohua", R(0, 7)), 2)),
    box("grid-column: 5 / 7; grid-row: 3", head("zulin", "small") + body(paras("zulin", R(0, 11)), 2)),
    '<div class="credit-line">本版责编：郑海鸥　李　琛</div>',
])

# 2. 2025-12-23 第19版 党建: lead story cut with （下转第二十版） and a picture; 三资 with its head to the right
#    of its body; a commentary with its head inside one column.
PAGES["pdf-rmrb-2025-12-23-p19"] = ({}, "default", [
    banner("2025年12月23日　星期二", "人民日报", "党建　第19版"),
    box("grid-column: 1 / 5; grid-row: 2", head("lian") + '<div class="side" style="grid-template-columns: 1fr 3fr">'
        + '<div>' + caption("lian", 0) + '</div>'
        + body(paras("lian", R(0, 16), after="（下转第二十版）"), 3) + '</div>'),
    box("grid-column: 5 / 7; grid-row: 2 / 4", head("jingxi", "small") + body(paras("jingxi", R(0, 8)), 1)),
    box("grid-column: 1 / 5; grid-row: 3", '<div class="side" style="grid-template-columns: 3fr 1fr">'
        + body(paras("sanzi", R(0, 5)), 3) + '<div style="padding-top: 20mm">' + head("sanzi", "small") + '</div></div>'),
    '<div class="credit-line">本版责编：王　斌　孙　振</div>',
])

# 3. made-up 第20版: the rest of the lead story (（上接第十九版）) across the page, the 6G story under it, a 简讯 box
#    at the foot; each row holds one story only, as pdftotext -layout (used for this page) puts columns side by
#    side on one text line.
PAGES["pdf-rmrb-2025-12-23-p20"] = ({"h": "500mm"}, "layout", [
    banner("第20版", "人民日报", "2025年12月23日　星期二　党建"),
    box("grid-column: 1 / 7; grid-row: 2", body(paras("lian", R(16, 44), before="（上接第十九版）"), 6)
        + '<div style="width: 40%%">%s</div>' % caption("lian", 2, inline_credit=True)),
    box("grid-column: 1 / 7; grid-row: 3", head("sixg") + body(paras("sixg", R(0, 10)), 5)),
    box("grid-column: 1 / 7; grid-row: 4", '<div class="boxlabel">简讯</div>'
        + '<h1 class="tiny">%s</h1>' % esc(REC["kaituo"]["title"]) + paras("kaituo", R(0, 3))
        + '<h1 class="tiny">%s</h1>' % esc(REC["chongqing"]["title"]) + paras("chongqing", R(0, 1)), "art box"),
    '<div class="credit-line">本版责编：王　斌　孙　振</div>',
])

# 4. 2025-12-16 第18版 党建: two stories side by side with a narrow gutter between them, so that pdftotext reads
#    the last column of one and the first column of the other as one line.
PAGES["pdf-rmrb-2025-12-16-p18"] = ({"h": "400mm", "gap": "2.5mm", "ncol": 6}, "default", [
    banner("党建", "人民日报", "2025年12月16日　星期二　第18版"),
    box("grid-column: 1 / 4; grid-row: 2", head("kaohe") + body(paras("kaohe", R(0, 10)), 3, "column-gap:14mm")),
    box("grid-column: 4 / 7; grid-row: 2", head("huaxiang", "small") + body(paras("huaxiang", R(0, 6)), 2, "column-gap:14mm")),
    box("grid-column: 1 / 7; grid-row: 3", head("jinshan", "small") + body(paras("jinshan", R(0, 7)), 5, "column-gap:14mm")),
    '<div class="credit-line">本版责编：林丽鹂　罗　娟</div>',
])

# 5. 2025-06-10 第13版 生态: a series story with a picture, a 核心阅读 box and two-line subheads; a picture story;
#    a brief whose head is printed under its text.
PAGES["pdf-rmrb-2025-06-10-p13"] = ({"lh": "2.2", "h": "520mm"}, "default", [
    banner("2025年6月10日　星期二", "人民日报", "第13版　生态"),
    box("grid-column: 1 / 5; grid-row: 2 / 4", head("yongfeng") + caption("yongfeng", 0)
        + body(paras("yongfeng", R(0, 24)), 4)),
    box("grid-column: 5 / 7; grid-row: 2", '<div class="pic" style="height: 60mm"></div>'
        + head("shuihuanjing", "small") + '<div class="cap">%s</div>' % (
            '<p>%s</p><p class="credit">%s</p>' % tuple(map(esc, REC["shuihuanjing"]["paras"])))),
    box("grid-column: 5 / 7; grid-row: 3", body(paras("liupanshan", R(0, 2)), 2) + head("liupanshan", "small")),
    '<div class="credit-line">本版责编：刘　毅　李晓晴</div>',
])

# 6. 2025-06-10 第19版 党建: a profile cut with （下转第二十版）, a 监督哨 story, and a 简讯 box whose brief is
#    printed without its headline. Extracted with pdftotext (default).
PAGES["pdf-rmrb-2025-06-10-p19"] = ({"h": "320mm", "ncol": 5, "lh": "1.6"}, "default", [
    banner("党建", "人民日报", "2025年6月10日　星期二　第19版"),
    box("grid-column: 1 / 4; grid-row: 2 / 4", head("zhenli") + body(paras("zhenli", R(0, 12), after="（下转第二十版）"), 3)
        + '<div class="side" style="grid-template-columns: 1fr 1fr">%s%s</div>' % (caption("zhenli", 0), caption("zhenli", 1))),
    box("grid-column: 4 / 6; grid-row: 2", head("yangguangfang", "small") + body(paras("yangguangfang", R(0, 10)), 2)),
    box("grid-column: 4 / 6; grid-row: 3", '<div class="boxlabel">简讯</div>' + paras("fujian", R(0, 3)), "art box"),
    '<div class="credit-line">本版责编：张　璁　王　洲</div>',
])


# 7. 2025-12-23 第2版 要闻: wide line spacing (pdftotext may put blank lines between text lines), a policy story
#    with three subheads, and a story whose head stands in a narrow column left of its body.
PAGES["pdf-rmrb-2025-12-23-p2"] = ({"h": "470mm", "ncol": 5, "lh": "2.9"}, "default", [
    banner("第2版　要闻", "人民日报", "2025年12月23日　星期二"),
    box("grid-column: 1 / 6; grid-row: 2", head("mianshen") + body(paras("mianshen", R(0, 20)), 5)),
    box("grid-column: 1 / 6; grid-row: 3", '<div class="side" style="grid-template-columns: 1fr 4fr">'
        + '<div style="padding-top: 10mm">' + head("bingxue", "small") + '</div>' + body(paras("bingxue", R(0, 5)), 4) + '</div>'),
    '<div class="credit-line">本版责编：赵晓曦　孙　振</div>',
])


# 8. 2025-06-10 第7版 经济: a package (one headline over three stories, each with its own kicker, head, 本报记者
#    line and picture beside its text) and a commentary. One story per row; extracted with pdftotext -layout.
def story_row(key, row):
    return box("grid-column: 1 / 6; grid-row: %d" % row, '<div class="side" style="grid-template-columns: 1fr 4fr">'
               + '<div>' + caption(key, 0) + '</div><div>' + head(key, "small")
               + body(paras(key, R(0, len(REC[key]["paras"]))), 4) + '</div></div>')

PAGES["pdf-rmrb-2025-06-10-p7"] = ({"h": "500mm", "ncol": 5}, "layout", [
    banner("2025年6月10日　星期二", "人民日报", "经济　第7版"),
    '<div style="grid-column: 1 / 6; grid-row: 2"><h1 style="font-size: 30pt">%s</h1></div>' % esc(REC["wjy_pkg"]["title"]),
    story_row("wjy_baidu", 3), story_row("wjy_meituan", 4), story_row("wjy_pdd", 5),
    box("grid-column: 1 / 6; grid-row: 6", head("shiping", "small") + body(paras("shiping", R(0, 5)), 5)),
    '<div class="credit-line">本版责编：杨　旭　王　浩</div>',
])


# Pages 9-12 (records in records_7.py, added to REC here; their in-article subheads added to SUBS).
from records_7 import RECORDS as R7  # noqa: E402
REC.update(R7)
SUBS.update({"zhihui": {3, 4, 13, 14, 21, 22}, "chanye": {3, 8, 14}})

def marks(key, idx):
    """Paragraphs of a record set flush right (an editor's signature, production credits)."""
    return "\n".join('<p class="mark">%s</p>' % esc(REC[key]["paras"][i]) for i in idx)

# 9. 2025-11-04 第18版 党建: two stories one under another on the same four-column grid; the lower story (a 监督哨
#    item with no author line) has its head in its first column, at the top of that column, its text running on
#    under the head and into the next columns. Beside them a 金台潮声 commentary in a box with a border, its head
#    and author line inside the box, its text in one wide column.
PAGES["pdf-rmrb-2025-11-04-p18"] = ({"h": "360mm"}, "default", [
    banner("第18版　党建", "人民日报", "2025年11月4日　星期二"),
    box("grid-column: 1 / 5; grid-row: 2", head("lianshang") + body(paras("lianshang", R(0, 7)), 4)),
    box("grid-column: 1 / 5; grid-row: 3", body('<h1 class="small">%s</h1>' % esc(REC["weiruzhang"]["title"])
        + paras("weiruzhang", R(0, 8)), 4)),
    box("grid-column: 5 / 7; grid-row: 2 / 4", head("jiujiu", "small") + body(paras("jiujiu", R(0, 6)), 1), "art box"),
    '<div class="credit-line">本版责编：程　远　石　兰</div>',
])

# 10. 2025-07-08 第7版 要闻: a 大数据观察 story whose kicker, head and 本报记者 line are centred across its four
#     columns, with a picture and its caption across the first two columns in the middle of the text (the text
#     above the picture runs over both columns, then goes on under it) and a chart box with its source line across
#     the third and fourth columns at their top; the story's two-line bold subheads and its closing production
#     credits (本期统筹, 版式设计) as printed. Beside it a narrow column of two briefs with small heads; under the
#     story an 编辑手记 across its four columns.
PAGES["pdf-rmrb-2025-07-08-p7"] = ({"h": "540mm", "ncol": 5, "lh": "1.7"}, "default", [
    banner("要闻", "人民日报", "2025年7月8日　星期二　第7版"),
    box("grid-column: 1 / 5; grid-row: 2", head("zhihui") + '<div class="side" style="grid-template-columns: 1fr 1fr">'
        + body(paras("zhihui", R(0, 9)) + '<div style="column-span: all">%s</div>' % caption("zhihui", 0)
               + paras("zhihui", R(9, 18)), 2)
        + body('<div style="column-span: all">%s</div>' % caption("zhihui", 2)
               + paras("zhihui", R(18, 30)) + marks("zhihui", R(30, 32)), 2) + '</div>'),
    '<div style="grid-column: 5; grid-row: 2 / 4">%s%s</div>' % (
        box("", '<h1 class="tiny">%s</h1>' % esc(REC["beijing"]["title"]) + paras("beijing", R(0, 4))),
        box("margin-top: 4mm", '<h1 class="tiny">%s</h1>' % esc(REC["liaoning"]["title"]) + paras("liaoning", R(0, 3)))),
    box("grid-column: 1 / 5; grid-row: 3", head("shouji", "small") + body(paras("shouji", R(0, 4)), 4)),
    '<div class="credit-line">本版责编：钱　晨　孟　伟</div>',
])

# 11. 2025-07-08 第5版 评论: a 大家谈 package: its head, series line and editor's note (signed ——编  者) across the
#     page, then its three contributions side by side, each with its own head and author line and two columns of
#     text; under them a wide 人民时评 in six columns.
PAGES["pdf-rmrb-2025-07-08-p5"] = ({"h": "420mm", "lh": "1.6"}, "default", [
    banner("评论", "人民日报", "2025年7月8日　星期二　第5版"),
    box("grid-column: 1 / 7; grid-row: 2", head("djt_pkg") + '<div style="width: 60%%; margin: 0 auto">%s%s</div>' % (
        paras("djt_pkg", R(0, 1)), marks("djt_pkg", R(1, 2)))),
    box("grid-column: 1 / 3; grid-row: 3", head("djt_he", "small") + body(paras("djt_he", R(0, 6)), 2)),
    box("grid-column: 3 / 5; grid-row: 3", head("djt_tian", "small") + body(paras("djt_tian", R(0, 5)), 2)),
    box("grid-column: 5 / 7; grid-row: 3", head("djt_wang", "small") + body(paras("djt_wang", R(0, 6)), 2)),
    box("grid-column: 1 / 7; grid-row: 4", head("jiankangzheng", "small") + body(paras("jiankangzheng", R(0, 10)), 6)),
    '<div class="credit-line">本版责编：贺　林　司　南</div>',
])

# 12. 2025-11-04 第6版 要闻: one story a row, extracted with pdftotext -layout: a lead story with its head and 本报记者
#     line centred over five columns and three bold subheads; a 迈向“十五五”的创新图景 piece with its head across its
#     four columns and a quotation box (with its source line) over its text; an 编辑手记 in a box with a border
#     across the page, its head and author line inside the box.
PAGES["pdf-rmrb-2025-11-04-p6"] = ({"h": "460mm", "ncol": 5}, "layout", [
    banner("第6版", "人民日报", "2025年11月4日　星期二　要闻"),
    box("grid-column: 1 / 6; grid-row: 2", head("chanye") + body(paras("chanye", R(0, 21)), 5)),
    box("grid-column: 1 / 6; grid-row: 3", head("yanfa6g", "small")
        + '<div class="box" style="margin: 0 0 2mm">%s%s</div>' % (
            '<p style="text-indent: 0">%s</p>' % esc(REC["yanfa6g"]["paras"][0]), marks("yanfa6g", R(1, 2)))
        + body(paras("yanfa6g", R(2, 9)), 4)),
    box("grid-column: 1 / 6; grid-row: 4", head("baituo", "small") + body(paras("baituo", R(0, 4)), 3), "art box"),
    '<div class="credit-line">本版责编：韩　冰　罗　平</div>',
])


def build(keep=None):
    work = tempfile.mkdtemp(prefix="pdfcol-")
    try:
        for name, (opts, mode, blocks) in PAGES.items():
            h = os.path.join(work, name + ".html")
            pdf = os.path.join(work, name + ".pdf")
            with open(h, "w", encoding="utf-8") as f:
                f.write(page(opts, blocks))
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--print-to-pdf=" + pdf,
                            "--no-pdf-header-footer", h], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            n = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
            pages = [l for l in n.splitlines() if l.startswith("Pages:")][0].split()[1]
            args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if mode == "layout" else []) + [pdf, os.path.join(OUT, name + ".txt")]
            subprocess.run(args, check=True)
            print(name, "PDF pages:", pages, "mode:", mode)
            if keep:
                os.makedirs(keep, exist_ok=True)
                shutil.copy(h, keep)
                shutil.copy(pdf, keep)
    finally:
        shutil.rmtree(work)

if __name__ == "__main__":
    keep = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
    build(keep)
