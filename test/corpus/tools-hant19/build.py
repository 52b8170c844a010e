#!/usr/bin/env python3
"""Build the pages of the nineteenth Traditional batch (hant19) byte for byte.

Sources (see ../traditional/SOURCES.md, hant19 section, and SPLIT.md here):
  CNYES = repository erictseng47/Stock, file Store/cnyes_news.csv (commit 2488475c0685a8944229c88ed0d9e95f8767cfbb,
          blob d55abab58efbbb3326d4490fcfe8a94c749b0e7e): the project's crawl of 鉅亨網 (news.cnyes.com) items of
          2024-10-02..07 through the site's news-list API, one article a row
          (newsId, url, title, content, summary, keyword, publishAt, categoryName, categoryId);
          `content` is the article's HTML with its markup escaped (`&lt;p&gt;…`).
  CTEE  = repository Henry-chou0728/ctee, file ctee_news.csv (commit 15f94fab10a1058282c5d5b03e0643356d936420,
          blob a74b944476cda69f7942a9a42b11e89eca058499): a Playwright crawl of the first ten items of
          工商時報 (ctee.com.tw) 國際 list on 2025-09-18 (標題, 時間, 聯結, 內文; the paragraphs joined by newlines).

The source files are not kept (no licence stated). `records.json` holds, for every record used, the lines this
script lays out; with the source files present in SRC (or --src DIR) the records are re-extracted from them and
--check also compares them with records.json.

How a record becomes lines:
  CNYES: line 1 the `title` (ends stripped); then the `content` HTML (unescaped once, then read as HTML) cut at
         every block tag (p, h1-h6, ul/ol/li, figure/figcaption, div, table/tr/td/th, blockquote, hr, br); inline
         tags (a, span, em, strong, b, i, sup, sub) removed keeping their text; img gives nothing; entities decoded,
         U+00A0 made a space, ends stripped, empty pieces dropped. Nothing else is changed.
  CTEE:  line 1 `標題`, line 2 `時間` (the date line the site prints under the headline, ends stripped), then
         `內文` split at its newlines (ends stripped, empty pieces dropped). The link is not printed.

Usage:
  python3 build.py            write the pages into OUT
  python3 build.py --check    write nothing; fail if a page (or, with sources, a record) would change
  python3 build.py --list     numbered listing of every page (for writing and reading the gold)
  python3 build.py --records  rewrite records.json from the sources
"""
import csv, html, json, os, subprocess, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'traditional')
SRC = os.path.join(HERE, 'src')
RECORDS = os.path.join(HERE, 'records.json')

CNYES_FILE = 'cnyes_news.csv'
CNYES_BLOB = 'd55abab58efbbb3326d4490fcfe8a94c749b0e7e'
CTEE_FILE = 'ctee_news.csv'
CTEE_BLOB = 'a74b944476cda69f7942a9a42b11e89eca058499'

# name: (source, 0-based data rows in page order, blank-line style, encoding, newline) -- rows fixed in SPLIT.md
PAGES = {
    'tw-cnyes-2024-10-03-1': ('CNYES', list(range(0, 8)), 'none', 'utf-8', '\n'),
    'tw-cnyes-2024-10-03-2': ('CNYES', list(range(11, 19)), 'all', 'utf-8', '\n'),
    'tw-cnyes-2024-10-05': ('CNYES', list(range(30, 38)), 'articles', 'utf-8-sig', '\n'),
    'tw-cnyes-2024-10-06': ('CNYES', list(range(60, 68)), 'none', 'utf-8', '\r\n'),
    'tw-cnyes-2024-10-07-1': ('CNYES', list(range(74, 82)), 'articles', 'big5hkscs', '\n'),
    'tw-cnyes-2024-10-07-2': ('CNYES', list(range(82, 90)), 'all', 'utf-8', '\n'),
    'tw-ctee-2025-09-18': ('CTEE', list(range(0, 10)), 'none', 'utf-8', '\n'),
}

BLOCK = {'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'figure', 'figcaption', 'div', 'table',
         'thead', 'tbody', 'tr', 'td', 'th', 'blockquote', 'hr', 'br'}
INLINE = {'a', 'span', 'em', 'strong', 'b', 'i', 'sup', 'sub', 'u', 'img'}
EXCLUDED_CATEGORIES = {'雜誌', '台股營收', '美股預估', '專家觀點'}


class Blocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces, self.cur = [], []

    def cut(self):
        self.pieces.append(''.join(self.cur))
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.cut()
        else:
            assert tag in INLINE, tag

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.cut()
        else:
            assert tag in INLINE, tag

    def handle_data(self, data):
        self.cur.append(data)

    def lines(self):
        self.close()
        self.cut()
        out = [p.replace('\u00a0', ' ').strip() for p in self.pieces]
        return [l for l in out if l]


def cnyes_lines(row):
    b = Blocks()
    b.feed(html.unescape(row['content']))
    return [row['title'].strip()] + b.lines()


def read_csv(path):
    csv.field_size_limit(10 ** 9)
    with open(path, encoding='utf-8-sig', newline='') as f:
        return list(csv.DictReader(f))


def extract(src_dir):
    recs = {'CNYES': {}, 'CTEE': {}}
    rows = read_csv(os.path.join(src_dir, CNYES_FILE))
    assert len(rows) == 105
    for name, (src, keys, *_) in PAGES.items():
        for k in keys:
            if src == 'CNYES':
                r = rows[k]
                assert r['categoryName'] not in EXCLUDED_CATEGORIES, (k, r['categoryName'])
                recs['CNYES'][str(k)] = {'newsId': r['newsId'], 'publishAt': r['publishAt'],
                                         'category': r['categoryName'], 'lines': cnyes_lines(r)}
    rows = read_csv(os.path.join(src_dir, CTEE_FILE))
    assert len(rows) == 10 and list(rows[0]) == ['標題', '時間', '聯結', '內文'], list(rows[0])
    for k, r in enumerate(rows):
        body = [l.strip() for l in r['內文'].split('\n')]
        recs['CTEE'][str(k)] = {'url': r['聯結'], 'lines': [r['標題'].strip(), r['時間'].strip()] +
                                [l for l in body if l]}
    return recs


def page_text(name, recs):
    src, keys, blank, enc, nl = PAGES[name]
    out = []
    for i, k in enumerate(keys):
        lines = recs[src][str(k)]['lines']
        if blank == 'none':
            out += lines
        elif blank == 'all':
            for l in lines:
                out += [l, '']
        elif blank == 'articles':
            if i:
                out.append('')
            out += lines
        else:
            raise ValueError(blank)
    while out and out[-1] == '':
        out.pop()
    return nl.join(out) + nl


def page_bytes(name, recs):
    src, keys, blank, enc, nl = PAGES[name]
    text = page_text(name, recs)
    if enc == 'big5hkscs':
        data = text.encode('big5hkscs')
        assert data.decode('big5hkscs') == text, name
        try:
            r = subprocess.run(['iconv', '-f', 'BIG5-HKSCS', '-t', 'UTF-8'], input=data, capture_output=True)
            if r.returncode == 0:
                assert r.stdout.decode('utf-8') == text, name + ': iconv decodes differently'
        except FileNotFoundError:
            pass
        return data
    return text.encode(enc)


def load_records(args):
    src_dir = args[args.index('--src') + 1] if '--src' in args else SRC
    if os.path.exists(os.path.join(src_dir, CNYES_FILE)) and os.path.exists(os.path.join(src_dir, CTEE_FILE)):
        return extract(src_dir), True
    return json.load(open(RECORDS, encoding='utf-8')), False


def main():
    args = sys.argv[1:]
    recs, from_src = load_records(args)
    if '--records' in args:
        assert from_src, 'no source files'
        with open(RECORDS, 'w', encoding='utf-8') as f:
            json.dump(recs, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('wrote', RECORDS)
        return
    bad = 0
    if from_src and os.path.exists(RECORDS) and '--check' in args:
        if json.load(open(RECORDS, encoding='utf-8')) != recs:
            print('records.json differs from the records extracted from the sources'); bad += 1
    for name in sorted(PAGES):
        path = os.path.join(OUT, name + '.txt')
        data = page_bytes(name, recs)
        if '--list' in args:
            text = page_text(name, recs).replace('\r\n', '\n')
            print('=' * 20, name)
            for i, l in enumerate(text.split('\n')[:-1], 1):
                print(f'{i:4d} {l}')
            continue
        if '--check' in args:
            if not os.path.exists(path) or open(path, 'rb').read() != data:
                print('DIFFERS', path); bad += 1
            else:
                print('ok', name, len(data), 'bytes')
        else:
            os.makedirs(OUT, exist_ok=True)
            open(path, 'wb').write(data)
            print('wrote', path, len(data), 'bytes')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
