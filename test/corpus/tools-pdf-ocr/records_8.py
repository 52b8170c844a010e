# -*- coding: utf-8 -*-
"""Records of the fresh-ocr batch, read from leeperfect/PeopleDailyMaterial.

Each file in records/ is the record's Markdown file as `read_file` returned it (text unchanged; its length was
checked against the `total_chars` the tool gave). This module parses it into the shape build_pages.py uses:
kicker (the `###` line), title (the `#` line), sub (the `##` subtitle line), series (the `> 系列：` line without
`系列：`), byline (the author part of the `>` line, without the `《人民日报》（…）` tail; None when empty), paras
(every other non-blank line, in order), path (in the repository) and commit (the commit the index gave).
"""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = "leeperfect/PeopleDailyMaterial"
COMMIT = "65acd7d761e55174bc445fb472569093aac892ac"   # the commit find_files/read_file gave for every file read
V = "data/vault/2025/05/"

PATHS = {
    # 2025-05-13 第19版 党建
    "jiamenkou": "2025-05-13/19-党建/“家门口的幸福”从何而来（前沿观察）.md",
    "yizhen": "2025-05-13/19-党建/党员爱心义诊 关爱新就业群体.md",
    "xiaoshi": "2025-05-13/19-党建/小事小节见党性.md",
    "hutuzhang": "2025-05-13/19-党建/查清报账员的“糊涂账”（监督哨）.md",
    # 2025-05-06 第5版 评论
    "sanli": "2025-05-06/05-评论/乡村拔节话“三力”（人民时评）.md",
    "xianglin": "2025-05-06/05-评论/化相邻之利为聚合之力（评论员观察）.md",
    "duoye": "2025-05-06/05-评论/多业共兴，激活城市新脉动（现场评论）.md",
    "chutan": "2025-05-06/05-评论/“出摊办公”树服务新风（纵横）.md",
    "yingxiong": "2025-05-06/05-评论/让英雄有名，让岁月有声（金台随笔）.md",
    # 2025-05-27 第10版 政治
    "jiama": "2025-05-27/10-政治/层层落实不是层层加码（干部状态新观察·为基层减负赋能）.md",
    "guilv": "2025-05-27/10-政治/按规律办事，警惕加码冲动（专家观点）.md",
    "guangxi": "2025-05-27/10-政治/广西去年新增199家商会调解组织.md",
    "xiling": "2025-05-27/10-政治/湖北宜昌西陵区专项督办农村供水问题.md",
    # 2025-05-27 第15版 社会
    "cunyi": "2025-05-27/15-社会/“全村人的病历都在我心中”（以普通人的平凡书写不平凡的人生）.md",
    "yizhi": "2025-05-27/15-社会/塑造以质取胜的竞争新标杆.md",
    "fujing": "2025-05-27/15-社会/辅警飞身救孩童，三秒筑起生命屏障（援手）.md",
    "taliliang": "2025-05-27/15-社会/“科技赋能乡村发展：2025乡村振兴她力量对话会”举办.md",
    # 2025-05-13 第15版 经济 (+ one brief of 第7版 要闻)
    "xinpinpai": "2025-05-13/15-经济/一个新品牌，从无到有做起来（经济聚焦·加快推动内外贸一体化）.md",
    "neixiao": "2025-05-13/15-经济/做内销，企业要重塑竞争优势（专家点评）.md",
    "dianli": "2025-05-13/15-经济/黑龙江提升农村电力保障水平.md",
    "shoufa": "2025-05-13/07-要闻/福建支持首发经济高质量发展.md",
    # 2025-05-06 第19版 党建
    "yiduogu": "2025-05-06/19-党建/一朵菇带富一个村（党旗在基层一线高高飘扬）.md",
    "gongkuan": "2025-05-06/19-党建/莫用公款“潇洒走一回”.md",
    "shexi": "2025-05-06/19-党建/让涉企行政检查不再任性.md",
}


def parse(key):
    text = open(os.path.join(HERE, "records", key + ".md"), encoding="utf-8").read()
    parts = text.split("---\n", 2)
    front, body = parts[1], parts[2]
    meta = dict(re.findall(r'^(\w+): "?(.*?)"?$', front, re.M))
    r = dict(path=V + PATHS[key], commit=COMMIT, kicker=None, title=None, sub=None, series=None, byline=None,
             paras=[], source_url=meta.get("source_url"), length=len(text))
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
        else:
            r["paras"].append(line)
    return r


RECORDS = {k: parse(k) for k in PATHS}

if __name__ == "__main__":
    for k, r in RECORDS.items():
        print(k, r["length"], repr(r["kicker"]), repr(r["title"]), repr(r["sub"]), repr(r["series"]), repr(r["byline"]), len(r["paras"]))
        for i, p in enumerate(r["paras"]):
            print("   ", i, p[:30])
