# -*- coding: utf-8 -*-
"""What each page prints, unit by unit, as pieces (role, text), in print order, for writing and checking gold.

PDF batch 10: copied from ../tools-pdf9/pieces.py (same helpers; records from records_10; the page list is this batch's;
bart() takes the author line, the record's first paragraph, as a standalone byline line under the head, and its byline
argument is that line; art() takes the whole record's paragraphs when no range is given). Roles: kicker, title, sub,
byline (standalone byline line under the head) are head roles (titleLines); body is a body role (lines: text, subheads,
reporter lines). The pieces are exactly what build_pages.py sets on the page. Each unit: dict(kind, key, pieces, byline
(the gold byline, NOTES.md: the author line as printed; else the person part of a lead; else the story's first reporter
line as printed, the record's two-space runs kept; None when no person is named)).
"""
from records_10 import RECORDS as R


def head(key):
    r = R[key]
    return [("kicker", x) for x in r["kicker"]] + [("title", r["title"])] + [("sub", x) for x in r["subtitle"]]


def byl(key, idx):
    return [("byline", R[key]["paras"][i]) for i in idx]


def body(key, idx):
    return [("body", R[key]["paras"][i]) for i in idx]


def unit(kind, key, pieces, byline):
    return dict(kind=kind, key=key, pieces=pieces, byline=byline)


def art(key, byline=None, idx=None):
    return unit("article", key, head(key) + body(key, idx if idx is not None else range(len(R[key]["paras"]))), byline)


def banner(*parts):
    return unit("page-header", None, [("body", p) for p in parts], None)


def furniture(text):
    return unit("furniture", None, [("body", text)], None)


def bart(key):
    """An article whose record starts with a standalone author line (`◆韩浩月`, `文/付秀宏`) printed under the head."""
    return unit("article", key, head(key) + byl(key, [0]) + body(key, range(1, len(R[key]["paras"]))), R[key]["paras"][0])


K = "2022-04-02-"
L = "2022-04-03-"
PAGES = {
    "pdf10-xmwb-2022-04-02-p02": [
        banner("第2版　要闻", "新民晚报", "2022年4月2日　星期六"),
        art(K + "15"),                       # 本报讯, no person named
        art(K + "17", "本报记者  郜阳"),
        art(K + "16", "本报记者  左妍"),
        art(K + "21", "本报记者  潘高峰"),
        furniture("本版责编：沈　岚　陆　亭"),
    ],
    "pdf10-xmwb-2022-04-02-p07": [
        banner("新民晚报", "上海新闻", "2022年4月2日　第7版"),
        art(K + "19", "本报记者  金旻矣"),  # paragraphs 22-39 printed as the story's second block (row 3, right)
        art(K + "18", "本报记者  姚丽萍"),
        art(K + "22", "本报记者  吴翔"),
    ],
    "pdf10-xmwb-2022-04-03-p04": [
        banner("2022年4月3日　星期日", "新民晚报", "第4版　上海新闻"),
        art(L + "32", "本报记者  左妍"),
        art(L + "29", "记者  吴雨"),
        art(L + "30", "本报记者  左妍"),
        art(L + "31"),                       # 导读, no person named
        art(L + "34", "本报记者  马丹"),
        art(L + "35", "特约通讯员  忻文轲"),
        furniture("本版责编：顾　澄　许　弈"),
    ],
    "pdf10-xmwb-2022-04-03-p09": [
        banner("星期天夜光杯", "新民晚报", "2022年4月3日　第9版"),
        bart(L + "36"),
        bart(L + "39"),
        bart(L + "41"),
        bart(L + "38"),
        furniture("本版责编：林　素　江　帆"),
    ],
}
HEAD_ROLES = {"kicker", "title", "sub", "series", "byline", "deck"}
