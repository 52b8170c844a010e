# -*- coding: utf-8 -*-
"""What each page prints, unit by unit, as pieces (role, text), in print order, for writing and checking gold.

PDF batch 8: copied from ../tools-pdf7/pieces.py (same helpers; records from records_8; the page list is this batch's;
new helpers `head()` (kicker, title, subtitle pieces), `notice()` (a title-only furniture unit: the lottery notices) and
`imprint()` (the imprint box: its label as title, its lines as body)). Roles: kicker, title, sub, byline (standalone byline
line) are head roles (titleLines); body is a body role (lines). The pieces are exactly what build_pages.py sets on the
page. Each unit: dict(kind, key, pieces, byline (the gold byline: the byline line as printed; None when none is printed)).
"""
from records_8 import RECORDS as R


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


def notice(key):
    return unit("furniture", key, [("title", R[key]["title"])], None)


def imprint(key):
    return unit("furniture", key, [("title", R[key]["title"])] + body(key, range(len(R[key]["paras"]))), None)


r = range
D = "2026年3月28日　星期六"
PAGES = {
    "pdf8-dskb-2026-03-28-pA02": [
        banner("A02", "中国新闻", "都市快报　" + D),
        art("A02-01", r(0, 24)),
        art("A02-05", r(0, 6)),
        art("A02-08", r(0, 3)),
        art("A02-02", r(0, 3)),
        art("A02-09", r(0, 3)),
        art("A02-03", r(0, 3)),
        art("A02-04", r(0, 1)),
        art("A02-07", r(0, 1)),
        furniture("本版责编：沈　屹　林　岚"),
    ],
    "pdf8-dskb-2026-03-28-pA04": [
        banner("A04　热线新闻", "都市快报", D),
        unit("article", "A04-01", body("A04-01", [0, 1, 2]) + head("A04-01") + byl("A04-01", [3]) + body("A04-01", r(4, 21)),
             R["A04-01"]["paras"][3]),
        unit("article", "A04-05", head("A04-05") + byl("A04-05", [0]) + body("A04-05", r(1, 20)), R["A04-05"]["paras"][0]),
        notice("A04-07"),
        notice("A04-08"),
        notice("A04-09"),
        furniture("本版责编：顾　言　陆　眠"),
    ],
    "pdf8-dskb-2026-03-28-pA08": [
        banner("都市快报", "天气与生活", "A08　" + D),
        unit("article", "A08-01", head("A08-01") + byl("A08-01", [2]) + body("A08-01", r(3, 22)) + body("A08-01", [0, 1]),
             R["A08-01"]["paras"][2]),
        unit("article", "A08-04", head("A08-04") + byl("A08-04", [1]) + body("A08-04", r(2, 10)) + body("A08-04", [0]),
             R["A08-04"]["paras"][1]),
        unit("article", "A08-08", head("A08-08") + byl("A08-08", [0]) + body("A08-08", r(1, 5)), R["A08-08"]["paras"][0]),
        imprint("A08-09"),
        furniture("本版责编：许　禾　周　砚"),
    ],
}
HEAD_ROLES = {"kicker", "title", "sub", "series", "byline", "deck"}
