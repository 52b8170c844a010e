#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""PDF batch 13 (new; replaces batch 10's CSV extractor): read each item's `page.txt` of
changwu/putian-policy-opening-html (commit 636d1015048ef9a2e1509b341cddf9839d18edf6, no licence stated, so the files
are not kept here) and write records.json: per document number the path, the file's length in characters (the
stored-text reader's `total_chars`, the file without its final newline), 标题, 发布时间, 发布机构, and the lines under
`正文:` (ends stripped, empty lines dropped). The same reading as ../tools-para25/build.py's extract().

    python3 extract_records.py --src DIR          # DIR holds <doc>.txt files or the repository's tree
    python3 extract_records.py --src DIR --check  # compare with records.json instead of writing it

To get the files: clone the repository (github.com/changwu/putian-policy-opening-html) and pass its work tree, or
save each `putian_gov/zwgk/ptdt/xqdt/202207/<doc>/page.txt` as DIR/<doc>.txt. In this session no snapshot could be
fetched; each file was read with a stored-text reader and transcribed, and every transcription's length was checked
against the reader's total_chars (all 20 equal) before records.json was written.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
COMMIT = "636d1015048ef9a2e1509b341cddf9839d18edf6"
DOCS = [1736730, 1737105, 1737562, 1737840, 1737853, 1738442, 1738443,
        1738739, 1738792, 1738801, 1740078, 1740124, 1740350, 1740356,
        1740384, 1740813, 1741149, 1741223, 1741225, 1742510]
CHARS = {1736730: 728, 1737105: 1406, 1737562: 565, 1737840: 1018, 1737853: 1351, 1738442: 1259, 1738443: 570,
         1738739: 1576, 1738792: 713, 1738801: 445, 1740078: 744, 1740124: 503, 1740350: 1381, 1740356: 757,
         1740384: 1389, 1740813: 728, 1741149: 1332, 1741223: 609, 1741225: 500, 1742510: 760}


def path(doc):
    return "putian_gov/zwgk/ptdt/xqdt/202207/%d/page.txt" % doc


def extract(text):
    head, body = text.split("\n正文:\n", 1)
    f = {}
    for line in head.split("\n"):
        if ": " in line and not line.startswith(" "):
            k, v = line.split(": ", 1)
            f[k] = v
    assert f["栏目"] == "县区动态"
    return dict(title=f["标题"], date=f["发布时间"], org=f["发布机构"],
                paras=[l.strip() for l in body.split("\n") if l.strip()])


def main():
    a = sys.argv[1:]
    src = a[a.index("--src") + 1]
    out = {}
    for d in DOCS:
        p = os.path.join(src, "%d.txt" % d)
        if not os.path.exists(p):
            p = os.path.join(src, path(d))
        t = open(p, encoding="utf-8").read()
        assert len(t.rstrip("\n")) == CHARS[d], (d, len(t))
        r = extract(t)
        assert r["org"] == "湄洲日报"
        out[str(d)] = dict(path=path(d), commit=COMMIT, chars=CHARS[d], **r)
    rj = os.path.join(HERE, "records.json")
    if "--check" in a:
        old = json.load(open(rj, encoding="utf-8"))
        print("same" if old == out else "DIFFERENT")
    else:
        json.dump(out, open(rj, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print(len(out), "records written")


if __name__ == "__main__":
    main()
