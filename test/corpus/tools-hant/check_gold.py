#!/usr/bin/env python3
"""Check every traditional/ gold file against its page.

- the page decodes (UTF-8, UTF-8 with BOM, or Big5-HKSCS that round-trips byte for byte);
- every range lies inside the file and is well formed;
- no line is claimed twice (titleLines and lines of all units together);
- every non-blank line is claimed by exactly one unit;
- a unit's title, when not null, is the text of its H lines joined;
- page size 3-20 KB.
Usage: check_gold.py DIR
"""
import sys
from pathlib import Path

import yaml


def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-bom"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text = data.decode("big5hkscs")
        if text.encode("big5hkscs") != data:
            raise SystemExit("big5hkscs does not round-trip")
        return text, "big5hkscs"


def main():
    d = Path(sys.argv[1])
    bad = 0
    tot_units = 0
    splits = {}
    for g in sorted(d.glob("*.gold.yaml")):
        gold = yaml.safe_load(g.read_text(encoding="utf-8"))
        page = d / gold["source"]
        data = page.read_bytes()
        text, enc = decode(data)
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        n = len(lines)
        owner = {}
        errs = []
        if not 3000 <= len(data) <= 20480:
            errs.append(f"size {len(data)}")
        for i, u in enumerate(gold["units"], 1):
            for key in ("titleLines", "lines"):
                for r in u[key]:
                    a, b = r
                    if not (1 <= a <= b <= n):
                        errs.append(f"unit {i} {key} {r} out of 1..{n}")
                        continue
                    for k in range(a, b + 1):
                        if not lines[k - 1].strip():
                            continue
                        if k in owner:
                            errs.append(f"line {k} claimed by unit {owner[k]} and unit {i}")
                        owner[k] = i
            if not u["lines"]:
                errs.append(f"unit {i} has no body lines")
            if u["title"] is not None and u["title"] not in "".join(
                    lines[k - 1] for a, b in u["titleLines"] for k in range(a, b + 1)):
                errs.append(f"unit {i} title not in its titleLines")
        for k in range(1, n + 1):
            if lines[k - 1].strip() and k not in owner:
                errs.append(f"line {k} unclaimed: {lines[k - 1][:20]}")
        tot_units += len(gold["units"])
        splits[gold["split"]] = splits.get(gold["split"], 0) + 1
        status = "ok" if not errs else "FAIL"
        print(f"{status} {page.name}: {enc}, {len(data)} bytes, {n} lines, {len(gold['units'])} units, {gold['split']}")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    print(f"units {tot_units}, splits {splits}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
