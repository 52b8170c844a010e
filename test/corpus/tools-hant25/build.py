#!/usr/bin/env python3
"""Build the pages of the twenty-fifth Traditional batch (hant25) byte for byte.

Source (see ../traditional/SOURCES.md, hant25 section, and SPLIT.md here):
  repository john-fb-agent/govmo-news, files data/processed/2026/04/DD.json: an archive of the RSS feed of the
  Macau SAR Government Information Bureau (澳門特別行政區政府新聞局, GCS; feed govinfohub.gcs.gov.mo/api/rss/n/zh-hant),
  one JSON array a day, one record per news item with title, link, guid, published, published_parsed, summary (the
  item's full text as HTML), fetched_at. Every file is read at the snapshot HEAD (SNAPSHOT below). The repository
  states no licence (its README says the news content is the Information Bureau's).

The source files are not kept here. `records.json` holds, for every item used, the lines this script lays out,
with its guid, published time, the blob read and the last commit that changed the file. With a clone of the
repository (--git CLONE) the records are re-extracted and --check also compares them with records.json.

How an item becomes lines:
  the item's `title` cut at its line breaks (a few titles hold a CR LF: the site sets the headline on two lines),
  each piece a line; then its `summary` read as HTML and cut at every block tag (p, div, br, headings, list and
  table tags: ul, ol, li, table, tbody, thead, tr, td, th, blockquote, figure, figcaption); inline tags (strong,
  span, a, em, b, u, i, sup, sub, font, img) removed keeping their text; character references decoded; U+00A0 made
  a space; every piece's ends stripped; empty pieces dropped. Nothing else changed; link, dates and guid are not
  printed.

Usage:
  python3 build.py                 write the pages into OUT
  python3 build.py --check         write nothing; fail if a page (or, with --git, a record) would change
  python3 build.py --list          numbered listing of every page (for writing and reading the gold)
  python3 build.py --git CLONE --records   rewrite records.json from the repository
"""
import html.parser, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'traditional')
RECORDS = os.path.join(HERE, 'records.json')
SNAPSHOT = '06b58b43640e6866c7e8836f41ba2fc79a4ceaab'

# name: (archive file, blank-line style, encoding, newline) -- fixed in SPLIT.md
PAGES = {
    'mo-gcs-2026-04-13': ('data/processed/2026/04/13.json', 'none', 'utf-8', '\n'),
    'mo-gcs-2026-04-14': ('data/processed/2026/04/14.json', 'all', 'utf-8', '\n'),
    'mo-gcs-2026-04-15': ('data/processed/2026/04/15.json', 'articles', 'utf-8-sig', '\n'),
    'mo-gcs-2026-04-16': ('data/processed/2026/04/16.json', 'all', 'utf-8-sig', '\r\n'),
    'mo-gcs-2026-04-17': ('data/processed/2026/04/17.json', 'none', 'utf-8', '\r\n'),
}

BLOCK = {'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'tbody', 'thead', 'tfoot',
         'tr', 'td', 'th', 'blockquote', 'figure', 'figcaption'}
INLINE = {'strong', 'span', 'a', 'em', 'b', 'u', 'i', 'sup', 'sub', 'font', 'img'}


class Cutter(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces, self.cur = [], []

    def cut(self):
        self.pieces.append(''.join(self.cur))
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.cut()
        elif tag not in INLINE:
            raise ValueError('unknown tag ' + tag)

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.cut()
        elif tag not in INLINE:
            raise ValueError('unknown tag ' + tag)

    def handle_data(self, data):
        self.cur.append(data)


def clean(s):
    return s.replace('\u00a0', ' ').strip()


def item_lines(d):
    head = [clean(t) for t in d['title'].replace('\r\n', '\n').split('\n') if clean(t)]
    c = Cutter()
    c.feed(d['summary'])
    c.close()
    c.cut()
    body = [clean(p) for p in c.pieces if clean(p)]
    assert head and body, d['guid']
    return head, body


def git(repo, *args):
    return subprocess.run(['git', '--git-dir', repo] + list(args), capture_output=True, text=True,
                          check=True).stdout


def extract_from_git(repo):
    recs = {}
    for name, (path, *_rest) in PAGES.items():
        blob = git(repo, 'rev-parse', f'{SNAPSHOT}:{path}').strip()
        commit = git(repo, 'log', '-1', '--format=%H', SNAPSHOT, '--', path).strip()
        items = json.loads(git(repo, 'show', f'{SNAPSHOT}:{path}'))
        # page order: the items' `published` time, ascending (the order the site posted them); ties keep file order
        order = sorted(range(len(items)), key=lambda k: (items[k]['published'], k))
        out = []
        for k in order:
            d = items[k]
            head, body = item_lines(d)
            out.append({'guid': d['guid'], 'published': d['published'], 'file_index': k, 'head': head,
                        'lines': head + body})
        recs[name] = {'path': path, 'blob': blob, 'commit': commit, 'items': out}
    return recs


def page_text(name, recs):
    path, blank, enc, nl = PAGES[name]
    out = []
    for n, it in enumerate(recs[name]['items']):
        lines = it['lines']
        if blank == 'none':
            out += lines
        elif blank == 'all':
            for l in lines:
                out += [l, '']
        elif blank == 'articles':
            if n:
                out.append('')
            out += lines
        else:
            raise ValueError(blank)
    while out and out[-1] == '':
        out.pop()
    return nl.join(out) + nl


def page_bytes(name, recs):
    path, blank, enc, nl = PAGES[name]
    text = page_text(name, recs)
    if enc in ('big5', 'big5hkscs'):
        data = text.encode(enc)
        assert data.decode(enc) == text, name
        assert data.decode('big5hkscs') == text, name + ': Big5-HKSCS decodes differently'
        r = subprocess.run(['iconv', '-f', 'BIG5-HKSCS' if enc == 'big5hkscs' else 'BIG5', '-t', 'UTF-8'],
                           input=data, capture_output=True)
        assert r.returncode == 0 and r.stdout.decode('utf-8') == text, name + ': iconv decodes differently'
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
