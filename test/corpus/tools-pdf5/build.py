#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Batch pdf5: real 人民日报 records (records_pdf5.py, read from leeperfect/PeopleDailyMaterial) laid out as newspaper
pages in HTML, printed to PDF by headless Chromium, extracted with pdftotext (default mode, no flags), and the same
PDF page rendered at 150 dpi and read by Tesseract (as ../tools-pdf-ocr*/ocr_pages.sh does), its TSV converted by
../tools-ocr/tesseract_to_paddle.py (used in place, unchanged).

    python3 build.py              # writes ../column/pdf5-rmrb-*.txt and ../ocr/pdf5ocr-rmrb-*.json
    python3 build.py --check      # rebuilds everything in a temporary folder and compares bytes with the committed files
    python3 build.py --keep DIR   # also keeps the HTML, PDF, PNG and TSV files in DIR

CSS base and helpers as ../tools-pdf/build_pages.py and ../tools-pdf-ocr3/build_pages.py (imported where they fit:
esc, box, body, banner from tools-pdf are not reused because they read that folder's records; the CSS is copied and
extended). The records' text is not changed; the layout adds only the banners, the 本版责编 lines, the 简讯 label,
the continuation marker （下转第二十版）, grey picture boxes and box borders (all made up). Gold is not written here.

