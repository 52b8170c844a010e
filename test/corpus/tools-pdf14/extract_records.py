#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""PDF batch 14 (new; replaces batch 13's transcription reader with ../tools-para10/extract_sources.py's way of reading
the CSV): copy the five records of shenxingy/Chinese_newspaper_crawler `Sample_Datasets/CNKI.csv` (commit
8ab9b4fcb024ccf9e5503ff869d15befbdc61508, blob dd4fa337…, MIT licence) that paragraph batch para10 did not use (CSV
data records 1, 4, 15, 16, 18) into records.json, unchanged: every field as csv.DictReader gives it (UTF-8 with BOM
read as utf-8-sig), with repository, path, commit, blob and the record's position.

    python3 extract_records.py <git dir of a clone or snapshot of the repository>          # writes records.json
    python3 extract_records.py <git dir> --check                                           # compares instead
"""
import csv, io, json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = "shenxingy/Chinese_newspaper_crawler"
PATH = "Sample_Datasets/CNKI.csv"
COMMIT = "8ab9b4fcb024ccf9e5503ff869d15befbdc61508"
BLOB = "dd4fa3370562c1e4f0a7fd7e404220769f2d6586"
USED_BY_PARA10 = {2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33}


def main():
    gitdir = sys.argv[1]
    blob = subprocess.run(["git", "-C", gitdir, "rev-parse", "%s:%s" % (COMMIT, PATH)],
                          check=True, capture_output=True, text=True).stdout.strip()
    assert blob == BLOB, blob
    raw = subprocess.run(["git", "-C", gitdir, "cat-file", "blob", blob], check=True, capture_output=True).stdout
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == 33
    out = {}
    for i, r in enumerate(rows, 1):
        if i in USED_BY_PARA10:
            continue
        out[str(i)] = dict(repository=REPO, path=PATH, commit=COMMIT, blob=BLOB, record=i, fields=r)
    assert sorted(map(int, out)) == [1, 4, 15, 16, 18]
    rj = os.path.join(HERE, "records.json")
    if "--check" in sys.argv:
        print("same" if json.load(open(rj, encoding="utf-8")) == out else "DIFFERENT")
    else:
        json.dump(out, open(rj, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print(len(out), "records written")


if __name__ == "__main__":
    main()
