#!/usr/bin/env python3
"""Cut the pages of crawler batch 19 from their sources (byte-exact runs of records).

Sources are not kept here: put each blob named in NOTES.md into `src/` (or give --src DIR).
`python3 build.py` writes the pages into ../crawler/; `python3 build.py --check` compares.

- hebeiedu: physical lines 1-425 of the CSV = header + records 1-12 (quoted multi-line cells).
- hunannea: lines 1-16 of the JSON Lines file = records 1-16.
- taoyuanpolice: lines 1-129 (`[` + objects 1-16, 8 lines each) with the comma after object 16
  dropped and the source's own ending `\n]` (no final newline) appended. Marked ✎ in SOURCES.md.
- wenyibao: lines 12-35 of the JSON Lines file = records 12-35.
"""
import argparse
import csv
import hashlib
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(os.path.dirname(HERE), 'crawler')

BLOBS = {
    'hebei.csv': '006b56cc258670a652cf008d14df63f529a24b06',
    'hunb.jsonl': 'be0a0fdb889c1ae0fabba10fd086e2622472dfd0',
    'taoyuan.json': '8832bc3808303db4a3320aec35b25274cd8be640',
    'wyb.jsonl': 'd28fb433e3e06f9d5b09e211bfff658babafbd7a',
}


def git_blob_id(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def lines_keep(data, first, last):
    """Physical lines first..last (1-based, inclusive), each with its own LF."""
    ls = data.split(b'\n')
    if data.endswith(b'\n'):
        ls = ls[:-1]
    out = b'\n'.join(ls[first - 1:last])
    if last < len(ls) or data.endswith(b'\n'):
        out += b'\n'
    return out


def build(src):
    raw = {}
    for name, blob in BLOBS.items():
        d = open(os.path.join(src, name), 'rb').read()
        assert git_blob_id(d) == blob, (name, 'blob id differs')
        raw[name] = d
    pages = {}

    d = raw['hebei.csv']
    page = lines_keep(d, 1, 425)
    rows = list(csv.reader(io.StringIO(page.decode('utf-8'))))
    allrows = list(csv.reader(io.StringIO(d.decode('utf-8'))))
    assert rows == allrows[:13], 'hebei: header + records 1-12 whole'
    pages['hebeiedu-2023-student-aid-multiline.csv'] = page

    d = raw['hunb.jsonl']
    page = lines_keep(d, 1, 16)
    assert [json.loads(l) for l in page.decode().splitlines()] == [json.loads(l) for l in d.decode().splitlines()[:16]]
    pages['hunannea-2025-span-title-lines.jsonl'] = page

    d = raw['taoyuan.json']
    assert d.endswith(b'    }\n]'), 'taoyuan: source ending'
    head = lines_keep(d, 1, 129)
    assert head.endswith(b'    },\n')
    page = head[:-2] + b'\n]'
    assert json.loads(page) == json.loads(d)[:16]
    pages['taoyuanpolice-2025-capitalized-keys.json'] = page

    d = raw['wyb.jsonl']
    page = lines_keep(d, 12, 35)
    assert [json.loads(l) for l in page.decode().splitlines()] == [json.loads(l) for l in d.decode().splitlines()[11:35]]
    pages['wenyibao-2026-summary-split-titles.jsonl'] = page
    return pages


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--check', action='store_true')
    ap.add_argument('--src', default=os.path.join(HERE, 'src'))
    a = ap.parse_args()
    pages = build(a.src)
    bad = 0
    for name, data in pages.items():
        path = os.path.join(PAGES, name)
        if a.check:
            ok = os.path.exists(path) and open(path, 'rb').read() == data
            print(('ok   ' if ok else 'DIFF ') + name)
            bad += not ok
        else:
            open(path, 'wb').write(data)
            print('wrote', name, len(data), 'bytes')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
