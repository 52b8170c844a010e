#!/usr/bin/env python3
"""Turn the Apple Daily CSV rows copied from the stored-file reader into records/appledaily-YYYYMMDD.json.

    python3 csv2records.py rows.csv        # rows.csv: the CSV header line and the chosen rows, as read

The rows were copied from the reader's text of `corpus/YYYYMMDD.csv` (repository alex-the-man/apple-daily-corpus,
commit 4c2ab989ebdc6c351d2fecd4a2395b9248c4548e); this script only parses them (Python csv) and writes the JSON
that build.py reads.
"""
import csv
import json
import sys
from pathlib import Path

rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
day = rows[0]["date"]
d = {"repository": "alex-the-man/apple-daily-corpus", "path": f"corpus/{day}.csv",
     "commit": "4c2ab989ebdc6c351d2fecd4a2395b9248c4548e",
     "note": "records as read with the stored-file reader (read_file); CSV fields key, date, article_daily_id, title, text",
     "records": [dict({"id": r["key"]}, **r) for r in rows]}
out = Path(__file__).resolve().parent / "records" / f"appledaily-{day}.json"
out.write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(out.name, len(rows), "records")
