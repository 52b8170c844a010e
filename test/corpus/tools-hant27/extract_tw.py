#!/usr/bin/env python3
"""Copy chosen records of a TaiwanStat/Taiwan-news-crawlers crawl file into records/<out>.json, byte for byte.

    git --git-dir=<mirror> show <commit>:<path> > file.json
    python3 extract_tw.py file.json <path> <commit> <out-stem> <id> [<id> ...]

The file is read as one or more JSON arrays one after the other (apple.json: two pretty-printed arrays;
mediaParser/tvbs.json: one record a line inside one array). A record is named by its url id: the number
after `/article/<section>/<date>/` (apple.json) or the number at the end of the url (TVBS). The first record with that
id in file order is taken; `place` is its 1-based place in the file's record order.
"""
import json
import re
import sys
from pathlib import Path


def records(text):
    dec, i, out = json.JSONDecoder(), 0, []
    while i < len(text):
        while i < len(text) and text[i] in " \r\n\t,":
            i += 1
        if i >= len(text):
            break
        o, i = dec.raw_decode(text, i)
        out += o if isinstance(o, list) else [o]
    return out


def rid(url):
    m = re.search(r"/article/[a-z]+/\d{8}/(\d+)/", url) or re.search(r"(\d+)$", url.split("?")[0])
    return m.group(1)


def main():
    f, path, commit, stem, *ids = sys.argv[1:]
    found = {}
    for n, r in enumerate(records(Path(f).read_text(encoding="utf-8")), 1):
        i = rid(r["url"])
        if i in ids and i not in found:
            found[i] = dict({"id": i, "place": n}, **r)
    missing = [i for i in ids if i not in found]
    if missing:
        raise SystemExit(f"not found: {missing}")
    d = {"repository": "TaiwanStat/Taiwan-news-crawlers", "path": path, "commit": commit,
         "note": "records copied from the crawl file as stored at the commit (git show commit:path); place = 1-based place in the file's record order",
         "records": [found[i] for i in ids]}
    out = Path(__file__).resolve().parent / "records" / (stem + ".json")
    out.write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(out.name, len(ids), "records")


if __name__ == "__main__":
    main()
