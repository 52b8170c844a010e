#!/usr/bin/env python3
"""Build the pages of the twenty-third Traditional batch (hant23) byte for byte.

Source (see ../traditional/SOURCES.md, hant23 section, and SPLIT.md here):
  repository kiang/www.tainan.gov.tw, files docs/data/YYYY/MM/YYYY-MM-DD_<s>.json: a crawler's archive of the
  Tainan City Government site (www.tainan.gov.tw), one JSON file per item with published, title, department,
  url, content, tags. Only items of the news list 市政新聞 (url `News_Content.aspx?n=13370&s=<s>`) are used.
  Every file is read at the snapshot HEAD (SNAPSHOT below), its newest version.

The source files are not kept here. `records.json` holds, for every item used, the lines this script lays out,
with its path, published date, the blob read and the last commit that changed the file. With a clone of the
repository (--git CLONE) the records are re-extracted and --check also compares them with records.json.

How an item becomes lines:
  line 1 the item's `title` (ends stripped); then `content` (the crawler already stripped the tags and made every
  `</p>` a newline) fed to an HTML parser (html.parser, character references such as &times; &rarr; &middot;
  decoded; any tag would be an error) and cut at its newlines; U+00A0 made a space, ends stripped, empty pieces
  dropped. Nothing else is changed. The date, department field, tags and link are not printed.

Usage:
  python3 build.py                 write the pages into OUT
  python3 build.py --check         write nothing; fail if a page (or, with --git, a record) would change
  python3 build.py --list          numbered listing of every page (for writing and reading the gold)
  python3 build.py --git CLONE --records   rewrite records.json from the repository
"""
import json, os, subprocess, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'traditional')
RECORDS = os.path.join(HERE, 'records.json')
SNAPSHOT = 'b98fae157d895512abdea52368c1e002e22fa75b'

# name: (date, item numbers s in page order, blank-line style, encoding, newline) -- fixed in SPLIT.md
PAGES = {
    'tw-tainangov-2025-03-07': ('2025-03-07', [8727507, 8727515, 8727547, 8727595, 8727601, 8727609, 8727656,
                                               8727699], 'none', 'utf-8', '\n'),
    'tw-tainangov-2025-05-01': ('2025-05-01', [8739576, 8739659, 8739661, 8739665, 8739667, 8739735, 8739754,
                                               8739766, 8739792], 'all', 'utf-8', '\n'),
    'tw-tainangov-2025-07-02': ('2025-07-02', [8752196, 8752249, 8752261, 8752267, 8752276, 8752325, 8752447,
                                               8752495, 8752496], 'articles', 'utf-8-sig', '\n'),
    'tw-tainangov-2025-09-06': ('2025-09-06', [8766636, 8766637, 8766642, 8766646, 8766647, 8766649, 8766650,
                                               8766651], 'articles', 'big5hkscs', '\n'),
    'tw-tainangov-2025-11-04': ('2025-11-04', [8777575, 8777586, 8777730, 8777759, 8777770, 8777817, 8777820,
                                               8777822, 8777849], 'none', 'utf-8', '\r\n'),
    'tw-tainangov-2026-01-02': ('2026-01-02', [8789038, 8789058, 8789091, 8789102, 8789130, 8789163, 8789170,
                                               8789195], 'none', 'utf-8', '\n'),
}


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        raise ValueError('tag in content: ' + tag)

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        raise ValueError('end tag in content: ' + tag)

    def handle_data(self, data):
        self.parts.append(data)

    def text(self):
        self.close()
        return ''.join(self.parts)


def item_lines(d):
    t = Text()
    t.feed(d['content'])
    pieces = [p.replace('\u00a0', ' ').strip() for p in t.text().split('\n')]
    title = d['title'].replace('\u00a0', ' ').strip()
    return [title] + [p for p in pieces if p]


def git(repo, *args):
    return subprocess.run(['git', '-C', repo] + list(args), capture_output=True, text=True, check=True).stdout


def extract_from_git(repo):
    recs = {}
    for name, (date, keys, *_rest) in PAGES.items():
        for s in keys:
            path = f'docs/data/{date[:4]}/{date[5:7]}/{date}_{s}.json'
            blob = git(repo, 'rev-parse', f'{SNAPSHOT}:{path}').strip()
            d = json.loads(git(repo, 'show', f'{SNAPSHOT}:{path}'))
            assert d['url'].endswith(f'News_Content.aspx?n=13370&s={s}'), d['url']
            assert d['published'] == date, (path, d['published'])
            commit = git(repo, 'log', '-1', '--format=%H', SNAPSHOT, '--', path).strip()
            recs[str(s)] = {'path': path, 'published': d['published'], 'url': d['url'], 'blob': blob,
                            'commit': commit, 'lines': item_lines(d)}
    return recs


def page_text(name, recs):
    date, keys, blank, enc, nl = PAGES[name]
    out = []
    for i, s in enumerate(keys):
        lines = recs[str(s)]['lines']
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
    date, keys, blank, enc, nl = PAGES[name]
    text = page_text(name, recs)
    if enc == 'big5hkscs':
        data = text.encode('big5hkscs')
        assert data.decode('big5hkscs') == text, name
        r = subprocess.run(['iconv', '-f', 'BIG5-HKSCS', '-t', 'UTF-8'], input=data, capture_output=True)
        if r.returncode == 0:
            assert r.stdout.decode('utf-8') == text, name + ': iconv decodes differently'
        return data
    return text.encode(enc)


def main():
    args = sys.argv[1:]
    from_src = '--git' in args
    recs = extract_from_git(args[args.index('--git') + 1]) if from_src else json.load(open(RECORDS, encoding='utf-8'))
    if '--records' in args:
        assert from_src, 'no source (--git CLONE)'
        with open(RECORDS, 'w', encoding='utf-8') as f:
            json.dump(recs, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('wrote', RECORDS)
        return
    bad = 0
    if from_src and '--check' in args:
        if json.load(open(RECORDS, encoding='utf-8')) != recs:
            print('records.json differs from the records extracted from the sources')
            bad += 1
        else:
            print('ok records.json')
    for name in sorted(PAGES):
        path = os.path.join(OUT, name + '.txt')
        if '--list' in args:
            text = page_text(name, recs).replace('\r\n', '\n')
            print('=' * 20, name)
            for i, l in enumerate(text.split('\n')[:-1], 1):
                print(f'{i:4d} {l}')
            continue
        data = page_bytes(name, recs)
        if '--check' in args:
            if not os.path.exists(path) or open(path, 'rb').read() != data:
                print('DIFFERS', path)
                bad += 1
            else:
                print('ok', name, len(data), 'bytes')
        else:
            os.makedirs(OUT, exist_ok=True)
            open(path, 'wb').write(data)
            print('wrote', path, len(data), 'bytes')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