Split (fixed before any gold was written): pages in the order of PAGES; every third page (3rd, 6th, …) is test,
the others dev.
"""
import html, os, shutil, subprocess, sys, tempfile, filecmp
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_pdf5 import RECORDS as REC
ROOT = os.path.dirname(HERE)
TO_PADDLE = os.path.join(ROOT, "tools-ocr", "tesseract_to_paddle.py")

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
h1.brief { font-size: 10pt; text-align: left; font-family: "Noto Sans CJK SC"; margin: 0 0 1mm; }
h1.vert { writing-mode: vertical-rl; font-size: 20pt; margin: 0 auto; text-align: left; }
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


def idx(key, text):
    """Index of the record paragraph equal to text."""
    return REC[key]["paras"].index(text)


def head(key, size="", kicker=True, byline=True, series_above=True, sub=True):
    r = REC[key]
    out = []
    if series_above and r.get("series"):
        out.append('<div class="series">%s</div>' % esc(r["series"]))
    if kicker and r.get("kicker"):
        out.append('<div class="kicker">%s</div>' % esc(r["kicker"]))
    out.append('<h1 class="%s">%s</h1>' % (size, esc(r["title"])))
    if sub and r.get("sub"):
        out.append('<div class="kicker">%s</div>' % esc(r["sub"]))
    if byline and r.get("byline"):
        out.append('<div class="byline">%s</div>' % esc(r["byline"]))
    return "\n".join(out)


def paras(key, rng, subs=(), before="", after=""):
    out = []
    if before:
        out.append('<p class="mark">%s</p>' % esc(before))
    for i in rng:
        cls = ' class="sub"' if i in subs else ""
        out.append("<p%s>%s</p>" % (cls, esc(REC[key]["paras"][i])))
    if after:
        out.append('<p class="mark">%s</p>' % esc(after))
    return "\n".join(out)


def marks(key, rng):
    return "\n".join('<p class="mark">%s</p>' % esc(REC[key]["paras"][i]) for i in rng)


def pic(key, i, height=None, credit=None, style=""):
    st = ' style="height:%s"' % height if height else ""
    cr = '<p class="credit">%s</p>' % esc(REC[key]["paras"][credit]) if credit is not None else ""
    return '<div style="%s"><div class="pic"%s></div><div class="cap"><p>%s</p>%s</div></div>' % (
        style, st, esc(REC[key]["paras"][i]), cr)


def box(style, inner, cls="art"):
    return '<div class="%s" style="%s">%s</div>' % (cls, style, inner)


def body(inner, cols, style=""):
    return '<div class="body" style="column-count:%d;%s">%s</div>' % (cols, style, inner)


def banner(left, mid, right):
    return '<div class="banner"><div class="small">%s</div><div class="paper">%s</div><div class="small">%s</div></div>' % (left, mid, right)


def brief(key):
    """A brief in the 简讯 column: its head as a bold lead-in line over its paragraphs."""
    r = REC[key]
    return '<div class="brief"><h1 class="brief">%s</h1>%s</div>' % (esc(r["title"]), paras(key, range(len(r["paras"]))))


def page(opts, blocks):
    o = dict(w="380mm", h="600mm", fs="10pt", ncol=5, gap="10mm", lh="1.7", pich="45mm")
    o.update(opts)
    return ('<!doctype html><html><head><meta charset="utf-8"><style>%s</style></head><body><div class="page">%s</div></body></html>'
            % (CSS % o, "\n".join(blocks)))


R = range
PAGES = {}

# 1. 2025-02-25 第10版 政治 (5-column grid, 380 x 700 mm). Layout (fixed before building):
#    - the 干部状态新观察 lead 不必要的会议材料… across cols 1-4: kicker, head, 本报记者 line; a grey cartoon box with its
#      credit 洪  琥绘 and the editor's note (two paragraphs and ——编  者) in a bordered box across the lead; its text
#      in FOUR NARROW COLUMNS with a 5 mm gutter (the page's other gutters are 10 mm);
#    - col 5 beside it: the 干部感言 心不累了  干劲足了 as a COMMENTARY IN A BOX (border; head and author line inside);
#    - under the lead: 把能办变为好办易办 (cols 1-2) and 进一扇门  办多件事 (cols 3-4), TWO STORIES SIDE BY SIDE whose
#      boxes have a 2.5 mm gutter between them, each with kicker and head over two text columns;
#    - col 5 under the commentary: 无事不扰  规范执法 with its HEAD SET BENEATH ITS BODY (text first, then kicker,
#      head and 本报记者 line under it, as a head at the foot of a column).
PAGES["pdf5-rmrb-2025-02-25-p10"] = ({"h": "700mm"}, [
    banner("第10版　政治", "人民日报", "2025年2月25日　星期二"),
    box("grid-column: 1 / 5; grid-row: 2", head("huiyi")
        + '<div class="side" style="grid-template-columns: 1fr 2fr">%s%s</div>' % (
            '<div><div class="pic" style="height: 40mm"></div><div class="cap">%s</div></div>' % marks("huiyi", [0]),
            '<div class="box" style="margin: 2mm 0">%s%s</div>' % (paras("huiyi", R(1, 3)), marks("huiyi", [3])))
        + body(paras("huiyi", R(4, 21)), 4, "column-gap: 5mm")),
    box("grid-column: 5; grid-row: 2", head("ganyan", "small") + paras("ganyan", R(0, 2)) + marks("ganyan", [2]), "art box"),
    '<div style="grid-column: 1 / 5; grid-row: 3; display: grid; grid-template-columns: 1fr 1fr; column-gap: 2.5mm">%s%s</div>' % (
        box("", head("wuhu", "small") + body(paras("wuhu", R(0, 4)), 2, "column-gap: 6mm")),
        box("", head("changde", "small") + body(paras("changde", R(0, 4)), 2, "column-gap: 6mm"))),
    box("grid-column: 5; grid-row: 3", paras("daming", R(0, 4)) + '<div style="margin-top: 3mm">%s</div>' % head("daming", "small")),
    '<div class="credit-line">本版责编：顾　远　齐　川</div>',
])

# 2. 2025-02-25 第13版 社会 (4-column grid, 380 x 640 mm). Layout:
#    - the 民生一线 lead “空中校车”背后的山乡巨变 across cols 1-4: kicker, head, 本报记者 line; then A PHOTO ACROSS THREE
#      COLUMNS (grey box, 80 mm) WITH ITS CAPTION AND CREDIT SPANNING THE SAME THREE COLUMNS, beside it in col 4 the
#      second picture with its caption and credit; its text in four columns, 尼珠河在哪？ and the three one-line
#      subheads bold and centred;
#    - under it the 民生观 人工智能，抢得走咱的饭碗吗 across cols 1-4 with its HEAD, AUTHOR LINE AND BOLD DECK SET TO THE
#      RIGHT OF ITS BODY (body in three columns over cols 1-3, head block in col 4);
#    - under that 火情危急时分  群众接力救援 (第6版) across cols 1-4 with a VERTICAL HEAD (CSS writing-mode:
#      vertical-rl) in a narrow column at the left of its body, author line under the vertical head, body in three columns.
K = "kongzhong"
KSUB = {idx(K, "尼珠河在哪？"), idx(K, "悬崖电梯，上学路从3小时缩短至30分钟"), idx(K, "通电通路，基础设施不断完善"),
        idx(K, "发展旅游，提升人居环境和服务质量")}
PAGES["pdf5-rmrb-2025-02-25-p13"] = ({"ncol": 4, "h": "640mm"}, [
    banner("2025年2月25日　星期二", "人民日报", "社会　第13版"),
    box("grid-column: 1 / 5; grid-row: 2", head(K)
        + '<div class="side" style="grid-template-columns: 3fr 1fr">%s%s</div>' % (pic(K, 0, "80mm", 1), pic(K, 2, "80mm", 3))
        + body(paras(K, R(4, len(REC[K]["paras"])), KSUB), 4)),
    box("grid-column: 1 / 5; grid-row: 3", '<div class="side" style="grid-template-columns: 3fr 1fr">%s%s</div>' % (
        body(paras("rengong", R(1, 8)), 3),
        '<div style="padding-top: 6mm">%s<p class="deck">%s</p></div>' % (head("rengong", "small"), esc(REC["rengong"]["paras"][0])))),
    box("grid-column: 1 / 5; grid-row: 4", '<div class="side" style="grid-template-columns: 22mm 1fr">%s%s</div>' % (
        '<div><h1 class="vert">%s</h1><div class="byline" style="font-size: 9pt">%s</div></div>' % (
            esc(REC["huoqing"]["title"]), esc(REC["huoqing"]["byline"])),
        body(paras("huoqing", R(0, 10)), 3))),
    '<div class="credit-line">本版责编：乔　楠　沈　星</div>',
])

# 3. 2025-02-25 第19版 党建 (4-column grid, 380 x 720 mm). Layout:
#    - the 前沿观察 lead 流动的“先锋”凝聚在党旗下 across cols 1-3 with a STACK OF SERIES LINE (kicker place), MAIN HEAD
#      AND SUBTITLE (——四川省…) and the 本报记者 line; its text with its first two-line bold subhead (如何推进
#      摸排管理精准化 / 流入地强化日常走访…) in three columns; CUT after its first section (paragraphs 1-17) WITH A CONTINUATION MARKER
#      （下转第二十版） set flush right;
#    - col 4, down both rows: a 简讯 COLUMN (label 简讯) OF FIVE BRIEFS of the same day (第6、7、11版), EACH WITH A BOLD
#      LEAD-IN HEAD;
#    - under the lead across cols 1-3: the 金台潮声 处理好“等不得”与“急不得”的关系 as a COMMENTARY IN A BOX (border;
#      head and author line inside at the top; text in three columns).
PAGES["pdf5-rmrb-2025-02-25-p19"] = ({"ncol": 4, "h": "720mm"}, [
    banner("党建", "人民日报", "2025年2月25日　星期二　第19版"),
    box("grid-column: 1 / 4; grid-row: 2", head("liudong")
        + body(paras("liudong", R(0, 17), {4, 5}, after="（下转第二十版）"), 3)),
    box("grid-column: 4; grid-row: 2 / 4", '<div class="boxlabel">简讯</div>'
        + "".join(brief(k) for k in ("qinghai", "dalian", "fujian", "guangxi", "ningxia"))),
    box("grid-column: 1 / 4; grid-row: 3", head("jintai", "small") + body(paras("jintai", R(0, 5)), 3), "art box"),
    '<div class="credit-line">本版责编：白　榆　郑　原</div>',
])


def build(outdir_col, outdir_ocr, keep=None, names=None):
    work = tempfile.mkdtemp(prefix="pdf5-")
    try:
        for name, (opts, blocks) in PAGES.items():
            if names and name not in names:
                continue
            h = os.path.join(work, name + ".html")
            pdf = os.path.join(work, name + ".pdf")
            with open(h, "w", encoding="utf-8") as f:
                f.write(page(opts, blocks))
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--print-to-pdf=" + pdf, "--no-pdf-header-footer", h],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
            npages = [l for l in info.splitlines() if l.startswith("Pages:")][0].split()[1]
            subprocess.run(["pdftotext", pdf, os.path.join(outdir_col, name + ".txt")], check=True)
            # OCR as ../tools-pdf-ocr3/ocr_pages.sh: 150 dpi PNG, Tesseract chi_sim --psm 3 TSV, tesseract_to_paddle.py
            png = os.path.join(work, name)
            subprocess.run(["pdftoppm", "-r", "150", "-png", pdf, png], check=True, stderr=subprocess.DEVNULL)
            subprocess.run(["tesseract", png + "-1.png", png, "-l", "chi_sim", "--psm", "3", "tsv"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            jname = "pdf5ocr-" + name[len("pdf5-"):] + ".json"
            with open(os.path.join(outdir_ocr, jname), "w", encoding="utf-8") as f:
                subprocess.run([sys.executable, TO_PADDLE, png + ".tsv"], check=True, stdout=f)
            print(name, "PDF pages:", npages)
            if keep:
                os.makedirs(keep, exist_ok=True)
                for ext in (".html", ".pdf", "-1.png", ".tsv"):
                    shutil.copy(os.path.join(work, name + ext), keep)
    finally:
        shutil.rmtree(work)


def check():
    tmp = tempfile.mkdtemp(prefix="pdf5-check-")
    try:
        build(tmp, tmp)
        bad = 0
        for name in PAGES:
            for folder, fn in (("column", name + ".txt"), ("ocr", "pdf5ocr-" + name[len("pdf5-"):] + ".json")):
                same = filecmp.cmp(os.path.join(tmp, fn), os.path.join(ROOT, folder, fn), shallow=False)
                print("same" if same else "DIFFERENT", folder + "/" + fn)
                bad += not same
        return bad
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)
    keep = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
    build(os.path.join(ROOT, "column"), os.path.join(ROOT, "ocr"), keep)
