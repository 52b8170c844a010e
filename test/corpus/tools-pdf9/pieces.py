# -*- coding: utf-8 -*-
"""What each page prints, unit by unit, as pieces (role, text), in print order, for writing and checking gold.

PDF batch 9: copied from ../tools-pdf8/pieces.py (same helpers; records from records_9; the page list is this batch's;
the batch-8 helpers notice() and imprint() are left out (no such units here); new helper `bart()` (an article with a
standalone byline line, the record's first piece, under its head)). Roles: kicker, title, sub, byline (standalone
byline line) are head roles (titleLines); body is a body role (lines). The pieces are exactly what build_pages.py
sets on the page. Each unit: dict(kind, key, pieces, byline (the gold byline: the byline line as printed, or the
reporter part of a lead `新华社北京4月30日电（记者邹雨沁 王雨萧）`; None when no reporter is named)).
"""
from records_9 import RECORDS as R


def head(key):
    r = R[key]
    return [("kicker", x) for x in r["kicker"]] + [("title", r["title"])] + [("sub", x) for x in r["subtitle"]]


def byl(key, idx):
    return [("byline", R[key]["paras"][i]) for i in idx]


def body(key, idx):
    return [("body", R[key]["paras"][i]) for i in idx]


def unit(kind, key, pieces, byline):
    return dict(kind=kind, key=key, pieces=pieces, byline=byline)


def art(key, idx, byline=None):
    return unit("article", key, head(key) + body(key, idx), byline)


def banner(*parts):
    return unit("page-header", None, [("body", p) for p in parts], None)


def furniture(text):
    return unit("furniture", None, [("body", text)], None)


def bart(key, end):
    """An article whose record starts with a standalone byline line (`新华社记者 …`, `新华社评论员`) printed under the head."""
    return unit("article", key, head(key) + byl(key, [0]) + body(key, range(1, end)), R[key]["paras"][0])


r = range
K = "2026-05-01-"
L = "2026-05-02-"
PAGES = {
    "pdf9-xhmrdx-2026-05-01-p02": [
        banner("第02版", "新华每日电讯", "2026年5月1日　星期五　要闻"),
        bart(K + "p02-06", 28),
        bart(K + "p02-07", 17),
        bart(K + "p02-10", 8),
        art(K + "p02-08", r(0, 4)),
        art(K + "p02-09", r(0, 3), "记者邹雨沁 王雨萧"),
        furniture("本版责编：韩　川　罗　屿"),
    ],
    "pdf9-xhmrdx-2026-05-01-p03": [
        banner("新华每日电讯", "要闻", "2026年5月1日　第03版"),
        art(K + "p03-11", r(0, 8)),
        art(K + "p03-12", r(0, 29)),   # paragraphs 16-28 printed as the story's jump (row 4, right)
        art(K + "p03-13", r(0, 5)),
        art(K + "p03-14", r(0, 4), "记者齐琪"),
    ],
    "pdf9-xhmrdx-2026-05-01-p04": [
        banner("2026年5月1日", "新华每日电讯", "要闻　第04版"),
        art(K + "p04-15", r(0, 6)),
        art(K + "p04-20", r(0, 0)),    # head and subtitle lines over a picture, no text
        art(K + "p04-17", r(0, 7), "记者赵怡宁"),
        art(K + "p04-18", r(0, 4), "记者王聿昊"),
        art(K + "p04-19", r(0, 5)),
        bart(K + "p04-21", 8),
        furniture("本版责编：邵　宁　苏　棠"),
    ],
    "pdf9-xhmrdx-2026-05-02-p02": [
        banner("第02版　要闻", "新华每日电讯", "2026年5月2日　星期六"),
        art(L + "p02-06", r(0, 6), "记者邹伟"),
        bart(L + "p02-10", 28),
        bart(L + "p02-07", 18),
        art(L + "p02-08", r(0, 7), "记者邹多为 王丰"),
        bart(L + "p02-09", 13),
        furniture("本版责编：程　远　孟　溪"),
    ],
}
HEAD_ROLES = {"kicker", "title", "sub", "series", "byline", "deck"}
