# -*- coding: utf-8 -*-
"""What each page prints, unit by unit, as pieces (role, text), in print order, for writing and checking gold.

Copied from test/corpus/tools-pdf-ocr2/pieces.py (helpers unchanged except that a deck may be several paragraphs);
the page list is this batch's.
Roles: kicker, title, sub (subtitle line), series, byline (author line), deck (bold standfirst) are head roles
(titleLines); body is a body role (lines). The pieces are exactly what build_pages.py sets on the page.
Each unit: dict(kind, key, pieces, byline (the gold byline: the author line as pdftotext extracts it, or the
person of a brief's lead `本报广州4月23日电  （记者…）`, or of a closing `（…本报记者…整理）` when there is no other)).
"""
from records_10 import RECORDS as R


def rec_head(key, kicker=True, sub=True, series=True, byline=True, deck=None, series_after=False):
    r = R[key]
    out = []
    if series and r["series"] and not series_after:
        out.append(("series", r["series"]))
    if kicker and r["kicker"]:
        out.append(("kicker", r["kicker"]))
    out.append(("title", r["title"]))
    if sub and r["sub"]:
        out.append(("sub", r["sub"]))
    if series and r["series"] and series_after:
        out.append(("series", r["series"]))
    if byline and r["byline"]:
        out.append(("byline", r["byline"]))
    if deck is not None:
        for i in (deck if isinstance(deck, (list, tuple)) else [deck]):
            out.append(("deck", r["paras"][i]))
    return out


def body(key, idx):
    return [("body", R[key]["paras"][i]) for i in idx]


def unit(kind, key, pieces, byline):
    return dict(kind=kind, key=key, pieces=pieces, byline=byline)


def banner(*parts):
    return unit("page-header", None, [("body", p) for p in parts], None)


def furniture(text):
    return unit("furniture", None, [("body", text)], None)


r = range
Z = R["zongheng"]["paras"]
PAGES = {
    "pdf-rmrb-2025-04-17-p10": [
        banner("第10版　各地传真", "人民日报", "2025年4月17日　星期四"),
        unit("article", "chaowan", rec_head("chaowan") + body("chaowan", r(0, 28)), "东莞日报记者 叶可欣 曹丽娟"),
        unit("article", "shougongmian", rec_head("shougongmian") + body("shougongmian", r(0, 4)), "陕西日报记者 郑 斐"),
        unit("article", "canmo", rec_head("canmo") + body("canmo", r(0, 4)), "内蒙古日报记者 肖 璐"),
        unit("article", "longxia", rec_head("longxia") + body("longxia", r(0, 4)), "本报通讯员 喻 松 本报记者 徐 靖"),
        unit("article", "duanshipin", rec_head("duanshipin") + body("duanshipin", r(0, 3)), "本报记者 施 芳"),
        unit("article", "caishichang", rec_head("caishichang") + body("caishichang", r(0, 4)), "王博"),
        unit("article", "bandeng", rec_head("bandeng") + body("bandeng", r(0, 3)), "宁夏日报记者 陶 涛"),
        furniture("本版责编：林　汐　米　禾"),
    ],
    "pdf-rmrb-2025-04-03-p19": [
        banner("法治", "人民日报", "2025年4月3日　星期四　第19版"),
        unit("article", "yinglie", rec_head("yinglie") + body("yinglie", [2, 3, 4, 5, 0, 1]) + body("yinglie", r(6, 32)),
             "本报记者 倪 弋"),
        unit("article", "quanyi", rec_head("quanyi") + body("quanyi", r(0, 8)), "徐向春"),
        unit("article", "xujia", rec_head("xujia") + body("xujia", r(0, 9)), "金歆"),
        unit("article", "duanju", rec_head("duanju") + body("duanju", r(0, 9)), "本报记者魏哲哲"),
        furniture("本版责编：沈　砚　秋　禾"),
    ],
    "pdf-rmrb-2025-04-10-p5": [
        banner("2025年4月10日　星期四", "人民日报", "评论　第5版"),
        unit("article", "lvse", rec_head("lvse", deck=[0, 1]) + body("lvse", r(2, 12)), "何娟"),
        unit("article", "luotuoci", rec_head("luotuoci", deck=[0, 1]) + body("luotuoci", r(2, 10)), "延振宇"),
        unit("article", "jiushu", rec_head("jiushu") + body("jiushu", r(0, 7)), "李忱阳"),
        unit("page-header", None, [("body", R["zongheng"]["title"])], None),
        unit("article", "zongheng-1", [("title", Z[0]), ("byline", Z[1])] + body("zongheng", r(2, 12)), "赵宇恒"),
        unit("article", "zongheng-2", [("title", Z[12]), ("byline", Z[13])] + body("zongheng", r(14, 21)), "丁慎毅"),
        furniture("本版责编：唐　棣　温　如"),
    ],
    "pdf-rmrb-2025-04-24-p14": [
        banner("第14版　社会", "人民日报", "2025年4月24日　星期四"),
        unit("article", "wenjing", rec_head("wenjing") + body("wenjing", r(0, 15)), "本报记者 窦瀚洋"),
        unit("photo-caption", "yundong", rec_head("yundong") + body("yundong", r(0, 8)), None),
        unit("article", "pukou", rec_head("pukou") + body("pukou", r(0, 8)), None),
        unit("article", "shici", rec_head("shici") + body("shici", r(0, 4)), "记者王云娜"),
        unit("article", "liuzhou", rec_head("liuzhou") + body("liuzhou", r(0, 4)), "记者李维俊"),
        furniture("本版责编：许　青　禾　田"),
    ],
}
HEAD_ROLES = {"kicker", "title", "sub", "series", "byline", "deck"}
