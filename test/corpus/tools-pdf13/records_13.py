# -*- coding: utf-8 -*-
"""PDF batch 13 (new; stands in for ../tools-pdf10/records_10.py): the 20 items of the Putian portal's 县区动态 list
(July 2022, 湄洲日报) as dicts with batch 10's fields: kicker [] and subtitle [] (the items give none), title (the
value of `标题:`, its spaces kept: `北   岸：…`), paras (the lines under `正文:`, ends stripped, empty lines dropped).
Keys are the document numbers. Read from records.json (written by extract_records.py)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
_raw = json.load(open(os.path.join(HERE, "records.json"), encoding="utf-8"))
RECORDS = {k: dict(kicker=[], title=v["title"], subtitle=[], paras=v["paras"], date=v["date"], org=v["org"])
           for k, v in _raw.items()}
