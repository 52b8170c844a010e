#!/usr/bin/env python3
"""Copy chosen records of a TaiwanStat/Taiwan-news-crawlers crawler file into records/<out>.json.

    git -C <clone> show <commit>:<path> > file.json
    python3 extract_tw.py file.json <repository> <path> <commit> <out-stem> <url-id> [<url-id> ...]

The crawler files hold one JSON object a line (some files are two arrays one after the other, and
`ettoday.json` has a `}[` splice), so each line that starts with `{` is read on its own.  A record is
named by the number at the end of its `url`, query string removed (TVBS, ETtoday, udn.com) or by its `url` file name (CTS); the
first record with that id in file order is taken, with its 1-based line number.
"""
import json
import re
import sys
from pathlib import Path


def rid(url):
    url = url.split("?")[0]  # udn.com urls carry a ?from=… query
    m = re.search(r"(\d+)(?:\.html?|)$", url)
    return m.group(1)


def main():
    f, repo, path, commit, stem, *ids = sys.argv[1:]
    found = {}
    for n, ln in enumerate(Path(f).read_text(encoding="utf-8").split("\n"), 1):
        s = ln.strip()
        if not s.startswith("{"):
            continue
        s = s.rstrip(",").rstrip("[").rstrip("]").rstrip(",")
        r = json.loads(s)
        i = rid(r["url"])
        if i in ids and i not in found:
            found[i] = dict({"id": i, "line": n}, **r)
    missing = [i for i in ids if i not in found]
    if missing:
        raise SystemExit(f"not found: {missing}")
    d = {"repository": repo, "path": path, "commit": commit,
         "note": "records copied byte for byte from the crawler file (git show commit:path); line = 1-based line of the file",
         "records": [found[i] for i in ids]}
    out = Path(__file__).resolve().parent / "records" / (stem + ".json")
    out.write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(out.name, len(ids), "records")


if __name__ == "__main__":
    main()
