# -*- coding: utf-8 -*-
"""What each page prints, unit by unit, as pieces (role, text), in print order, for writing and checking gold.

Copied from test/corpus/tools-pdf-ocr3/pieces.py (same unit/banner/furniture helpers; the record helpers rewritten for
records_11, whose author lines are paragraphs of the text; the page list is this batch's).
Roles: title, byline (author line) are head roles (titleLines); body is a body role (lines). The pieces are exactly
what build_pages.py sets on the page (the A01 part of a continued story: records_11.cut; the made-up marker).
Each unit: dict(kind, key, pieces, byline (the gold byline: the author line(s) as pdftotext extracts them, or the
person of a lead `本报海口7月13日讯（海南日报全媒体记者李磊）`, or of a closing `（撰文/罗学政）`; None when none is printed)).
"""
from records_11 import RECORDS as R, cut


def title(key):
    return [("title", R[key]["title"])]


def byl(key, idx):
    return [("byline", R[key]["paras"][i]) for i in idx]


def body(key, idx):
    return [("body", R[key]["paras"][i]) for i in idx]


def part(key, first, cont_key, marker):
    """Body pieces of the A01 part of a continued story, then its marker (as build_pages.part sets them)."""
    i, k = cut(key, cont_key)
    out = body(key, range(first, i))
    if k:
        out.append(("body", R[key]["paras"][i][:k]))
    return out + [("body", marker)]


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
    "pdf-hnrb-2026-07-14-p01": [
        banner("2026年7月14日　星期二", "海南日报", "A01　头版"),
        art("ai", [0], None),
        unit("fragment", "xing", title("xing") + body("xing", [0, 1]) + byl("xing", [2]) + part("xing", 3, "xing2", "▶下转A02版"),
             "■ 海南日报全媒体记者 周晓梦 马珂 刘晓惠"),
        art("junqu", r(0, 4), B + "李磊"),
        unit("fragment", "chuxin", title("chuxin") + byl("chuxin", [0]) + part("chuxin", 1, "chuxin2", "▶下转A02版"), "■ 周晓梦"),
        art("wufei", r(0, 5), B + "李磊"),
        unit("fragment", "fangxun", title("fangxun") + part("fangxun", 0, "fangxun2", "▶下转A02版"), B + "陈蔚林"),
        unit("fragment", "minsu", title("minsu") + part("minsu", 0, "minsu2", "▶下转A02版"), B + "陈蔚林"),
        unit("fragment", "lvyou", title("lvyou") + byl("lvyou", [0]) + part("lvyou", 1, "lvyou3", "▶下转A03版"), "■ 刘晓惠"),
        furniture("本版责编：符　岚　周　川"),
    ],
    "pdf-hnrb-2026-07-14-p02": [
        banner("本省新闻", "海南日报", "2026年7月14日　星期二　A02"),
        unit("fragment", "xing2", title("xing2") + body("xing2", r(0, 35)), None),
        art("shoufang", r(0, 4), B + "孙慧"),
        unit("fragment", "fangxun2", title("fangxun2") + body("fangxun2", r(0, 3)), None),
        unit("fragment", "minsu2", title("minsu2") + body("minsu2", r(0, 3)), None),
        unit("fragment", "chuxin2", title("chuxin2") + body("chuxin2", r(0, 6)), None),
        unit("photo-caption", "guoshu", title("guoshu") + body("guoshu", r(0, 4)), None),
        art("renda", r(0, 3), B + "袁宇"),
        art("gongjiang", r(0, 4), B + "邱江华"),
        art("dikong", r(0, 4), B + "邵长春"),
        art("youeryuan", r(0, 5), B + "黄婷"),
        furniture("本版责编：林　澜　吴　岸"),
    ],
    "pdf-hnrb-2026-07-16-p05": [
        banner("A05", "海南日报", "2026年7月16日　星期四　本省新闻"),
        art("taiji", r(0, 8), B + "陈子仪"),
        art("liyongquan", [0], B + "袁宇"),
        art("linchiming", [0], B + "袁宇"),
        art("fuyonggao", r(0, 3), B + "袁宇"),
        art("zhouhuaisheng", r(0, 3), B + "袁宇"),
        art("zhongkao", r(0, 10), B + "张琬茜"),
        art("shuzhi", r(0, 4), B + "刘阳秀"),
        art("minshenglu", r(0, 6), "罗学政"),
        art("anzhi", r(0, 5), "廖明娟 唐俊"),
        furniture("本版责编：陈　屿　王　汀"),
    ],
    "pdf-hnrb-2026-07-16-p04": [
        banner("2026年7月16日　星期四", "海南日报", "A04　本省新闻"),
        unit("column-intro", "zhengjiguan", title("zhengjiguan") + body("zhengjiguan", [0, 1]), None),
        unit("article", "qiye", title("qiye") + byl("qiye", [0]) + body("qiye", r(1, 9)), "■ 海南日报全媒体记者 党朝峰"),
        unit("article", "fazhi", title("fazhi") + byl("fazhi", [0]) + body("fazhi", r(1, 9)), "■ 海南日报全媒体记者 王赫"),
        unit("article", "xiulu", title("xiulu") + byl("xiulu", [0]) + body("xiulu", r(1, 5)), "■ 海南日报全媒体记者 黄媛艳 余佳琪"),
        unit("article", "yongdian", title("yongdian") + byl("yongdian", [0, 1]) + body("yongdian", r(2, 11)),
             "■ 海南日报全媒体记者 孙慧 通讯员 卢欣 温婧伊 实习生 吴俊"),
        unit("article", "ganbu", title("ganbu") + byl("ganbu", [0, 1]) + body("ganbu", r(2, 9)),
             "■ 海南日报全媒体记者 王泽宇 通讯员 符啟慧"),
        art("jiangfei", r(0, 6), B + "王才丰"),
        art("huanle", r(0, 3), B + "刘晓惠"),
        furniture("本版责编：黎　渚　许　帆"),
    ],
}
HEAD_ROLES = {"kicker", "title", "sub", "series", "byline", "deck"}
