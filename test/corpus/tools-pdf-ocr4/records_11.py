# -*- coding: utf-8 -*-
"""Records of PDF batch 6, read from karry1155/hndaily-web (海南日报 e-paper articles as the site's crawler stored them).

Each file in records/ is the repository's file `content/issue-items/<date>/<item id>.json` exactly as
`git show <commit>:<path>` gave it from the fetched snapshot (bytes unchanged; size checked against `git cat-file -s`).
Only `block.title` and `block.content` are used (the other fields are the site's model-written enrichment and are not
printed). Parsed as: title = `block.title` (a `<br>` of the e-paper's `<founder-title>` kept as `\\n`: a two-line head),
paras = `block.content` split on blank lines (the crawler joins paragraphs with `\\n\\n`; no paragraph is empty or
holds a line break), path (in the repository), commit (the commit read), blob (git blob id).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = "karry1155/hndaily-web"
C14 = "c10176db5ff5bd0af6b899daa46c50a58133d85a"   # 2026-07-14 files (the commit that added them)
C16 = "16539f656499f1bc919b2faea2ff9a172ecdf7ed"   # 2026-07-16 files (the commit that added them)
D14 = "content/issue-items/2026-07-14/hndaily-20260714-"
D16 = "content/issue-items/2026-07-16/hndaily-20260716-"

PATHS = {
    # 2026-07-14 A01 头版
    "ai": (D14 + "58464-19700602.json", C14),
    "xing": (D14 + "58464-19700605.json", C14),
    "junqu": (D14 + "58464-19700606.json", C14),
    "wufei": (D14 + "58464-19700607.json", C14),
    "chuxin": (D14 + "58464-19700608.json", C14),
    "fangxun": (D14 + "58464-19700610.json", C14),
    "lvyou": (D14 + "58464-19700611.json", C14),
    "minsu": (D14 + "58464-19700612.json", C14),
    # 2026-07-14 A02 本省新闻
    "shoufang": (D14 + "58465-19700620.json", C14),
    "renda": (D14 + "58465-19700621.json", C14),
    "gongjiang": (D14 + "58465-19700622.json", C14),
    "dikong": (D14 + "58465-19700623.json", C14),
    "guoshu": (D14 + "58465-19700624.json", C14),
    "youeryuan": (D14 + "58465-19700625.json", C14),
    "xing2": (D14 + "58465-19700626.json", C14),
    "fangxun2": (D14 + "58465-19700627.json", C14),
    "chuxin2": (D14 + "58465-19700628.json", C14),
    "minsu2": (D14 + "58465-19700629.json", C14),
    # 2026-07-14 A03: read only to fix the cut point of lvyou on A01; on no page
    "lvyou3": (D14 + "58466-19700636.json", C14),
    # 2026-07-16 A04 本省新闻
    "zhengjiguan": (D16 + "58467-19707982.json", C16),
    "qiye": (D16 + "58467-19707983.json", C16),
    "fazhi": (D16 + "58467-19707984.json", C16),
    "xiulu": (D16 + "58467-19707985.json", C16),
    "yongdian": (D16 + "58467-19707986.json", C16),
    "ganbu": (D16 + "58467-19707987.json", C16),
    "jiangfei": (D16 + "58467-19707988.json", C16),
    "huanle": (D16 + "58467-19707989.json", C16),
    # 2026-07-16 A05 本省新闻
    "zhongkao": (D16 + "58468-19707996.json", C16),
    "liyongquan": (D16 + "58468-19707997.json", C16),
    "linchiming": (D16 + "58468-19707998.json", C16),
    "fuyonggao": (D16 + "58468-19707999.json", C16),
    "shuzhi": (D16 + "58468-19708000.json", C16),
    "taiji": (D16 + "58468-19708001.json", C16),
    "zhouhuaisheng": (D16 + "58468-19708002.json", C16),
    "minshenglu": (D16 + "58468-19708006.json", C16),
    "anzhi": (D16 + "58468-19708007.json", C16),
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


def cut(key, cont_key):
    """Where the continuation record `cont_key` (first paragraph `◀上接A01版`) takes over the whole story `key`:
    returns (i, k): the A01 part is paras[:i] plus paras[i][:k] (k == 0: the cut is at a paragraph boundary).
    Checked: the story's text is the A01 part followed by the continuation's text."""
    full = "\n\n".join(RECORDS[key]["paras"])
    cont = RECORDS[cont_key]["paras"]
    assert cont[0].endswith("上接A01版"), cont_key
    tail = "\n\n".join(cont[1:])
    assert full.endswith(tail), (key, cont_key)
    start = len(full) - len(tail)
    pos = 0
    for i, p in enumerate(RECORDS[key]["paras"]):
        if pos <= start < pos + len(p) + 2:
            return i, start - pos
        pos += len(p) + 2
    raise AssertionError(key)


if __name__ == "__main__":
    for k, r in RECORDS.items():
        print(k, r["date"], r["page"], r["seq"], r["length"], repr(r["title"]), len(r["paras"]))
        for i, p in enumerate(r["paras"]):
            print("   ", i, len(p), p[:30])
    for a, b in (("xing", "xing2"), ("chuxin", "chuxin2"), ("fangxun", "fangxun2"), ("minsu", "minsu2"), ("lvyou", "lvyou3")):
        print("cut", a, b, cut(a, b))
