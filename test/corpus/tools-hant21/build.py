#!/usr/bin/env python3
"""Build the pages of the twenty-first Traditional batch (hant21) byte for byte.

Source (see ../traditional/SOURCES.md, hant21 section, and SPLIT.md here):
  repository raileo98/testing, files hk_newsGovHK_*.rss: a GitHub-Actions mirror of the fifteen section RSS feeds
  of 香港政府新聞網 news.gov.hk (Chinese edition), re-committed every few minutes (about 3,580 versions each,
  2024-01 .. 2024-05-26), each holding the section's latest fifteen items. Each item's <description> is the
  story's full text as HTML in a CDATA section. An item can stand in several section feeds.
  For every item used, the newest version that holds it is read: walking the commits that changed one of the
  feeds, newest first (and, within a commit, the changed feeds by file name), the first version holding its
  <guid>.

The source files are not kept (no licence stated). `records.json` holds, for every item used, the lines this
script lays out, with its guid, pubDate, the feed and commit read. With a clone of the repository
(--git CLONE) the records are re-extracted and --check also compares them with records.json.

How an item becomes lines:
  line 1 the item's <title> (ends stripped); then <description> (the CDATA text) read as HTML and cut at every
  block tag (p, div, br, h1-h6, ul/ol/li, figure/figcaption, blockquote, table tags); inline tags (a, span,
  strong, b, em, i, u, sup, sub, font) removed keeping their text; img gives nothing; entities decoded, U+00A0
  made a space, ends stripped, empty pieces (the site's `<p> </p>` spacers) dropped. Nothing else is changed.
  The item's date and link are not printed.

Usage:
  python3 build.py                 write the pages into OUT
  python3 build.py --check         write nothing; fail if a page (or, with --git, a record) would change
  python3 build.py --list          numbered listing of every page (for writing and reading the gold)
  python3 build.py --git CLONE --records   rewrite records.json from the repository
"""
import json, os, re, subprocess, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'traditional')
RECORDS = os.path.join(HERE, 'records.json')
PREFIX = 'hk_newsGovHK_'

# name: (item stamps in page order, blank-line style, encoding, newline) -- fixed in SPLIT.md
PAGES = {
    'hk-newsgov-2024-04-14': (['20240412_105648_970', '20240414_103433_681', '20240414_110313_257',
                               '20240414_114933_045', '20240414_220409_825'], 'none', 'utf-8', '\n'),
    'hk-newsgov-2024-04-23': (['20240423_102125_910', '20240423_102149_190', '20240423_102214_441',
                               '20240423_102250_708', '20240423_124959_524', '20240423_150617_453',
                               '20240423_163212_756', '20240423_170149_630', '20240423_185423_034',
                               '20240423_190127_010', '20240423_200744_010', '20240423_200856_361'],
                              'all', 'utf-8', '\n'),
    'hk-newsgov-2024-04-28': (['20240426_152713_882', '20240428_104353_262', '20240428_110545_107',
                               '20240428_132025_942', '20240428_154734_346', '20240428_172711_693',
                               '20240428_183703_149'], 'articles', 'utf-8-sig', '\n'),
    'hk-newsgov-2024-05-05': (['20240502_184910_759', '20240505_101013_418', '20240505_115108_827',
                               '20240505_144630_743', '20240505_164348_041'], 'none', 'utf-8', '\r\n'),
    'hk-newsgov-2024-05-21': (['20240521_101402_208', '20240521_101509_250', '20240521_113742_542',
                               '20240521_123449_408', '20240521_130845_693', '20240521_145920_328',
                               '20240521_150627_569', '20240521_170314_398', '20240521_170414_584',
                               '20240521_170732_132', '20240521_191828_095', '20240521_202759_773',
                               '20240521_214934_934'], 'articles', 'big5hkscs', '\n'),
}

BLOCK = {'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'figure', 'figcaption',
         'blockquote', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'hr'}
INLINE = {'a', 'span', 'strong', 'b', 'em', 'i', 'u', 'sup', 'sub', 'font', 'img'}


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

    handle_startendtag = handle_starttag

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


def items_of(text):
    out = {}
    for it in text.split('<item>')[1:]:
        guid = re.search(r'<guid[^>]*>\s*(.*?)\s*</guid>', it, re.S).group(1)
        out[guid] = it
    return out


def stamp(guid):
    return re.search(r'/(\d{8}_\d{6}_\d{3})\.html$', guid).group(1)


def item_record(guid, it, feed, commit):
    title = re.search(r'<title>\s*(.*?)\s*</title>', it, re.S).group(1)
    assert '&' not in title and '<' not in title, title
    pub = re.search(r'<pubDate>\s*(.*?)\s*</pubDate>', it, re.S).group(1)
    desc = re.search(r'<description>\s*<!\[CDATA\[(.*?)\]\]>\s*</description>', it, re.S).group(1)
    b = Blocks()
    b.feed(desc)
    return {'guid': guid, 'pubDate': pub, 'feed': feed, 'commit': commit, 'lines': [title.strip()] + b.lines()}


def extract_from_git(repo):
    feeds = sorted(f for f in subprocess.run(['git', '-C', repo, 'ls-tree', '--name-only', 'HEAD'],
                                             capture_output=True, text=True, check=True).stdout.split()
                   if f.startswith(PREFIX) and f.endswith('.rss'))
    log = subprocess.run(['git', '-C', repo, 'log', '--format=C %H', '--raw', '--no-abbrev', '--'] + feeds,
                         capture_output=True, text=True, check=True).stdout
    want = {k for keys, *_ in PAGES.values() for k in keys}
    recs, commit = {}, None
    cat = subprocess.Popen(['git', '-C', repo, 'cat-file', '--batch'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    for line in log.splitlines():
        if line.startswith('C '):
            commit = line.split()[1]
            continue
        if not line.startswith(':'):
            continue
        meta, path = line.split('\t')
        blob = meta.split()[3]
        if blob == '0' * 40:
            continue
        cat.stdin.write((blob + '\n').encode())
        cat.stdin.flush()
        size = int(cat.stdout.readline().split()[2])
        text = cat.stdout.read(size).decode('utf-8')
        cat.stdout.read(1)
        for guid, it in items_of(text).items():
            k = stamp(guid)
            if k in want and k not in recs:
                recs[k] = item_record(guid, it, path, commit)
        if len(recs) == len(want):
            break
    cat.stdin.close()
    cat.wait()
    assert len(recs) == len(want), sorted(want - set(recs))
    return {k: recs[k] for keys, *_ in PAGES.values() for k in keys}


def page_text(name, recs):
    keys, blank, enc, nl = PAGES[name]
    out = []
    for i, k in enumerate(keys):
        lines = recs[k]['lines']
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
    keys, blank, enc, nl = PAGES[name]
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
