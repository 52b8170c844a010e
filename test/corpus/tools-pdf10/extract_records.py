#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Save the records used (PDF batch 10) from the 新民晚报 crawl file, unchanged.

PDF batch 10: ../tools-pdf9/extract_records.py rewritten for this batch's source (batch 9 read RSS <item>s of two XML
files; this batch reads rows of one CSV file). The source is `Sample_Datasets/XinMin.csv` of
shenxingy/Chinese_newspaper_crawler, read with `git show <commit>:<path>` from a fetched snapshot (its git directory
given as the first argument):

    python3 extract_records.py <git dir of the shenxingy/Chinese_newspaper_crawler snapshot>

The file's git blob id is checked first. The CSV is read with Python's csv module (header `special_title, title,
subtitle, content, url, date, ban`); records are numbered 1.. after the header. Each record of RECORDS below is written
to records/<date>-<record number, two digits>.json as {"repo", "path", "commit", "blob", "record", and the seven fields
exactly as stored} (json.dumps(..., ensure_ascii=False, indent=1) + "\\n"), and records/SHA256SUMS is rewritten. The
whole CSV is not kept. Records 1-13 (the issue 2022-04-01) are in ../crawler/ and are not used here.
"""
import csv, hashlib, io, json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = "shenxingy/Chinese_newspaper_crawler"
PATH = "Sample_Datasets/XinMin.csv"
COMMIT = "8ab9b4fcb024ccf9e5503ff869d15befbdc61508"   # the only commit that wrote the file
BLOB = "8915d20d08036da6c3eefe743200cc457f5d339a"
RECORDS = [15, 16, 17, 21, 18, 19, 22, 29, 30, 31, 32, 34, 35, 36, 38, 39, 41]


def git_blob_id(data):
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def main(gitdir):
    out = os.path.join(HERE, "records")
    os.makedirs(out, exist_ok=True)
    raw = subprocess.run(["git", "--git-dir", gitdir, "show", "%s:%s" % (COMMIT, PATH)], capture_output=True,
                         check=True).stdout
    assert git_blob_id(raw) == BLOB, "not the blob read"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    head, rows = rows[0], rows[1:]
    assert head == ["special_title", "title", "subtitle", "content", "url", "date", "ban"], head
    sums = []
    for n in RECORDS:
        row = rows[n - 1]
        rec = {"repo": REPO, "path": PATH, "commit": COMMIT, "blob": BLOB, "record": n}
        rec.update(zip(head, row))
        name = "%s-%02d.json" % (rec["date"], n)
        data = (json.dumps(rec, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        open(os.path.join(out, name), "wb").write(data)
        sums.append("%s  %s" % (hashlib.sha256(data).hexdigest(), name))
    open(os.path.join(out, "SHA256SUMS"), "w").write("\n".join(sums) + "\n")
    print(len(sums), "records")


if __name__ == "__main__":
    main(sys.argv[1])
