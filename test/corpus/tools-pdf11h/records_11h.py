# -*- coding: utf-8 -*-
"""Parse this batch's Apple Daily records (records/20090305-<id>.json, copied from corpus/20090305.csv of
alex-the-man/apple-daily-corpus at 4c2ab989ebdc6c351d2fecd4a2395b9248c4548e).

PDF batch 11h: new (batch 10's records_10.py read CSV records of another paper). A record's `text` is cut into segments
at every run of ASCII spaces (the traditional family's Apple Daily rule, ../traditional/SOURCES.md); its head is the
leading one or two segments whose join equals the record's `title` field (checked: an AssertionError otherwise). With
two head segments the first is the kicker, the second the headline. The rest are paragraphs, unchanged.

RECORDS[key] = dict(kicker=[...], title=str, subtitle=[], paras=[...]) with key = the record number as a string.
"""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
RECORDS = {}
for name in sorted(os.listdir(os.path.join(HERE, "records"))):
    if not name.endswith(".json"):
        continue
    r = json.load(open(os.path.join(HERE, "records", name), encoding="utf-8"))
    segs = [s for s in re.split(r" +", r["text"]) if s]
    if segs[0] == r["title"]:
        head, paras = segs[:1], segs[1:]
    else:
        assert segs[0] + segs[1] == r["title"], name
        head, paras = segs[:2], segs[2:]
    RECORDS[str(r["article_daily_id"])] = dict(kicker=head[:-1], title=head[-1], subtitle=[], paras=paras)
