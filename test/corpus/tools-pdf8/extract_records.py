#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Save the article records of the pages used (PDF batch 8) from the crawl file, unchanged, one JSON file a record.

New in batch 8 (batch 7 saved whole per-article files with `git show`; here one crawl file holds the issue).
The source is `dskb_2026-03-28.json` of grill-glitch/hangzhou-daily-crawler at commit
465e35161c06c6de7f9e370b62ff5cfbe003590c (blob 9cb8326f5488d07cadde753b1d00077097e72ab0), read with `git show` from a
fetched snapshot into a file given as the first argument:

    python3 extract_records.py dskb_2026-03-28.json

Each record of sections A02, A04 and A08 is written to records/<page>-<article number, two digits>.json as
json.dumps(record, ensure_ascii=False, indent=1) + "\\n" (every field as stored; `content` byte for byte), and
records/SHA256SUMS is rewritten. The whole crawl file is not kept.
"""
import hashlib, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = ("A02", "A04", "A08")
BLOB = "9cb8326f5488d07cadde753b1d00077097e72ab0"


def git_blob_id(data):
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def main(path):
    raw = open(path, "rb").read()
    assert git_blob_id(raw) == BLOB, "not the blob read"
    d = json.loads(raw.decode("utf-8"))
    out = os.path.join(HERE, "records")
    os.makedirs(out, exist_ok=True)
    sums = []
    for a in d["articles"]:
        if a["section_code"] not in PAGES:
            continue
        m = re.search(r"_\d{8}([AB]\d\d)(\d+)\.html$", a["relative_url"])
        key = "%s-%02d" % (m.group(1), int(m.group(2)))
        name = key + ".json"
        data = (json.dumps(a, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        open(os.path.join(out, name), "wb").write(data)
        sums.append("%s  %s" % (hashlib.sha256(data).hexdigest(), name))
    open(os.path.join(out, "SHA256SUMS"), "w").write("\n".join(sums) + "\n")
    print(len(sums), "records")


if __name__ == "__main__":
    main(sys.argv[1])
