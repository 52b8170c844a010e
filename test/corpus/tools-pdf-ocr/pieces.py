# -*- coding: utf-8 -*-
"""What each page prints, unit by unit, as pieces (role, text), in print order, for writing and checking gold.

Roles: kicker, title, sub (subtitle line), series, byline (author line), deck (bold standfirst) are head roles
(titleLines); body is a body role (lines). The pieces are exactly what build_pages.py sets on the page.
Each unit: dict(kind, key, title_from (how the title is printed: the record's headline), byline (gold byline),
pieces).
"""
from records_8 import RECORDS as R


def rec_head(key, kicker=True, sub=True, series=True, byline=True, deck=None):
    r = R[key]
    out = []
    if series and r["series"]:
        out.append(("series", r["series"]))
    if kicker and r["kicker"]:
        out.append(("kicker", r["kicker"]))
    out.append(("title", r["title"]))
    if sub and r["sub"]:
        out.append(("sub", r["sub"]))
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
    "pdf-rmrb-2025-05-13-p19": [
        banner("第19版　党建", "人民日报", "2025年5月13日　星期二"),
        unit("fragment", "jiamenkou", rec_head("jiamenkou") + body("jiamenkou", r(0, 21)) + [("body", "（下转第二十版）")],
             "本报记者 武少民 李家鼎"),
        unit("article", "xiaoshi", rec_head("xiaoshi") + body("xiaoshi", r(0, 6)), "孟祥夫"),
        unit("article", "hutuzhang", rec_head("hutuzhang") + body("hutuzhang", r(0, 9)), "崔明太 刘瑞雪"),
        unit("photo-caption", "yizhen", rec_head("yizhen") + body("yizhen", r(0, 2)), None),
        furniture("本版责编：周　立　蒋　岚"),
    ],
    "pdf-rmrb-2025-05-06-p5": [
        banner("评论", "人民日报", "2025年5月6日　星期二　第5版"),
        unit("article", "xianglin", rec_head("xianglin") + body("xianglin", [2, 3, 4, 5, 0, 6, 7, 8, 9, 1, 10, 11]), "常晋"),
        unit("article", "sanli", rec_head("sanli") + body("sanli", r(0, 10)), "王锦涛"),
        unit("article", "duoye", rec_head("duoye", deck=0) + body("duoye", r(1, 8)), "张丹华"),
        unit("article", "yingxiong", rec_head("yingxiong") + body("yingxiong", r(0, 6)), "孟繁哲"),
        unit("article", "chutan", rec_head("chutan") + body("chutan", r(0, 6)), "王颖"),
        furniture("本版责编：许　宁　陶　然"),
    ],
    "pdf-rmrb-2025-05-27-p10": [
        banner("第10版　政治", "人民日报", "2025年5月27日　星期二"),
        unit("article", "jiama", rec_head("jiama") + body("jiama", r(0, 21)), "本报记者 乔 栋"),
        unit("article", "guilv", rec_head("guilv") + body("guilv", r(0, 6)), "徐晓明"),
        unit("article", "guangxi", rec_head("guangxi") + body("guangxi", r(0, 2)), "记者张云河"),
        unit("article", "xiling", rec_head("xiling") + body("xiling", r(0, 2)), "记者强郁文"),
        furniture("本版责编：陈　默　高　远"),
    ],
    "pdf-rmrb-2025-05-27-p15": [
        banner("2025年5月27日　星期二", "人民日报", "社会　第15版"),
        unit("article", "cunyi", rec_head("cunyi") + body("cunyi", r(3, 18)) + body("cunyi", [0, 1, 2]), "本报记者 窦瀚洋"),
        unit("article", "yizhi", body("yizhi", r(0, 9)) + rec_head("yizhi") + body("yizhi", r(9, 19)), "郭丽岩"),
        unit("article", "fujing", rec_head("fujing") + body("fujing", r(0, 8)), "本报记者 郭晓龙"),
        unit("article", "taliliang", rec_head("taliliang") + body("taliliang", r(0, 2)), "记者杨昊"),
        furniture("本版责编：沈　放　魏　青"),
    ],
    "pdf-rmrb-2025-05-13-p15": [
        banner("经济", "人民日报", "2025年5月13日　星期二　第15版"),
        unit("article", "xinpinpai", rec_head("xinpinpai") + body("xinpinpai", r(0, 19)), "本报记者 窦瀚洋"),
        unit("article", "neixiao", rec_head("neixiao") + body("neixiao", r(0, 5)), "吴波"),
        unit("article", "dianli", body("dianli", r(0, 3)) + rec_head("dianli") + body("dianli", r(3, 11)), "本报记者 方 圆"),
        unit("article", "shoufa", rec_head("shoufa") + body("shoufa", r(0, 2)), "记者钟自炜、刘晓宇"),
        furniture("本版责编：袁　帆　乔　木"),
    ],
    "pdf-rmrb-2025-05-06-p19": [
        banner("党建", "人民日报", "2025年5月6日　星期二　第19版"),
        unit("article", "gongkuan", rec_head("gongkuan") + body("gongkuan", r(0, 6)), "何昭宇"),
        unit("article", "yiduogu", rec_head("yiduogu") + body("yiduogu", r(0, 11)), "本报记者 范昊天"),
        unit("fragment", "shexi", rec_head("shexi") + body("shexi", r(0, 22)) + [("body", "（下转第二十版）")], "本报记者 姜 峰"),
        furniture("本版责编：韩　露　方　舟"),
    ],
}
HEAD_ROLES = {"kicker", "title", "sub", "series", "byline", "deck"}
