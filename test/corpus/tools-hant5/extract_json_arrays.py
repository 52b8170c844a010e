#!/usr/bin/env python3
"""Copy chosen records of a pretty-printed TaiwanStat/Taiwan-news-crawlers file (one or more JSON arrays one
after the other, e.g. apple.json, apple_realtime.json) into records/<out>.json.

    git -C <clone> show <commit>:<path> > file.json
    python3 extract_json_arrays.py file.json <repository> <path> <commit> <out-stem> <article-id> [<article-id> ...]

A record is named by its article id, the number after the date in its `url`
(…/article/<section>/20170629/<id>/…); the first record with that id in file order is taken, with its
array number, its 0-based index in that array and the 1-based line of the file where the record starts.
"""
import json
import re
import sys
from pathlib import Path


def main():
    f, repo, path, commit, stem, *ids = sys.argv[1:]
    t = Path(f).read_text(encoding="utf-8")
    dec = json.JSONDecoder()
    i, arr_no, found = 0, 0, {}
    while True:
        while i < len(t) and t[i] in " \r\n\t":
            i += 1
        if i >= len(t):
            break
        if t[i] != "[":
            raise SystemExit(f"expected an array at {i}")
        arr_no += 1
        i += 1
        k = 0
        while True:
            while t[i] in " \r\n\t,":
                i += 1
            if t[i] == "]":
                i += 1
                break
            start = i
            r, i = dec.raw_decode(t, i)
            m = re.search(r"/\d{8}/(\d+)", r["url"])
            rid = m.group(1)
            if rid in ids and rid not in found:
                found[rid] = dict({"id": rid, "array": arr_no, "index": k, "line": t.count("\n", 0, start) + 1}, **r)
            k += 1
    missing = [x for x in ids if x not in found]
    if missing:
        raise SystemExit(f"not found: {missing}")
    d = {"repository": repo, "path": path, "commit": commit,
         "note": "records copied byte for byte from the crawler file (git show commit:path); array = which JSON array of the file, index = 0-based place in it, line = 1-based line where the record starts",
         "records": [found[x] for x in ids]}
    out = Path(__file__).resolve().parent / "records" / (stem + ".json")
    out.write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(out.name, len(ids), "records")


if __name__ == "__main__":
    main()
