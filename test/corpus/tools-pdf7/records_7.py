# -*- coding: utf-8 -*-
"""Records of PDF batch 7, read from karry1155/hndaily-web (海南日报 e-paper articles as the site's crawler stored them).

Copied from ../tools-pdf-ocr4/records_11.py (batch 6): the path table is this batch's; the continuation cut is dropped
(no record here is continued elsewhere). Each file in records/ is the repository's file
`content/issue-items/<date>/<item id>.json` exactly as `git show <commit>:<path>` gave it from the fetched snapshot
(bytes unchanged; size checked against `git cat-file -s`). Only `block.title` and `block.content` are used (the other
fields are the site's model-written enrichment and are not printed). Parsed as: title = `block.title` (a `<br>` of the
e-paper's `<founder-title>` kept as `\\n`: a two-line head), paras = `block.content` split on blank lines (the crawler
joins paragraphs with `\\n\\n`; no paragraph is empty or holds a line break), path (in the repository), commit (the commit
read), blob (see NOTES.md).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = "karry1155/hndaily-web"
C17 = "16539f656499f1bc919b2faea2ff9a172ecdf7ed"   # 2026-07-17 files (the commit that added them)
C20 = "e1d02ed4ef164b26b192dc4af5eb4005ee2cf55b"   # 2026-07-20 files (the commit that added them)
D17 = "content/issue-items/2026-07-17/hndaily-20260717-"
D20 = "content/issue-items/2026-07-20/hndaily-20260720-"

PATHS = {
    # 2026-07-17 A03 本省新闻
    "zhuoshi": (D17 + "58466-19712038.json", C17),
    "shike": (D17 + "58466-19712039.json", C17),
    "yundong": (D17 + "58466-19712041.json", C17),
    "nonglv": (D17 + "58466-19712043.json", C17),
    "jiedu": (D17 + "58466-19712044.json", C17),
    "taotu": (D17 + "58466-19712045.json", C17),
    "nvzu": (D17 + "58466-19712046.json", C17),
    "taishang": (D17 + "58466-19712048.json", C17),
    "meiti": (D17 + "58466-19712049.json", C17),
    # 2026-07-17 A04 本省新闻 (news and 评论)
    "zhaogc": (D17 + "58467-19712052.json", C17),
    "chuangxin": (D17 + "58467-19712056.json", C17),
    "zhongkao5": (D17 + "58467-19712057.json", C17),
    "waizi": (D17 + "58467-19712058.json", C17),
    "yanxi": (D17 + "58467-19712059.json", C17),
    "dixian": (D17 + "58467-19712064.json", C17),
    "aipei": (D17 + "58467-19712066.json", C17),
    "sanya": (D17 + "58467-19712067.json", C17),
    "shixi": (D17 + "58467-19712070.json", C17),
    # 2026-07-20 A03 民生新闻
    "kongtiao": (D20 + "58466-19717521.json", C20),
    "fenshu": (D20 + "58466-19717523.json", C20),
    "zhuge": (D20 + "58466-19717525.json", C20),
    "cishan": (D20 + "58466-19717527.json", C20),
    "shaiyan": (D20 + "58466-19717528.json", C20),
    "wushui": (D20 + "58466-19717529.json", C20),
    "jingshi": (D20 + "58466-19717530.json", C20),
    "baisha": (D20 + "58466-19717531.json", C20),
}


def parse(key):
    raw = open(os.path.join(HERE, "records", key + ".json"), "rb").read()
    d = json.loads(raw.decode("utf-8"))
    b = d["block"]
    path, commit = PATHS[key]
    paras = b["content"].split("\n\n")
    assert all(p and p == p.strip() and "\n" not in p for p in paras), key
    return dict(path=path, commit=commit, title=b["title"], paras=paras, page=d["page_number"],
                seq=d["page_sequence"], date=d["published_date"], length=len(raw))


RECORDS = {k: parse(k) for k in PATHS}

if __name__ == "__main__":
    for k, r in RECORDS.items():
        print(k, r["date"], r["page"], r["seq"], r["length"], repr(r["title"]), len(r["paras"]))
        for i, p in enumerate(r["paras"]):
            print("   ", i, len(p), p[:30])
