# -*- coding: utf-8 -*-
"""What each page prints, unit by unit, as pieces (role, text), in print order, for writing and checking gold.

PDF batch 7: copied from ../tools-pdf-ocr4/pieces.py (same helpers, minus the continuation `part`; records from
records_7; the page list is this batch's). Roles: title, byline (author line) are head roles (titleLines); body is a body
role (lines). The pieces are exactly what build_pages.py sets on the page. Each unit: dict(kind, key, pieces, byline
(the gold byline: the author line as pdftotext extracts it, or the person(s) of a lead
`本报三亚7月16日电（海南日报全媒体记者王培琳）`; None when none is printed)).
"""
from records_7 import RECORDS as R


def title(key):
    return [("title", R[key]["title"])]


def byl(key, idx):
    return [("byline", R[key]["paras"][i]) for i in idx]


def body(key, idx):
    return [("body", R[key]["paras"][i]) for i in idx]


def unit(kind, key, pieces, byline):
    return dict(kind=kind, key=key, pieces=pieces, byline=byline)


def art(key, idx, byline):
    return unit("article", key, title(key) + body(key, idx), byline)


def banner(*parts):
    return unit("page-header", None, [("body", p) for p in parts], None)


def furniture(text):
    return unit("furniture", None, [("body", text)], None)


r = range
B = "海南日报全媒体记者"
PAGES = {
    "pdf7-hnrb-2026-07-17-p03": [
        banner("2026年7月17日　星期五", "海南日报", "A03　本省新闻"),
        art("zhuoshi", r(0, 9), B + "王培琳"),
        art("shike", r(0, 4), B + "习霁鸿"),
        art("nonglv", r(0, 7), B + "刘梦晓"),
        art("taotu", r(0, 6), B + "刘梦晓"),
        art("jiedu", r(0, 4), B + "邱江华"),
        art("yundong", r(0, 4), B + "王子豪"),
        art("nvzu", r(0, 3), B + "祁夏"),
        art("taishang", r(0, 3), B + "邱江华"),
        art("meiti", r(0, 2), B + "李梦楠"),
        furniture("本版责编：叶　澄　柯　遥"),
    ],
    "pdf7-hnrb-2026-07-17-p04": [
        banner("A04", "海南日报", "2026年7月17日　星期五　本省新闻"),
        art("zhaogc", r(0, 6), B + "王洪旭"),
        art("chuangxin", r(0, 8), B + "李梦瑶"),
        art("zhongkao5", r(0, 3), B + "张琬茜 实习生郭玉瑛"),
        art("waizi", r(0, 4), B + "李梦瑶"),
        art("yanxi", r(0, 4), B + "周晓梦"),
        unit("article", "dixian", title("dixian") + byl("dixian", [0]) + body("dixian", r(1, 14)), "■ 张成林"),
        unit("article", "aipei", title("aipei") + byl("aipei", [0]) + body("aipei", r(1, 8)), "■ 魏燕"),
        unit("article", "sanya", title("sanya") + byl("sanya", [0]) + body("sanya", r(1, 9)), "■ 李萌"),
        art("shixi", r(0, 3), "张成林"),
        unit("furniture", "shixi-notice", body("shixi", [3]), None),
        furniture("本版责编：邓　沐　韩　青"),
    ],
    "pdf7-hnrb-2026-07-20-p03": [
        banner("海南日报", "2026年7月20日　星期一", "A03　民生新闻"),
        unit("article", "zhuge", title("zhuge") + byl("zhuge", [0]) + body("zhuge", r(1, 15)), "■ 海南日报全媒体记者 吴心怡"),
        unit("photo-caption", "shaiyan", title("shaiyan") + body("shaiyan", [0]), None),
        art("kongtiao", r(0, 6), B + "刘杰"),
        art("baisha", r(0, 7), B + "曾毓慧"),
        art("fenshu", r(0, 3), B + "张琬茜 实习生郭玉瑛"),
        art("cishan", r(0, 3), B + "黄婷 通讯员陶丹"),
        art("wushui", r(0, 4), B + "习霁鸿 通讯员符祥明"),
        art("jingshi", r(0, 3), "通讯员文轩"),
        furniture("本版责编：孟　岩　唐　汐"),
    ],
}
HEAD_ROLES = {"kicker", "title", "sub", "series", "byline", "deck"}
