#!/usr/bin/env python3
"""Extra checks for the hant4 pages (beside build.py --check and check_gold.py):

- Apple Daily HK records: the kicker (K) and headline (H) lines of each unit, joined, equal the CSV `title` field;
- every page: no trailing white space, no tab, no CR, exactly one final newline;
- Big5-HKSCS pages: Python decode/re-encode round trip; with --node, also decode with iconv-lite
  (node must be able to `require("iconv-lite")`; pass its node_modules folder as NODE_PATH) and compare texts.
"""
import json
import subprocess
import sys
from pathlib import Path

import build

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "traditional"


def main():
    recs = build.load_records()
    pages = json.loads((build.BATCH / "pages.json").read_text(encoding="utf-8"))
    bad = 0
    for page in pages:
        name = page["name"]
        data = (OUT / (name + ".txt")).read_bytes()
        if page["splitter"] == "apple":
            for u in page["units"]:
                rec = recs[(page["records"], u["rec"])]
                segs = build.SPLITTERS["apple"](rec["text"], u.get("keep", []), u.get("cuts", []))
                roles = u["roles"].replace(" ", "")
                head = "".join(s for r, s in zip(roles, segs) if r in "KH")
                if head != rec["title"]:
                    print(f"{name} {u['rec']}: K+H {head!r} != title {rec['title']!r}")
                    bad += 1
        if page["encoding"] == "big5hkscs":
            text = data.decode("big5hkscs")
            if text.encode("big5hkscs") != data:
                print(f"{name}: big5hkscs round trip differs"); bad += 1
            if "--node" in sys.argv:
                js = ("const iconv=require('iconv-lite');const fs=require('fs');"
                      "process.stdout.write(iconv.decode(fs.readFileSync(process.argv[1]),'big5hkscs'));")
                out = subprocess.run(["node", "-e", js, str(OUT / (name + ".txt"))], capture_output=True, check=True).stdout
                if out.decode("utf-8") != text:
                    print(f"{name}: iconv-lite decodes differently"); bad += 1
                else:
                    print(f"{name}: iconv-lite decode = Python decode")
            non_bmp = sorted({c for c in text if ord(c) > 0xFFFF})
            if non_bmp:
                print(f"{name}: characters outside the BMP: {' '.join(f'{c} U+{ord(c):X}' for c in non_bmp)}")
        else:
            text = data[3:].decode("utf-8") if data.startswith(b"\xef\xbb\xbf") else data.decode("utf-8")
        if not text.endswith("\n") or text.endswith("\n\n"):
            print(f"{name}: final newline wrong"); bad += 1
        for i, ln in enumerate(text.split("\n"), 1):
            if ln != ln.rstrip() or "\t" in ln or "\r" in ln:
                print(f"{name}:{i}: trailing white space / tab / CR"); bad += 1
    print("verify:", "ok" if not bad else f"{bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
