#!/usr/bin/env python3
"""Cut the pages of crawler batch 23 from their sources (byte-exact runs of whole JSON Lines records).

Sources are not kept here: put each blob named in NOTES.md into `src/` (or give --src DIR).
`python3 build.py` writes the pages into ../crawler/; `python3 build.py --check` compares.

Each page is physical lines a..b of one result file, each line with its own LF, nothing changed.
"""
import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(os.path.dirname(HERE), 'crawler')

BLOBS = {
    'xzw_xw-yc-0927.json': '236b57a0894a5b0bd666331e62c219c5fdd56ff4',
    'xzw_xw_zqdt-0927.json': 'ad5c4fd2b2d6324876e129de4e9c8cedacecd76a',
    'xzzx_bwyc-0926.json': 'b0c43ca4a6e2e4c56ee39ad7aea5a04e0c7a4535',
    'xzzx_xgbd-0926.json': 'a5da08e8bc82525aad934894c495cd319f32272e',
}
# page: (source, first line, last line)
CUTS = {
    'tibetcn-2018-labelled-time-source.jsonl': ('xzw_xw-yc-0927.json', 25, 40),
    'tibetcnzqdt-2018-regional-outlets.jsonl': ('xzw_xw_zqdt-0927.json', 3, 18),
    'tibetol-2018-crlf-author-in-source.jsonl': ('xzzx_bwyc-0926.json', 1, 16),
    'tibetolxgbd-2018-nbsp-source-author.jsonl': ('xzzx_xgbd-0926.json', 1, 16),
}


def git_blob_id(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build(src):
    raw = {}
    for name, blob in BLOBS.items():
        d = open(os.path.join(src, name), 'rb').read()
        assert git_blob_id(d) == blob, (name, 'blob id differs')
        assert d.endswith(b'\n') and b'\r' not in d, name
        raw[name] = d
    pages = {}
    for page, (name, a, b) in CUTS.items():
        ls = raw[name].split(b'\n')[:-1]
        out = b''.join(l + b'\n' for l in ls[a - 1:b])
        assert len(out.split(b'\n')) - 1 == b - a + 1
        assert [json.loads(l) for l in out.decode('utf-8').splitlines()] == \
            [json.loads(l) for l in raw[name].decode('utf-8').splitlines()[a - 1:b]]
        pages[page] = out
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
