# -*- coding: utf-8 -*-
"""What each page prints, unit by unit, as pieces (role, text), in print order, for writing and checking gold.

Roles: kicker, title, sub (subtitle line), series, byline (author line), deck (bold standfirst) are head roles
(titleLines); body is a body role (lines). The pieces are exactly what build_pages.py sets on the page.
Each unit: dict(kind, key, pieces, byline (the gold byline: the author line as pdftotext extracts it, or the
person of a brief's lead `本报北京3月24日电  （记者…）`)).
"""
from records_9 import RECORDS as R


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
        out.append(("deck", r["paras"][deck]))
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
    "pdf-rmrb-2025-03-25-p6": [
        banner("第6版　要闻", "人民日报", "2025年3月25日　星期二"),
        unit("article", "shouwang", rec_head("shouwang") + body("shouwang", r(0, 35)), "本报记者 刘洪超"),
        unit("article", "anli", rec_head("anli") + body("anli", r(0, 3)), "记者郁静娴"),
        unit("article", "yunnan", rec_head("yunnan") + body("yunnan", r(0, 2)), "记者李茂颖、叶传增"),
        unit("article", "jiance", rec_head("jiance") + body("jiance", r(0, 3)), "记者林丽鹂"),
        unit("article", "banlie", rec_head("banlie") + body("banlie", r(0, 2)), "记者李心萍"),
        unit("article", "huadao", rec_head("huadao") + body("huadao", r(0, 17)), "本报记者 沈靖然"),
        furniture("本版责编：秦　岭　闻　笛"),
    ],
    "pdf-rmrb-2025-03-25-p19": [
        banner("2025年3月25日　星期二", "人民日报", "党建　第19版"),
        unit("fragment", "gongfang", rec_head("gongfang") + body("gongfang", r(0, 30)) + [("body", "（下转第二十版）")],
             "本报记者 李林蔚"),
        unit("article", "xuncha", rec_head("xuncha") + body("xuncha", r(0, 6)), "吴储岐"),
        unit("article", "kangcheng", rec_head("kangcheng") + body("kangcheng", r(0, 11)), "本报记者 李 蕊"),
        unit("article", "luosi", rec_head("luosi") + body("luosi", r(0, 4)), "本报记者 丁志军"),
        furniture("本版责编：黎　川　白　桦"),
    ],
    "pdf-rmrb-2025-04-01-p19": [
        banner("党建", "人民日报", "2025年4月1日　星期二　第19版"),
        unit("article", "fangxinzhang", rec_head("fangxinzhang") + body("fangxinzhang", r(0, 42)), "本报记者 吴储岐"),
        unit("article", "tiqiu", rec_head("tiqiu") + body("tiqiu", r(0, 7)), "赵成"),
        unit("article", "gugan", rec_head("gugan") + body("gugan", r(0, 15)), "本报记者 姚雪青"),
        unit("article", "baotuan", rec_head("baotuan") + body("baotuan", r(0, 6)), "本报记者 李林蔚"),
        furniture("本版责编：宋　屿　柯　蓝"),
    ],
    "pdf-rmrb-2025-04-08-p13": [
        banner("第13版　社会", "人民日报", "2025年4月8日　星期二"),
        unit("article", "aizhapian", rec_head("aizhapian") + body("aizhapian", r(0, 23)), "本报记者 张天培 苏 滨"),
        unit("article", "bianjiaodi", rec_head("bianjiaodi", deck=0) + body("bianjiaodi", r(1, 6)), "罗彦"),
        unit("photo-caption", "pufa", rec_head("pufa") + body("pufa", r(0, 3)), None),
        unit("article", "nongmingong", rec_head("nongmingong") + body("nongmingong", r(0, 4)), "记者刘新吾"),
        furniture("本版责编：向　晴　鲁　言"),
    ],
    "pdf-rmrb-2025-04-08-p19": [
        banner("2025年4月8日　星期二", "人民日报", "第19版　党建"),
        unit("article", "dibao", rec_head("dibao") + body("dibao", r(0, 34)), "本报记者 沈童睿"),
        unit("article", "rencai", rec_head("rencai") + body("rencai", r(0, 8)), "本报记者 王锦涛"),
        unit("article", "gengxin", rec_head("gengxin") + body("gengxin", r(0, 6)), "本报记者 窦瀚洋"),
        unit("photo-caption", "minsheng", rec_head("minsheng") + body("minsheng", r(0, 2)), None),
        unit("article", "mianzi", rec_head("mianzi") + body("mianzi", r(0, 7)), "张洋"),
        furniture("本版责编：甘　棠　容　与"),
    ],
    "pdf-rmrb-2025-04-01-p13": [
        banner("生态", "人民日报", "2025年4月1日　星期二　第13版"),
        unit("fragment", "huanghe", rec_head("huanghe", series_after=True) + body("huanghe", [4, 5, 0, 1, 2, 3]) + body("huanghe", r(6, 32))
             + [("body", "（下转第十四版）")], "本报记者 宋朝军"),
        unit("article", "linyezhan", rec_head("linyezhan") + body("linyezhan", r(0, 12)), "顾仲阳 陈 伟 卢明洁"),
        unit("article", "buchang", rec_head("buchang") + body("buchang", r(0, 6)), "记者姜峰"),
        unit("article", "jilin", rec_head("jilin") + body("jilin", r(0, 3)), "记者郑智文"),
        unit("article", "liaoning", rec_head("liaoning") + body("liaoning", r(0, 3)), "记者刘洪超"),
        furniture("本版责编：季　川　吕　萌"),
    ],
}
HEAD_ROLES = {"kicker", "title", "sub", "series", "byline", "deck"}
