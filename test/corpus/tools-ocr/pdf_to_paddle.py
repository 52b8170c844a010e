#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""OCR-JSON pages from the PDF text layer of the synthetic 人民日报 pages (see ../ocr/SOURCES.md).

    python3 test/corpus/tools-ocr/pdf_to_paddle.py                 # rebuild the PDFs in a temporary folder, write all pages and gold
    python3 test/corpus/tools-ocr/pdf_to_paddle.py --pdf-dir DIR   # use PDFs already built (build_pages.py --keep DIR; it also rewrites ../column/pdf-*.txt)
    python3 test/corpus/tools-ocr/pdf_to_paddle.py --check         # only check the written pages against their gold

The PDFs are the twelve pages of ../tools-pdf/build_pages.py (its own layout, Chromium print to PDF). For each
PDF, `pdftotext -bbox-layout` gives its flows, blocks, lines and words with boxes; this script turns that into
an OCR result as a layout-analysing OCR tool would give it, with the text of the PDF text layer (no recognition
errors), and writes its gold by construction.

Conversion rule (the only thing done to pdftotext's output):
- one block per pdftotext text line (`<line>`), in pdftotext's own order (flow, block, line), which is the file order;
- its text is the line's words in order, joined with no separator, except one space between two words when the
  previous word ends and the next word starts with an ASCII letter or digit (join_words of tesseract_to_paddle.py);
- its box is the line box (xMin, yMin, xMax, yMax, in PDF points from the top left) scaled to pixels at 150 dpi
  (x 150/72) and rounded half up to integers, written as four corner points clockwise from the top left;
- its score is 1.0 (the text is exact);
- a line with no non-blank word would be dropped (none is).
The document is a JSON list of blocks `{"text", "box", "score"}`, one block per line of the file, as the
`*-paddle.json` pages are a top-level list.

Gold by construction: every story, banner and furniture line of a page is listed below (PAGES) as *pieces*
(the record's kicker, headline, series line, author line, paragraphs, captions and credits, the made-up banner
parts, 本版责编 lines, 简讯 labels and continuation markers, exactly as build_pages.py sets them), each piece
belonging to one unit, in the unit's head (`titleLines`) or body (`lines`). White space removed, each block is
matched against the pieces' text that no block has read yet, and belongs to the unit of the piece it is read from:
1. the piece whose text goes on with the block where the piece's last block ended (a new piece: at its start).
   If several do: a block that is a whole piece wins over blocks that only start one (`党建` is the banner part,
   not the start of a paragraph); pieces of the same unit and role that start alike are read in print order;
   otherwise the script fails;
2. else a line where pdftotext joined text of two stories side by side: the one split of the block whose first
   part goes on with one piece and whose rest goes on with another; it belongs to the unit whose text comes
   first (the column gold's rule);
3. else a block pdftotext put before text printed ahead of it: the one place of its text in the unread text of
   all pieces;
4. else HAND (blocks assigned by hand: none were needed), else the script fails.
Every piece must be read to its end, each character by exactly one block. The script prints each block read by
rule 1's tie-breaks, 2 or 3. Unit kinds, titles and bylines are those of ../column/pdf-rmrb-*.gold.yaml (checked);
a title is its headline blocks' text joined; units are listed in page order (by their first block).
"""
import math, os, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET
import json

import yaml

sys.dont_write_bytecode = True  # leave no __pycache__ beside the imported tools
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
OCR = os.path.join(CORPUS, "ocr")
COLUMN = os.path.join(CORPUS, "column")
sys.path.insert(0, os.path.join(CORPUS, "tools-pdf"))
sys.path.insert(0, HERE)
import build_pages  # noqa: E402
from tesseract_to_paddle import join_words  # noqa: E402

REC = build_pages.REC
NS = "{http://www.w3.org/1999/xhtml}"
SCALE = 150 / 72


# ---------------------------------------------------------------- page specs (mirroring build_pages.PAGES)

def story(key, kind="article", paras=None, head=True, kicker=True, byline=None, title=True, captions=(),
          inline_credit=False, before=None, after=None):
    """A story unit: its head pieces (kicker, headline, series, author line) and body pieces."""
    r = REC[key]
    heads = []
    if head:
        if kicker and r.get("kicker"):
            heads.append(("kicker", r["kicker"]))
        heads.append(("title", r["title"]))
        if r.get("series"):
            heads.append(("series", r["series"]))
        if r.get("byline"):
            heads.append(("byline", r["byline"]))
    body = []
    if before:
        body.append(("marker", before))
    for n in captions:
        text, credit = r["captions"][n]
        if credit and inline_credit:
            body.append(("caption", text + credit))
        else:
            body.append(("caption", text))
            if credit:
                body.append(("credit", credit))
    idx = range(len(r["paras"])) if paras is None else paras
    for i in idx:
        body.append(("para", r["paras"][i]))
    if after:
        body.append(("marker", after))
    return dict(kind=kind, key=key, title=(r["title"] if head and title else None), byline=byline,
                head=heads, body=body)


def furniture(kind, *texts):
    return dict(kind=kind, key=None, title=None, byline=None, head=[], body=[("text", t) for t in texts])


R = range
# page name (as in build_pages.PAGES) -> units; bylines as in the column gold files
PAGES = {
    "pdf-rmrb-2025-12-23-p13": [
        furniture("page-header", "第13版　社会", "人民日报", "2025年12月23日　星期二"),
        story("mingong", paras=R(0, 21), byline="本报记者 尚嵘峥"),
        story("shilaohua", paras=R(0, 7), byline="本报记者 王 者"),
        story("zulin", paras=R(0, 11), byline="本报记者 李君强"),
        furniture("furniture", "本版责编：郑海鸥　李　琛"),
    ],
    "pdf-rmrb-2025-12-23-p19": [
        furniture("page-header", "2025年12月23日　星期二", "人民日报", "党建　第19版"),
        story("lian", kind="fragment", paras=R(0, 16), captions=[0], after="（下转第二十版）",
              byline="本报记者 何昭宇 窦 皓"),
        story("jingxi", paras=R(0, 8), byline="赵成"),
        story("sanzi", paras=R(0, 5), byline="刘 畅 崔明太"),
        furniture("furniture", "本版责编：王　斌　孙　振"),
    ],
    "pdf-rmrb-2025-12-23-p20": [
        furniture("page-header", "第20版", "人民日报", "2025年12月23日　星期二　党建"),
        story("lian", kind="fragment", head=False, paras=R(16, 44), before="（上接第十九版）", captions=[2],
              inline_credit=True),
        story("sixg", paras=R(0, 10), byline="本报记者 李林蔚"),
        furniture("furniture", "简讯"),
        story("kaituo", paras=R(0, 3), byline="记者胡婧怡"),
        story("chongqing", paras=R(0, 1), byline="记者田金文、周闻韬"),
        furniture("furniture", "本版责编：王　斌　孙　振"),
    ],
    "pdf-rmrb-2025-12-16-p18": [
        furniture("page-header", "党建", "人民日报", "2025年12月16日　星期二　第18版"),
        story("kaohe", paras=R(0, 10), byline="本报记者 沈童睿"),
        story("huaxiang", paras=R(0, 6), byline="本报记者 何昭宇"),
        story("jinshan", paras=R(0, 7), byline="刘健"),
        furniture("furniture", "本版责编：林丽鹂　罗　娟"),
    ],
    "pdf-rmrb-2025-06-10-p13": [
        furniture("page-header", "2025年6月10日　星期二", "人民日报", "第13版　生态"),
        story("yongfeng", paras=R(0, 24), captions=[0], byline="本报记者 王永战"),
        story("shuihuanjing", kind="photo-caption", paras=R(0, 2)),
        story("liupanshan", paras=R(0, 2), byline="记者秦瑞杰"),
        furniture("furniture", "本版责编：刘　毅　李晓晴"),
    ],
    "pdf-rmrb-2025-06-10-p19": [
        furniture("page-header", "党建", "人民日报", "2025年6月10日　星期二　第19版"),
        story("zhenli", kind="fragment", paras=R(0, 12), after="（下转第二十版）", captions=[0, 1],
              byline="本报记者 赵 成 曹玲娟"),
        story("yangguangfang", paras=R(0, 10), byline="本报记者苏滨"),
        furniture("furniture", "简讯"),
        story("fujian", head=False, paras=R(0, 3), byline="记者钟自炜"),
        furniture("furniture", "本版责编：张　璁　王　洲"),
    ],
    "pdf-rmrb-2025-12-23-p2": [
        furniture("page-header", "第2版　要闻", "人民日报", "2025年12月23日　星期二"),
        story("mianshen", paras=R(0, 20), byline="本报记者 吴秋余"),
        story("bingxue", paras=R(0, 5), byline="本报记者 刘梦丹"),
        furniture("furniture", "本版责编：赵晓曦　孙　振"),
    ],
    "pdf-rmrb-2025-06-10-p7": [
        furniture("page-header", "2025年6月10日　星期二", "人民日报", "经济　第7版"),
        story("wjy_pkg", kind="column-intro", paras=[]),
        story("wjy_baidu", captions=[0], byline="本报记者 谷业凯"),
        story("wjy_meituan", captions=[0], byline="本报记者 王 珂"),
        story("wjy_pdd", captions=[0], byline="本报记者 林丽鹂"),
        story("shiping", paras=R(0, 5), byline="吕钟正"),
        furniture("furniture", "本版责编：杨　旭　王　浩"),
    ],
    "pdf-rmrb-2025-11-04-p18": [
        furniture("page-header", "第18版　党建", "人民日报", "2025年11月4日　星期二"),
        story("lianshang", paras=R(0, 7), byline="李舒"),
        story("weiruzhang", paras=R(0, 8), byline="余海滨"),
        story("jiujiu", paras=R(0, 6), byline="李林蔚"),
        furniture("furniture", "本版责编：程　远　石　兰"),
    ],
    "pdf-rmrb-2025-07-08-p7": [
        furniture("page-header", "要闻", "人民日报", "2025年7月8日　星期二　第7版"),
        story("zhihui", paras=R(0, 32), captions=[0, 2], byline="本报记者 郁静娴"),
        story("beijing", paras=R(0, 4), byline="记者王洲"),
        story("liaoning", paras=R(0, 3), byline="记者胡婧怡"),
        story("shouji", paras=R(0, 4), byline="张伟昊"),
        furniture("furniture", "本版责编：钱　晨　孟　伟"),
    ],
    "pdf-rmrb-2025-07-08-p5": [
        furniture("page-header", "评论", "人民日报", "2025年7月8日　星期二　第5版"),
        story("djt_pkg", kind="column-intro", paras=R(0, 2)),
        story("djt_he", paras=R(0, 6), byline="何虎翼"),
        story("djt_tian", paras=R(0, 5), byline="田长栓"),
        story("djt_wang", paras=R(0, 6), byline="汪太武"),
        story("jiankangzheng", paras=R(0, 10), byline="申少铁"),
        furniture("furniture", "本版责编：贺　林　司　南"),
    ],
    "pdf-rmrb-2025-11-04-p6": [
        furniture("page-header", "第6版", "人民日报", "2025年11月4日　星期二　要闻"),
        story("chanye", paras=R(0, 21), byline="本报记者 李亚楠"),
        story("yanfa6g", paras=R(0, 9), byline="许晓东"),
        story("baituo", paras=R(0, 4), byline="马睿姗"),
        furniture("furniture", "本版责编：韩　冰　罗　平"),
    ],
}

# Blocks assigned by hand: {page: {block number: unit index in PAGES[page]}}. None were needed.
HAND = {}


def out_name(page):
    return page.replace("pdf-rmrb-", "pdfocr-rmrb-")


# ---------------------------------------------------------------- conversion

def half_up(value):
    return int(math.floor(value * SCALE + 0.5))


def read_lines(bbox_html):
    """pdftotext -bbox-layout output -> [(text, (x0, y0, x1, y1) in pixels)], in file order."""
    root = ET.parse(bbox_html).getroot()
    pages = list(root.iter(NS + "page"))
    if len(pages) != 1:
        raise SystemExit("%s: %d pages, expected 1" % (bbox_html, len(pages)))
    blocks = []
    for line in pages[0].iter(NS + "line"):
        words = [(w.text or "").strip() for w in line.findall(NS + "word")]
        words = [w for w in words if w]
        if not words:
            continue
        a = line.attrib
        box = tuple(half_up(float(a[k])) for k in ("xMin", "yMin", "xMax", "yMax"))
        blocks.append((join_words(words), box))
    return blocks


def page_json(blocks):
    rows = []
    for text, (x0, y0, x1, y1) in blocks:
        rows.append("  " + json.dumps({"text": text, "box": [[x0, y0], [x1, y0], [x1, y1], [x0, y1]], "score": 1.0},
                                      ensure_ascii=False))
    return "[\n" + ",\n".join(rows) + "\n]\n"


# ---------------------------------------------------------------- gold by construction

def squash(text):
    return "".join(text.split())


class Piece:
    """One piece of printed text of a unit, white space removed, with what of it blocks have read so far."""

    def __init__(self, unit, role, name, text):
        self.unit, self.role, self.name, self.text = unit, role, name, squash(text)
        self.read = bytearray(len(self.text))
        self.cursor = 0  # just after the last block read from this piece

    def free(self, i, length):
        return i + length <= len(self.text) and not any(self.read[i:i + length])

    def starts(self, t):
        return self.text.startswith(t, self.cursor) and self.free(self.cursor, len(t))

    def take(self, i, length):
        self.read[i:i + length] = b"\x01" * length
        self.cursor = i + length


def assign(page, blocks):
    """(unit index, role 'head' / 'body', piece name) of every block, by matching it against the pieces."""
    units = PAGES[page]
    pieces = [Piece(ui, role, name, text) for ui, u in enumerate(units)
              for role in ("head", "body") for name, text in u[role]]
    label = lambda p: (units[p.unit]["key"] or units[p.unit]["kind"], p.name)
    result, notes = [], []
    for n, (text, _) in enumerate(blocks, 1):
        t = squash(text)
        # 1. the block reads on where a piece's last block ended (a new piece: from its start)
        hits = [p for p in pieces if p.starts(t)]
        if len(hits) > 1:
            whole = [p for p in hits if p.cursor == 0 and len(p.text) == len(t)]
            if len(whole) == 1:
                # a block that is a whole piece wins over blocks that only start one
                notes.append("block %d %r could start %s: read as the whole piece %s" % (n, text, list(map(label, hits)), label(whole[0])))
                hits = whole
            elif len({(p.unit, p.role) for p in hits}) == 1:
                # pieces of one unit's head or body that start alike: the unit is sure; read the first in print order
                notes.append("block %d %r could start %s: read in print order" % (n, text, list(map(label, hits))))
                hits = hits[:1]
            else:
                raise SystemExit("%s block %d %r: matches %s" % (page, n, text, list(map(label, hits))))
        if hits:
            p = hits[0]
            p.take(p.cursor, len(t))
            result.append((p.unit, p.role, p.name))
            continue
        # 2. a line where pdftotext joined text of two stories side by side: its first part reads on one piece,
        #    its rest another; the block belongs to the unit whose text comes first
        splits = [(k, a, b) for k in range(1, len(t)) for a in pieces if a.starts(t[:k])
                  for b in pieces if b is not a and b.starts(t[k:])]
        if len(splits) == 1:
            k, a, b = splits[0]
            a.take(a.cursor, k)
            b.take(b.cursor, len(t) - k)
            result.append((a.unit, a.role, a.name))
            notes.append("block %d %r joins %s and %s: belongs to the first" % (n, text, label(a), label(b)))
            continue
        # 3. a block pdftotext put before text printed ahead of it: its one place in the unread text of all pieces
        places = [(p, i) for p in pieces for i in range(len(p.text)) if p.text.startswith(t, i) and p.free(i, len(t))]
        if len(places) == 1:
            p, i = places[0]
            p.take(i, len(t))
            result.append((p.unit, p.role, p.name))
            notes.append("block %d %r: out of print order in %s" % (n, text, label(p)))
            continue
        if n in HAND.get(page, {}):
            result.append((HAND[page][n], "body", "hand"))
            notes.append("block %d %r: assigned by hand" % (n, text))
            continue
        raise SystemExit("%s block %d %r: no single reading (%d splits, %d places)" % (page, n, text, len(splits), len(places)))
    unread = [(label(p), p.text[p.read.index(0):][:20]) for p in pieces if 0 in p.read]
    if unread:
        raise SystemExit("%s: pieces not read to the end: %s" % (page, unread))
    return result, notes


def ranges(numbers):
    out = []
    for n in sorted(numbers):
        if out and out[-1][1] == n - 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return out


def gold_units(page, blocks, roles):
    units = []
    for ui, u in enumerate(PAGES[page]):
        head = [n for n, r in enumerate(roles, 1) if r[0] == ui and r[1] == "head"]
        body = [n for n, r in enumerate(roles, 1) if r[0] == ui and r[1] == "body"]
        title = None
        if u["title"] is not None:
            title = "".join(blocks[n - 1][0] for n, r in enumerate(roles, 1) if r[0] == ui and r[2] == "title")
            if squash(title) != squash(u["title"]):
                raise SystemExit("%s: title %r is not the record's %r" % (page, title, u["title"]))
        units.append(dict(kind=u["kind"], title=title, titleLines=ranges(head), byline=u["byline"], lines=ranges(body),
                          first=min(head + body)))
    units.sort(key=lambda u: u["first"])
    return units


def flow(rs):
    return "[" + ", ".join("[%d, %d]" % tuple(r) for r in rs) + "]"


def scalar(value):
    if value is None:
        return "null"
    plain = str(value)
    if yaml.safe_load("x: " + plain) == {"x": value}:
        return plain
    return json.dumps(value, ensure_ascii=False)


def gold_yaml(page, split, units):
    out = ["source: %s.json" % out_name(page), "family: ocr", "format: ocr-json", "split: %s" % split,
           "synthetic: true", "units:"]
    for u in units:
        out.append("  - kind: %s" % u["kind"])
        out.append("    title: %s" % ("null" if u["title"] is None else json.dumps(u["title"], ensure_ascii=False)))
        out.append("    titleLines: %s" % flow(u["titleLines"]))
        out.append("    byline: %s" % scalar(u["byline"]))
        out.append("    lines: %s" % flow(u["lines"]))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- checks

def check(page):
    """Every block in exactly one unit's titleLines or lines; titles in their titleLines; header fields; units in
    page order; kinds, titles and bylines as in the column page's gold."""
    name = out_name(page)
    blocks = json.load(open(os.path.join(OCR, name + ".json"), encoding="utf-8"))
    gold = yaml.safe_load(open(os.path.join(OCR, name + ".gold.yaml"), encoding="utf-8"))
    col = yaml.safe_load(open(os.path.join(COLUMN, page + ".gold.yaml"), encoding="utf-8"))
    errs = []
    if list(gold) != ["source", "family", "format", "split", "synthetic", "units"]:
        errs.append("header keys %s" % list(gold))
    if (gold["source"], gold["family"], gold["format"], gold["split"], gold["synthetic"]) != (
            name + ".json", "ocr", "ocr-json", col["split"], True):
        errs.append("header fields")
    n = len(blocks)
    for b in blocks:
        if not (isinstance(b, dict) and list(b) == ["text", "box", "score"] and b["text"].strip()):
            errs.append("bad block %r" % b)
    owner = {}
    for ui, u in enumerate(gold["units"], 1):
        if list(u) != ["kind", "title", "titleLines", "byline", "lines"]:
            errs.append("unit %d keys %s" % (ui, list(u)))
        for field in ("titleLines", "lines"):
            for a, b in u[field]:
                if not 1 <= a <= b <= n:
                    errs.append("unit %d %s range %s outside 1..%d" % (ui, field, [a, b], n))
                for i in range(a, b + 1):
                    if i in owner:
                        errs.append("block %d in units %d and %d" % (i, owner[i], ui))
                    owner[i] = ui
        if u["title"] is not None:
            head = squash("".join(blocks[i - 1]["text"] for a, b in u["titleLines"] for i in range(a, b + 1)))
            if squash(u["title"]) not in head:
                errs.append("unit %d title not in its titleLines" % ui)
    for i in range(1, n + 1):
        if i not in owner:
            errs.append("block %d in no unit" % i)
    firsts = [min(r[0] for r in u["titleLines"] + u["lines"]) for u in gold["units"]]
    if firsts != sorted(firsts):
        errs.append("units not in page order")
    key = lambda u: (u["kind"], squash(u["title"] or ""), u.get("byline"))
    if sorted(map(key, gold["units"])) != sorted(map(key, col["units"])):
        errs.append("kinds/titles/bylines differ from %s.gold.yaml" % page)
    for e in errs:
        print("ERROR %s: %s" % (name, e))
    return len(blocks), len(gold["units"]), gold["split"], errs


# ---------------------------------------------------------------- main

def build_pdfs(folder):
    """Rebuild the twelve PDFs with build_pages.py into folder (its .txt output goes there too, not into ../column)."""
    build_pages.OUT = folder
    build_pages.build(keep=folder)
    for page in PAGES:
        same = open(os.path.join(folder, page + ".txt"), "rb").read() == open(os.path.join(COLUMN, page + ".txt"), "rb").read()
        if not same:
            print("WARNING: %s.txt from this PDF differs from ../column/%s.txt (another Chromium or font?)" % (page, page))


def main():
    args = sys.argv[1:]
    if "--check" not in args:
        tmp = tempfile.mkdtemp(prefix="pdfocr-")
        try:
            if "--pdf-dir" in args:
                pdf_dir = args[args.index("--pdf-dir") + 1]
            else:
                pdf_dir = os.path.join(tmp, "pdf")
                os.makedirs(pdf_dir)
                build_pdfs(pdf_dir)
            for page in PAGES:
                bbox = os.path.join(tmp, page + ".bbox.html")
                subprocess.run(["pdftotext", "-bbox-layout", os.path.join(pdf_dir, page + ".pdf"), bbox], check=True)
                blocks = read_lines(bbox)
                roles, notes = assign(page, blocks)
                split = yaml.safe_load(open(os.path.join(COLUMN, page + ".gold.yaml"), encoding="utf-8"))["split"]
                units = gold_units(page, blocks, roles)
                name = out_name(page)
                with open(os.path.join(OCR, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
                    f.write(page_json(blocks))
                with open(os.path.join(OCR, name + ".gold.yaml"), "w", encoding="utf-8", newline="\n") as f:
                    f.write(gold_yaml(page, split, units))
                print("%s: %d blocks, %d units" % (name, len(blocks), len(units)))
                for note in notes:
                    print("  " + note)
        finally:
            shutil.rmtree(tmp)
    errs = []
    for page in PAGES:
        nb, nu, split, e = check(page)
        errs += e
        print("  %s.json: %s, %d blocks, %d units%s" % (out_name(page), split, nb, nu, "" if e else ", ok"))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
