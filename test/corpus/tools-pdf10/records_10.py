#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Parser of the batch-10 records (records/*.json: 新民晚报 CSV records saved by extract_records.py).

PDF batch 10: replaces ../tools-pdf9/records_9.py (which parsed 新华每日电讯 RSS HTML). A record's fields are plain
text: `special_title` is the kicker, `title` the headline, `subtitle` the subtitle (each one line; empty = none);
`content` is the article's text, every paragraph begun with the e-paper's four-space indent, so the content is split at
each run of four or more spaces (ASCII) into paragraphs; each paragraph's leading and trailing white space (ASCII space,
full-width space) is removed and empty pieces dropped. Nothing else is changed: two-space runs inside a paragraph
(`本报记者  左妍`, `黄浦区  “先锋上海”志愿者打头阵`) and inside heads are kept as stored.

RECORDS[key] = {"kicker": [...], "title": "...", "subtitle": [...], "paras": [...], "ban": "...", "date": "..."} with
key = record file name without `.json` (`2022-04-02-15`).
"""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
STRIP = ' \u3000'


def parse(rec):
    paras = [p.strip(STRIP) for p in re.split(r' {4,}', rec["content"])]
    return {"kicker": [rec["special_title"]] if rec["special_title"].strip(STRIP) else [],
            "title": rec["title"], "subtitle": [rec["subtitle"]] if rec["subtitle"].strip(STRIP) else [],
            "paras": [p for p in paras if p], "ban": rec["ban"], "date": rec["date"]}


RECORDS = {}
for name in sorted(os.listdir(os.path.join(HERE, "records"))):
    if name.endswith(".json"):
        with open(os.path.join(HERE, "records", name), encoding="utf-8") as f:
            RECORDS[name[:-5]] = parse(json.load(f))

if __name__ == "__main__":
    for k, r in RECORDS.items():
        print("=====", k, r["ban"], "K:", r["kicker"], "T:", repr(r["title"]), "S:", r["subtitle"])
        for n, p in enumerate(r["paras"]):
            print("  %2d %4d %s" % (n, len(p), p[:60]))
