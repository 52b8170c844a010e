# -*- coding: utf-8 -*-
"""Records of fresh PDF batch 4, read from leeperfect/PeopleDailyMaterial.

Each file in records/ is the record's Markdown file as `read_file` returned it (text unchanged; its length was
checked against the `total_chars` the tool gave). Parsed as in the twelfth-session batch's records_9.py:
kicker (the `###` line), title (the `#` line), sub (the `##` subtitle line), series (the `> 系列：` line without
`系列：`), byline (the author part of the `>` line, without the `《人民日报》（…）` tail; None when empty), paras
(every other non-blank line, in order; a line wrapped in `**…**` loses the markers and its index goes to `bold`),
path (in the repository) and commit (the commit the index gave for that file).
"""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = "leeperfect/PeopleDailyMaterial"
C1 = "016963ee77040e47a2369088e89a689b1ba64668"   # 2025-04-03 and 2025-04-10 files
C2 = "aaf1afe211b6d0d495cef7da50a7a7f113b23a73"   # 2025-04-17 and 2025-04-24 files
V = "data/vault/2025/"

PATHS = {
    # 2025-04-17 第10版 各地传真
    "chaowan": ("04/2025-04-17/10-各地传真/岭南小镇“长”出超百亿元潮玩产业（神州看点）.md", C2),
    "shougongmian": ("04/2025-04-17/10-各地传真/一把“手工面”，凝聚一条产业链.md", C2),
    "canmo": ("04/2025-04-17/10-各地传真/残膜换积分，乡村治理有妙招.md", C2),
    "longxia": ("04/2025-04-17/10-各地传真/不只凭经验，小龙虾养殖更智慧.md", C2),
    "duanshipin": ("04/2025-04-17/10-各地传真/短视频培训，打造数智“新农人”.md", C2),
    "caishichang": ("04/2025-04-17/10-各地传真/菜市场里感受城市味道（四海听音）.md", C2),
    "bandeng": ("04/2025-04-17/10-各地传真/街巷“板凳会”，关注群众身边事.md", C2),
    # 2025-04-03 第19版 法治
    "yinglie": ("04/2025-04-03/19-法治/以法治力量捍卫英烈荣光（法治头条）.md", C1),
    "quanyi": ("04/2025-04-03/19-法治/保护英烈权益 守护精神家园.md", C1),
    "duanju": ("04/2025-04-03/19-法治/“偷偷搬运”微短剧？法院认定侵权！（以案说法）.md", C1),
    "xujia": ("04/2025-04-03/19-法治/让虚假诉讼无处遁形（金台锐评）.md", C1),
    # 2025-04-10 第5版 评论
    "lvse": ("04/2025-04-10/05-评论/从以旧换新看绿色消费（人民时评）.md", C1),
    "luotuoci": ("04/2025-04-10/05-评论/像骆驼刺一样扎下去、站直了.md", C1),
    "jiushu": ("04/2025-04-10/05-评论/让旧书新友喜相逢（金台随笔）.md", C1),
    "zongheng": ("04/2025-04-10/05-评论/纵横.md", C1),
    # 2025-04-24 第14版 社会 (+ the picture story of 第15版 视觉, two briefs of 第6版 要闻)
    "wenjing": ("04/2025-04-24/14-社会/“就算摇摇晃晃，我也可以晃出自己的人生”（以普通人的平凡书写不平凡的人生）.md", C2),
    "pukou": ("04/2025-04-24/14-社会/南京浦口高新区：“一张网”破解空域管理难题.md", C2),
    "yundong": ("04/2025-04-24/15-视觉/春暖花开 一起运动吧（新时代画卷）.md", C2),
    "shici": ("04/2025-04-24/06-要闻/广州诗词大会吸引超3万人次线上答题.md", C2),
    "liuzhou": ("04/2025-04-24/06-要闻/广西柳州开展青少年阅读拓展活动.md", C2),
}


def parse(key):
    text = open(os.path.join(HERE, "records", key + ".md"), encoding="utf-8").read()
    parts = text.split("---\n", 2)
    front, body = parts[1], parts[2]
    meta = dict(re.findall(r'^(\w+): "?(.*?)"?$', front, re.M))
    path, commit = PATHS[key]
    r = dict(path=V + path, commit=commit, kicker=None, title=None, sub=None, series=None, byline=None,
             paras=[], bold=set(), source_url=meta.get("source_url"), length=len(text))
    for line in body.split("\n"):
        if not line.strip():
            continue
        if line.startswith("### "):
            r["kicker"] = line[4:]
        elif line.startswith("## "):
            r["sub"] = line[3:]
        elif line.startswith("# "):
            r["title"] = line[2:]
        elif line.startswith("> 系列："):
            r["series"] = line[len("> 系列："):]
        elif line.startswith("> "):
            a = line[2:].split("《人民日报》")[0].strip()
            r["byline"] = a or None
        elif line.startswith("**") and line.endswith("**") and len(line) > 4:
            r["bold"].add(len(r["paras"]))
            r["paras"].append(line[2:-2])
        else:
            r["paras"].append(line)
    return r


RECORDS = {k: parse(k) for k in PATHS}

if __name__ == "__main__":
    for k, r in RECORDS.items():
        print(k, r["length"], repr(r["kicker"]), repr(r["title"]), repr(r["sub"]), repr(r["series"]), repr(r["byline"]), len(r["paras"]), sorted(r["bold"]))
        for i, p in enumerate(r["paras"]):
            print("   ", i, len(p), p[:30])
