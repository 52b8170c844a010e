# -*- coding: utf-8 -*-
"""What each pdf5 page prints, unit by unit, as pieces (role, text), for drafting and checking gold (same shape as
../tools-pdf-ocr3/pieces.py: head roles kicker, title, sub, series, byline, deck go to titleLines; body to lines).
The pieces are exactly what build.py sets on the page. byline = the gold byline (the author line as pdftotext
extracts it, or the person of a brief's lead `本报合肥2月24日电  （记者田先进）`)."""
from records_pdf5 import RECORDS as R

HEAD_ROLES = {"kicker", "title", "sub", "series", "byline", "deck"}


def rec_head(key, deck=()):
    r = R[key]
    out = []
    if r["series"]:
        out.append(("series", r["series"]))
    if r["kicker"]:
        out.append(("kicker", r["kicker"]))
    out.append(("title", r["title"]))
    if r["sub"]:
        out.append(("sub", r["sub"]))
    if r["byline"]:
        out.append(("byline", r["byline"]))
    for i in deck:
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
PAGES = {
    "pdf5-rmrb-2025-02-25-p10": [
        banner("第10版　政治", "人民日报", "2025年2月25日　星期二"),
        unit("article", "huiyi", rec_head("huiyi") + body("huiyi", r(0, 21)), "本报记者 曹文轩"),
        unit("article", "ganyan", rec_head("ganyan") + body("ganyan", r(0, 3)), "梁浩"),
        unit("article", "wuhu", rec_head("wuhu") + body("wuhu", r(0, 4)), "记者田先进"),
        unit("article", "changde", rec_head("changde") + body("changde", r(0, 4)), "记者杨迅"),
        unit("article", "daming", body("daming", r(0, 4)) + rec_head("daming"), "本报记者 张腾扬"),
        furniture("本版责编：顾　远　齐　川"),
    ],
    "pdf5-rmrb-2025-02-25-p13": [
        banner("2025年2月25日　星期二", "人民日报", "社会　第13版"),
        unit("article", "kongzhong", rec_head("kongzhong") + body("kongzhong", r(0, len(R["kongzhong"]["paras"]))), "本报记者 叶传增"),
        unit("article", "rengong", rec_head("rengong", deck=[0]) + body("rengong", r(1, 8)), "刘念"),
        unit("article", "huoqing", rec_head("huoqing") + body("huoqing", r(0, 10)), "本报记者 王伟健 本报通讯员 王亚洲"),
        furniture("本版责编：乔　楠　沈　星"),
    ],
    "pdf5-rmrb-2025-02-25-p19": [
        banner("党建", "人民日报", "2025年2月25日　星期二　第19版"),
        unit("fragment", "liudong", rec_head("liudong") + body("liudong", r(0, 17)) + [("body", "（下转第二十版）")], "本报记者 何昭宇 王明峰"),
        furniture("简讯"),
        unit("article", "qinghai", rec_head("qinghai") + body("qinghai", r(0, 3)), "记者贾丰丰"),
        unit("article", "dalian", rec_head("dalian") + body("dalian", r(0, 4)), "记者胡婧怡"),
        unit("article", "fujian", rec_head("fujian") + body("fujian", r(0, 2)), "记者钟自炜"),
        unit("article", "guangxi", rec_head("guangxi") + body("guangxi", r(0, 3)), "记者张云河"),
        unit("article", "ningxia", rec_head("ningxia") + body("ningxia", r(0, 3)), "记者焦思雨"),
        unit("article", "jintai", rec_head("jintai") + body("jintai", r(0, 5)), "李林蔚"),
        furniture("本版责编：白　榆　郑　原"),
    ],
}
