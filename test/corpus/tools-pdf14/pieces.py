# -*- coding: utf-8 -*-
"""What each page prints, unit by unit, as pieces (role, text), in print order, for writing and checking gold.

PDF batch 14: copied from ../tools-pdf13/pieces.py (same helpers; records from records_14; head() also gives the
author line as a `byline` piece (a standalone author line under the head, a head role) and the deck lines as `sub`
pieces; a14() gives each record's byline as the plan says: the author line as printed (`陈华`, `顾泳`), else the person
part of the `本报讯（…）` lead; byl13/a13 dropped; the page list is this batch's, in build_pages.py's order).
(PDF batch 13: copied from ../tools-pdf10/pieces.py (same helpers; records from records_13; the page list was batch
13's). Every item is an `art`; its byline was the bracketed closing byline without the brackets (`byl13`).)
(PDF batch 10: copied from ../tools-pdf9/pieces.py; bart() for author lines; art() takes the whole record's paragraphs
when no range is given.) Roles: kicker, title, sub, byline (standalone byline line under the head) are head roles
(titleLines); body is a body role (lines). Each unit: dict(kind, key, pieces, byline).
"""
import re
from records_14 import RECORDS as R


def head(key):
    r = R[key]
    return ([("kicker", x) for x in r["kicker"]] + [("title", r["title"])] + [("sub", x) for x in r["subtitle"]]
            + [("byline", x) for x in r["author"]])


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




def a14(key):
    """(batch 14) the author line as printed, else the person part of the lead `本报讯（记者 …）`."""
    r = R[key]
    if r["author"]:
        return art(key, r["author"][0])
    m = re.match(r"本报讯（([^（）]*)）", r["paras"][0])
    return art(key, m.group(1))


PAGES = {
    "pdf14-jfrb-2022-05-27-p1": [
        banner("2022年5月27日　星期五", "解放日报", "第1版　要闻"),
        a14("1"), a14("4"),
    ],
    "pdf14-jfrb-2022-05-30-p2": [
        banner("第2版　要闻", "解放日报", "2022年5月30日　星期一"),
        a14("16"), a14("18"), a14("15"),
    ],
}
HEAD_ROLES = {"kicker", "title", "sub", "series", "byline", "deck"}
