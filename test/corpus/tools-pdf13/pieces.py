# -*- coding: utf-8 -*-
"""What each page prints, unit by unit, as pieces (role, text), in print order, for writing and checking gold.

PDF batch 13: copied from ../tools-pdf10/pieces.py (same helpers; records from records_13; the page list is this
batch's, in build_pages.py's order). Every item is an `art` (head = its headline; body = all its paragraphs: text,
`■` subheads, and a bracketed byline paragraph of its own); its byline is the bracketed closing byline without the
brackets (`byl13`), as in ../tools-para25's gold.
(PDF batch 10: copied from ../tools-pdf9/pieces.py; bart() for author lines; art() takes the whole record's paragraphs
when no range is given.) Roles: kicker, title, sub, byline (standalone byline line under the head) are head roles
(titleLines); body is a body role (lines). Each unit: dict(kind, key, pieces, byline).
"""
import re
from records_13 import RECORDS as R


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




def byl13(key):
    """(batch 13) the closing bracketed byline of the item's last paragraph, brackets removed."""
    m = re.search(r"（([^（）]*)）$", R[key]["paras"][-1])
    return m.group(1)


def a13(key):
    return art(key, byl13(key))


PAGES = {
    "pdf13-mzrb-2022-07-13-p1": [
        banner("2022年7月13日　星期三", "湄洲日报", "第3版　县区新闻"),
        a13("1737105"), a13("1737853"), a13("1737562"), a13("1738443"), a13("1738442"), a13("1736730"), a13("1737840"),
    ],
    "pdf13-mzrb-2022-07-21-p2": [
        banner("2022年7月21日　星期四", "湄洲日报", "第3版　县区新闻"),
        a13("1738739"), a13("1740350"), a13("1738792"), a13("1740078"), a13("1740356"), a13("1738801"), a13("1740124"),
    ],
    "pdf13-mzrb-2022-07-31-p3": [
        banner("2022年7月31日　星期日", "湄洲日报", "第3版　县区新闻"),
        a13("1740384"), a13("1741149"), a13("1742510"), a13("1740813"), a13("1741223"), a13("1741225"),
    ],
}
HEAD_ROLES = {"kicker", "title", "sub", "series", "byline", "deck"}
