#!/usr/bin/env python3
"""Rebuild every page of paragraph batch para17, byte for byte.

Usage: python3 tools-para17/build.py            (writes paragraph/<page>.txt)
       python3 tools-para17/build.py --check    (writes nothing; exit 1 if a byte would change)
       OUT_DIR=<dir> SRC_DIR=<dir> python3 tools-para17/build.py

Python 3 standard library only. The source files are not kept in this repository; NOTES.md says how to fetch
them into src/ (or point SRC_DIR at the folder holding them).

What is done to the sources, and nothing else:
  - 都市快报 (dskb): a page = every record of the crawl whose section_code is the page label, in the order of the
    article number in its relative_url (article_detail_2_<date><page><n>.html, n = 1, 2, ...: the e-paper's own
    numbering of the page's articles). Each record's `content` string is written as it is (its own line breaks,
    CR LF or LF, white space, indents kept); records are joined by one empty line ("\n\n"), and the page ends
    with "\n". The records' `title`, `author` and other fields are not written.
  - 光明日报 (gmrb): a page = every item of the JSON feed whose `title` starts with the page label (`02版`) and
    whose `url` is of the issue (nw.D110000gmrb_<yyyymmdd>_<n>-<page>.htm), in the order of the article number n
    (the e-paper's own numbering of the page's articles; the feed lists them n descending). Each item is written as its `title` field, a line break, and its `content_text` field as it
    is; items are joined by "\n", and the page ends with "\n". `content_html`, `url`, `id` are not written.
  - all pages UTF-8, no byte-order mark.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.environ.get('OUT_DIR') or os.path.join(ROOT, 'paragraph')
SRC = os.environ.get('SRC_DIR') or os.path.join(HERE, 'src')

DSKB_0329 = 'grill-glitch-hangzhou-daily-crawler__41200e2__dskb_2026-03-29.json'
DSKB_0404 = 'grill-glitch-hangzhou-daily-crawler__db3665d__data_dskb_2026-04-04.json'
GMRB_0104 = 'exposir-RSS__418796f__feeds_guangming.json'

PAGES = {
    'dskb-2026-03-29-pA02': ('dskb', DSKB_0329, 'A02'),
    'dskb-2026-03-29-pA03': ('dskb', DSKB_0329, 'A03'),
    'dskb-2026-03-29-pA04': ('dskb', DSKB_0329, 'A04'),
    'dskb-2026-04-04-pA02': ('dskb', DSKB_0404, 'A02'),
    'dskb-2026-04-04-pA04': ('dskb', DSKB_0404, 'A04'),
    'dskb-2026-04-04-pA07': ('dskb', DSKB_0404, 'A07'),
    'gmrb-2026-01-04-p01': ('gmrb', GMRB_0104, '01版', '20260104'),
    'gmrb-2026-01-04-p02': ('gmrb', GMRB_0104, '02版', '20260104'),
}

ARTICLE = re.compile(r'article_detail_2_(\d{8})([AB]\d\d)(\d+)\.html$')


def load(name):
    with open(os.path.join(SRC, name), encoding='utf-8') as f:
        return json.load(f)


def dskb_page(data, code):
    recs = []
    for a in data['articles']:
        if a['section_code'] != code:
            continue
        m = ARTICLE.search(a['relative_url'])
        assert m and m.group(2) == code, a['relative_url']
        recs.append((int(m.group(3)), a['content']))
    recs.sort()
    assert len({n for n, _ in recs}) == len(recs)
    return '\n\n'.join(c for _, c in recs) + '\n'


GM_URL = re.compile(r'gmrb_(\d{8})_(\d+)-(\d\d)\.htm$')


def gmrb_page(feed, label, date):
    recs = []
    for it in feed['items']:
        m = GM_URL.search(it['url'])
        assert m, it['url']
        if m.group(1) != date or not it['title'].startswith(label):
            continue
        assert m.group(3) + '版' == label[:3], it['url']
        recs.append((int(m.group(2)), it['title'] + '\n' + it['content_text']))
    assert recs
    recs.sort()
    assert len({n for n, _ in recs}) == len(recs)
    return '\n'.join(t for _, t in recs) + '\n'


def main():
    check = '--check' in sys.argv[1:]
    changed = 0
    cache = {}
    for page, (kind, src, label, *date) in sorted(PAGES.items()):
        if src not in cache:
            cache[src] = load(src)
        text = dskb_page(cache[src], label) if kind == 'dskb' else gmrb_page(cache[src], label, date[0])
        data = text.encode('utf-8')
        path = os.path.join(OUT, page + '.txt')
        old = open(path, 'rb').read() if os.path.exists(path) else None
        if old != data:
            changed += 1
            print(('would change ' if check else 'wrote ') + page)
            if not check:
                with open(path, 'wb') as f:
                    f.write(data)
        else:
            print('unchanged ' + page)
    sys.exit(1 if check and changed else 0)


if __name__ == '__main__':
    main()
