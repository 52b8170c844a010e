# -*- coding: utf-8 -*-
"""PDF batch 14 (new; stands in for ../tools-pdf13/records_13.py): the five CNKI.csv records (records.json, written by
extract_records.py) as dicts with batch 10's fields: kicker [] (none given); title (the `Title` cell as given);
subtitle: the deck lines (record 1's first two paragraphs, the plan's deck rule: NOTES.md); author: [the author line]
where para10's rule gives one (the `Author` cell names people and none occurs in `Contents`: the names with `;` as a
space, the closing `;` dropped), else []; paras: the `Contents` cell split at line breaks, ends stripped, empty lines
dropped (minus the deck lines). Keys are the CSV record numbers as strings."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
_raw = json.load(open(os.path.join(HERE, "records.json"), encoding="utf-8"))
DECKS = {"1": 2}   # record -> number of leading paragraphs that are deck lines (plan)


def _rec(k, v):
    f = v["fields"]
    ps = [p.strip() for p in f["Contents"].split("\n") if p.strip()]
    names = [x for x in f["Author"].split(";") if x and x != "NA"]
    author = [" ".join(names)] if names and not any(n in f["Contents"] for n in names) else []
    d = DECKS.get(k, 0)
    return dict(kicker=[], title=f["Title"], subtitle=ps[:d], author=author, paras=ps[d:], date=f["Date"], ban=f["banHao"])


RECORDS = {k: _rec(k, v) for k, v in _raw.items()}
