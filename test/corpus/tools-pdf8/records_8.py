#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Parser of the batch-8 records (records/*.json, 都市快报 2026-03-28, saved by extract_records.py).

New in batch 8 (batch 7's records_7.py read 海南日报's `block.title` / `block.content`; this crawl's `content` holds the
e-paper's whole article page as text). A record's `content` is: the `title` field again, the site's navigation
(`<<上一篇`, `下一篇>>`, `返回主页`), the **head block** (lines ended by CR LF: kicker lines, the headline — its own
line breaks kept as `\\n` plus full-width indent —, subtitle lines), the date line `2026-03-28`, then the text: picture
captions (each its own piece), the byline line, the paragraphs. Pieces are separated by runs of white space that hold
a line break; each piece is stripped of white space (the full-width indent `\\u3000\\u3000` included).

RECORDS[key] = {"kicker": [...], "title": "line\\nline", "subtitle": [...], "paras": [...]} where `title` is the
record's `title` field without the site suffix `_都市快报`, its lines stripped and joined by `\\n`; kicker and subtitle
lines are the head block's lines before and after the headline (a subtitle of two lines is two items). No text is
changed; nothing is cut.
"""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
DATE = "2026-03-28"


def lines_of(s):
    return [x.strip(" \t\r\n\u3000") for x in s.split("\n") if x.strip(" \t\r\n\u3000")]


def parse(rec):
    c = rec["content"]
    title = "\n".join(lines_of(rec["title"].rsplit("_都市快报", 1)[0]))
    head, _, text = c[c.index("返回主页") + 4:].partition(DATE)
    # head lines are ended by CR LF; a headline's own break is a bare LF inside one such line
    hl = [x.strip(" \t\n\u3000") for x in head.split("\r\n")]
    hl = [x for x in hl if x]
    tl = [i for i, x in enumerate(hl) if "\n".join(lines_of(x)) == title]
    assert len(tl) == 1, (rec["relative_url"], hl)
    i = tl[0]
    sub = []
    for x in hl[i + 1:]:
        sub.extend(lines_of(x))
    kick = []
    for x in hl[:i]:
        kick.extend(lines_of(x))
    paras = [p.strip(" \t\r\n\u3000") for p in re.split(r"[ \t\u3000]*(?:\r?\n[ \t\u3000]*)+", text)]
    paras = [p for p in paras if p]
    return {"kicker": kick, "title": title, "subtitle": sub, "paras": paras}


RECORDS = {}
for name in sorted(os.listdir(os.path.join(HERE, "records"))):
    if name.endswith(".json"):
        with open(os.path.join(HERE, "records", name), encoding="utf-8") as f:
            RECORDS[name[:-5]] = parse(json.load(f))

if __name__ == "__main__":
    for k, r in RECORDS.items():
        print("=====", k, "K:", r["kicker"], "T:", repr(r["title"]), "S:", r["subtitle"])
        for n, p in enumerate(r["paras"]):
            print("  %2d %4d %s" % (n, len(p), p[:70]))
