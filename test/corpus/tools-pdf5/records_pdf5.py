# -*- coding: utf-8 -*-
"""Records of batch pdf5, read from leeperfect/PeopleDailyMaterial with `read_file`.

Each file in records/ is the record's Markdown file as the tool returned it (text unchanged; its length was checked
against the tool's `total_chars`: all equal except daming.md, 1022 of 1024, see ../column/SOURCES.md). Parsed as in
../tools-pdf-ocr3/records_10.py: kicker (`###`), title (`#`), sub (`##`), series (`> 系列：` without `系列：`), byline
(the author part of the `>` line without the `《人民日报》（…）` tail; None when empty), paras (every other non-blank
line, in order), path and commit (the commit the index gave for the file).
"""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = "leeperfect/PeopleDailyMaterial"
C = "49681b52c047414c55f189c014175cddd9757f77"   # every 2025-02-25 file read
V = "data/vault/2025/02/2025-02-25/"

PATHS = {
    # 第10版 政治
    "huiyi": "10-政治/不必要的会议材料这样被“砍掉”（干部状态新观察·为基层减负赋能）.md",
    "ganyan": "10-政治/心不累了 干劲足了（干部感言）.md",
    "wuhu": "10-政治/把能办变为好办易办（高效办成一件事）.md",
    "changde": "10-政治/进一扇门 办多件事（高效办成一件事）.md",
    "daming": "10-政治/无事不扰 规范执法.md",
    # 第13版 社会 (+ one story of 第6版)
    "kongzhong": "13-社会/“空中校车”背后的山乡巨变（民生一线）.md",
    "rengong": "13-社会/人工智能，抢得走咱的饭碗吗（民生观）.md",
    "huoqing": "06-要闻/火情危急时分 群众接力救援.md",
    # 第19版 党建 (+ five briefs of 第6、7、11版)
    "liudong": "19-党建/流动的“先锋”凝聚在党旗下.md",
    "jintai": "19-党建/处理好“等不得”与“急不得”的关系（金台潮声）.md",
    "qinghai": "06-要闻/青海加快推进“1+6+N”教育数字化发展体系.md",
    "dalian": "07-要闻/东北地区规模最大跨海大桥工程启动.md",
    "fujian": "11-文化/福建启动高校毕业生培训就业直通车.md",
    "guangxi": "11-文化/广西新发现80处古代遗址和遗物分布点.md",
    "ningxia": "11-文化/宁夏苏峪口瓷窑址考古获重大突破.md",
}


def parse(key):
    text = open(os.path.join(HERE, "records", key + ".md"), encoding="utf-8").read()
    front, body = text.split("---\n", 2)[1:]
    meta = dict(re.findall(r'^(\w+): "?(.*?)"?$', front, re.M))
    r = dict(path=V + PATHS[key], commit=C, kicker=None, title=None, sub=None, series=None, byline=None,
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
            r["byline"] = line[2:].split("《人民日报》")[0].strip() or None
        else:
            r["paras"].append(line)
    return r


RECORDS = {k: parse(k) for k in PATHS}

if __name__ == "__main__":
    for k, r in RECORDS.items():
        print(k, r["length"], repr(r["kicker"]), repr(r["title"]), repr(r["sub"]), repr(r["series"]), repr(r["byline"]), len(r["paras"]))
        for i, p in enumerate(r["paras"]):
            print("   ", i, len(p), p[:30])
