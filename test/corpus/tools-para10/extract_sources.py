#!/usr/bin/env python3
"""Copy the records used by the tenth paragraph batch out of the source repository, unchanged.

Source: shenxingy/Chinese_newspaper_crawler, Sample_Datasets/CNKI.csv (MIT licence), a CNKI full-text
crawl of 解放日报 articles (fields Number, Title, Author, banHao, Date, Download, Links, Contents, Keywords).

Usage: python3 extract_sources.py <git dir of a clone or snapshot of shenxingy/Chinese_newspaper_crawler>
Writes src/<page>.json next to this script: provenance plus every record of the page, each record's fields
exactly as csv.DictReader gives them (UTF-8 with BOM read as utf-8-sig), in the file's own order.
"""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

REPO = "shenxingy/Chinese_newspaper_crawler"
PATH = "Sample_Datasets/CNKI.csv"
COMMIT = "8ab9b4fcb024ccf9e5503ff869d15befbdc61508"  # the commit that added the file; same blob at HEAD 35a294b4…
BLOB = "dd4fa3370562c1e4f0a7fd7e404220769f2d6586"

# page name -> (Date, banHao); a page is every record of that issue date and page number, in file order
PAGES = {
    "jfrb-2022-05-27-p01": ("2022-05-27", "1"),
    "jfrb-2022-05-28-p01": ("2022-05-28", "1"),
    "jfrb-2022-05-28-p02": ("2022-05-28", "2"),
    "jfrb-2022-05-30-p01": ("2022-05-30", "1"),
    "jfrb-2022-05-31-p01": ("2022-05-31", "1"),
    "jfrb-2022-05-31-p02": ("2022-05-31", "2"),
    "jfrb-2022-06-01-p01": ("2022-06-01", "1"),
    "jfrb-2022-06-01-p02": ("2022-06-01", "2"),
    # second group, chosen after the first group's gold was written (before any measurement)
    "jfrb-2022-04-13-p06": ("2022-04-13", "6"),
    "jfrb-2022-05-29-p01": ("2022-05-29", "1"),
    "jfrb-2022-06-01-p07": ("2022-06-01", "7"),
}


def main():
    gitdir = sys.argv[1]
    blob = subprocess.run(["git", "-C", gitdir, "rev-parse", f"{COMMIT}:{PATH}"],
                          check=True, capture_output=True, text=True).stdout.strip()
    assert blob == BLOB, blob
    raw = subprocess.run(["git", "-C", gitdir, "cat-file", "blob", blob], check=True, capture_output=True).stdout
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    out = Path(__file__).resolve().parent / "src"
    out.mkdir(exist_ok=True)
    for page, (date, ban) in PAGES.items():
        recs = []
        for i, row in enumerate(rows):
            if row["Date"] == date and row["banHao"] == ban:
                recs.append({"record": i + 1, "fields": row})
        doc = {"repository": REPO, "path": PATH, "commit": COMMIT, "blob": BLOB,
               "licence": "MIT License, Copyright (c) 2023 Xingyu(Alex) Shen (LICENSE)",
               "date": date, "banHao": ban, "records": recs}
        (out / f"{page}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(page, [r["fields"]["Number"] for r in recs])


if __name__ == "__main__":
    main()
