#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Save the RSS items of the printed pages used (PDF batch 9) from the 新华每日电讯 archive files, unchanged.

New in batch 9 (batch 8 read one crawl JSON file of 都市快报; the method is that of ../tools-para9/extract_sources.py,
which read the same repository's archive files of earlier issues). The sources are two files of ifyuls/xhmrdx-rss,
read with `git show <commit>:<path>` from a fetched snapshot (its git directory given as the first argument):

    python3 extract_records.py <git dir of the ifyuls/xhmrdx-rss snapshot>

For each page below, every <item> whose <title> starts with the page label (`[02版：要闻]`) is written to
records/<page>-<item number in the file, two digits>.json as {"repo", "path", "commit", "blob", "channel_title",
"item", "title", "link", "description"} (title, link and description exactly as stored; json.dumps(..., ensure_ascii=
False, indent=1) + "\\n"), and records/SHA256SUMS is rewritten. The git blob id of each file is checked first.
Item 16 of 2026-05-01 (page 04, 中央党校（国家行政学院）举行2026年春季学期第一批进修班毕业典礼) is NOT saved: the same
新华社 wire text is already in the corpus (paragraph/xxsb-2026-05-01-p09.txt). The whole archive files are not kept.
"""
import hashlib, json, os, subprocess, sys
import xml.etree.ElementTree as ET
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = "ifyuls/xhmrdx-rss"
FILES = {  # date -> (path, commit (the only commit that wrote the file), blob)
    "2026-05-01": ("history/mrdx_2026-05-01.xml", "9269cf4050c5c3287f15137ada6f070922d90455",
                   "4653b94ceec2be7d01857b0206d0cc7f22722838"),
    "2026-05-02": ("history/mrdx_2026-05-02.xml", "2c2b1a2081523f3ced17d851fdb6dc9efa86b757",
                   "7dec754a069370694a7e65f90aec51053af1bb95"),
}
PAGES = [("2026-05-01", "p02", "[02版：要闻]"), ("2026-05-01", "p03", "[03版：要闻]"),
         ("2026-05-01", "p04", "[04版：要闻]"), ("2026-05-02", "p02", "[02版：要闻]")]
SKIP = {("2026-05-01", 16)}


def git_blob_id(data):
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def main(gitdir):
    out = os.path.join(HERE, "records")
    os.makedirs(out, exist_ok=True)
    sums = []
    for date, page, prefix in PAGES:
        path, commit, blob = FILES[date]
        raw = subprocess.run(["git", "--git-dir", gitdir, "show", "%s:%s" % (commit, path)], capture_output=True,
                             check=True).stdout
        assert git_blob_id(raw) == blob, "not the blob read"
        ch = ET.fromstring(raw).find("channel")
        for i, it in enumerate(ch.iter("item"), 1):
            t = it.find("title").text
            if not t.startswith(prefix) or (date, i) in SKIP:
                continue
            rec = {"repo": REPO, "path": path, "commit": commit, "blob": blob, "channel_title": ch.find("title").text,
                   "item": i, "title": t, "link": it.find("link").text, "description": it.find("description").text or ""}
            name = "%s-%s-%02d.json" % (date, page, i)
            data = (json.dumps(rec, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
            open(os.path.join(out, name), "wb").write(data)
            sums.append("%s  %s" % (hashlib.sha256(data).hexdigest(), name))
    open(os.path.join(out, "SHA256SUMS"), "w").write("\n".join(sums) + "\n")
    print(len(sums), "records")


if __name__ == "__main__":
    main(sys.argv[1])
