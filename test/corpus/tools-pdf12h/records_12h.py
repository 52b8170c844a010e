# -*- coding: utf-8 -*-
"""Parse this batch's Apple Daily records (records/20101117-<id>.json, copied from corpus/20101117.csv of
alex-the-man/apple-daily-corpus at 4c2ab989ebdc6c351d2fecd4a2395b9248c4548e).

PDF batch 12h: a copy of ../tools-pdf11h/records_11h.py. One change: besides every run of ASCII spaces, a full-width
space before `記者：` is a cut too (the traditional family's Apple Daily rule, ../traditional/SOURCES.md), so
`…鋪路。　記者：呂雪玲` (174) gives the segment `記者：呂雪玲`; the full-width space is not printed. Otherwise as batch
11h: the head is the leading one or two segments whose join equals the record's `title` field (checked: an
AssertionError otherwise); with two head segments the first is the kicker, the second the headline. The rest are
paragraphs, unchanged.

RECORDS[key] = dict(kicker=[...], title=str, subtitle=[], paras=[...]) with key = the record number as a string.
"""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
RECORDS = {}
for name in sorted(os.listdir(os.path.join(HERE, "records"))):
    if not name.endswith(".json"):
        continue
    r = json.load(open(os.path.join(HERE, "records", name), encoding="utf-8"))
    segs = [s for s in re.split(r" +|\u3000(?=記者：)", r["text"]) if s]
    if segs[0] == r["title"]:
        head, paras = segs[:1], segs[1:]
    else:
        assert segs[0] + segs[1] == r["title"], name
        head, paras = segs[:2], segs[2:]
    RECORDS[str(r["article_daily_id"])] = dict(kicker=head[:-1], title=head[-1], subtitle=[], paras=paras)

if __name__ == "__main__":
    for k in sorted(RECORDS, key=int):
        r = RECORDS[k]
        print(k, r["kicker"], r["title"], len(r["paras"]), "paras")
        for i, p in enumerate(r["paras"]):
            if len(p) <= 20:
                print("   ", i, p)
