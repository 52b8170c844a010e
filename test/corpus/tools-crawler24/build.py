#!/usr/bin/env python3
"""Cut the pages of crawler batch 24 from their sources (byte-exact runs of whole records, nothing changed).

Sources are not kept here (see NOTES.md): put each blob into `src/` under the name below (or give --src DIR).
`python3 build.py` writes the pages into ../crawler/; `python3 build.py --check` compares.

A page is physical lines a..b of one source file, each line with its own LF; (None, None) = the whole file as is.
"""
import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(os.path.dirname(HERE), 'crawler')

BLOBS = {
    # Harlan2001/Sentiment_Analysis data/news.jsonl at 749e4e1aaf98963ff853355c4cbf098f69fa7d18
    'news.jsonl@749e4e1a': '2a6149a6245f4a837c8c0b16d42d3f77a0f69df0',
    # Weiliyoung/uninews_spider output.json at f1e459a560ffed88dcd251dc36d9d887c790d230
    'output.json@f1e459a5': '2242d2d0d85ea46efae439e22391392103ae9ef0',
    # Weiliyoung/uninews_spider output.json at 03917d6dd0f6f0784803ad2d4e8df36fdee560eb
    'output.json@03917d6d': 'dda8c1757770817ea6b2401c1069fb4eb870ce6c',
}
# page: (source, first line, last line)
CUTS = {
    'cls-2025-empty-records-summary.jsonl': ('news.jsonl@749e4e1a', 1, 18),
    'gdhsc-2024-title-only-array.json': ('output.json@f1e459a5', None, None),
    'gzucm-2024-merge-conflict-html.json': ('output.json@03917d6d', 393, 424),
    'scnu-2024-concatenated-arrays.json': ('output.json@03917d6d', 1, 29),
}


def git_blob_id(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def build(src):
    raw = {}
    for name, blob in BLOBS.items():
        d = open(os.path.join(src, name), 'rb').read()
        assert git_blob_id(d) == blob, (name, 'blob id differs')
        assert b'\r' not in d, name
        raw[name] = d
    pages = {}
    for page, (name, a, b) in CUTS.items():
        if a is None:
            out = raw[name]
            json.loads(out.decode('utf-8'))          # the whole file is one JSON array
        else:
            ls = raw[name].split(b'\n')
            out = b''.join(l + b'\n' for l in ls[a - 1:b])
            assert len(out.split(b'\n')) - 1 == b - a + 1
            # the cut ends at a whole record: the last line is an object with nothing after it
            last = out.decode('utf-8').split('\n')[-2]
            obj, end = json.JSONDecoder().raw_decode(last)
            assert last[end:] == '' and isinstance(obj, dict), (page, last[end:])
            if a > 1:   # and starts at a line that is no record's continuation
                assert not ls[a - 2].decode('utf-8').endswith(','), page
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
