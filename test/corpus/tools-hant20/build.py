#!/usr/bin/env python3
"""Build the pages of the twentieth Traditional batch (hant20) byte for byte.

Source (see ../traditional/SOURCES.md, hant20 section, and SPLIT.md here):
  repository raileo98/testing, file hk_theWitness.rss: a GitHub-Actions mirror of the RSS feed of
  法庭線 The Witness (thewitnesshk.com, a Hong Kong court-news site), re-committed every few minutes,
  362 versions (2024-04-20 .. 2024-05-26), each holding the feed's latest ten items. Each item's
  <content:encoded> is the full article HTML (entity-escaped in the XML).
  For every item used, the newest version of the file that holds it (found by its <guid>) is read.

The source files are not kept (no licence stated). `records.json` holds, for every item used, the lines this
script lays out, with its guid, pubDate, first category and the commit read. With the source versions present
in SRC (files named `hk_theWitness.rss@<commit>`, or --src DIR) the records are re-extracted and --check also
compares them with records.json.

How an item becomes lines:
  line 1 the item's <title> (ends stripped); then <content:encoded>, XML-unescaped, read as HTML and cut at every
  block tag (p, h1-h6, ul/ol/li, figure/figcaption, div, pre, table tags, blockquote, hr, br); inline tags (a, span,
  strong, em, b, i, mark, sup, sub, u, abbr) removed keeping their text; img and iframe give nothing; the text of
  script/style and HTML comments is dropped; entities decoded, U+00A0 made a space, ends stripped, empty pieces
  dropped. Nothing else is changed. The item's date, author (`The Witness`), categories and link are not printed.

Usage:
  python3 build.py            write the pages into OUT
  python3 build.py --check    write nothing; fail if a page (or, with sources, a record) would change
  python3 build.py --list     numbered listing of every page (for writing and reading the gold)
  python3 build.py --records  rewrite records.json from the sources
"""
import email.utils, html, json, os, re, subprocess, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'traditional')
SRC = os.path.join(HERE, 'src')
RECORDS = os.path.join(HERE, 'records.json')
FILE = 'hk_theWitness.rss'

# name: (item post ids (?p=N) in page order, blank-line style, encoding, newline) -- fixed in SPLIT.md
PAGES = {
    'hk-thewitness-2024-04-22': ([49168, 49170, 49175, 49182, 49184, 49298, 49300, 49305], 'none', 'utf-8', '\n'),
    'hk-thewitness-2024-04-30': ([49796, 49805, 49836, 49840, 49845, 49851, 49863, 49871], 'all', 'utf-8', '\n'),
    'hk-thewitness-2024-05-02': ([49909, 49917, 49934, 49938, 49941, 49947, 49956, 49961], 'articles', 'utf-8-sig', '\n'),
    'hk-thewitness-2024-05-14': ([50899, 50941, 50946, 50949, 50958, 50974, 50977], 'none', 'utf-8', '\r\n'),
    'hk-thewitness-2024-05-24': ([51827, 51833, 51841, 51846, 51850, 51853, 51902], 'articles', 'ENC5', '\n'),
}
ENC5 = 'big5hkscs'   # fixed in SPLIT.md: the codec encodes page 5 (checked before any page was written)

BLOCK = {'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'figure', 'figcaption', 'div', 'pre',
         'table', 'thead', 'tbody', 'tr', 'td', 'th', 'blockquote', 'hr', 'br'}
INLINE = {'a', 'span', 'strong', 'em', 'b', 'i', 'mark', 'sup', 'sub', 'u', 'abbr', 'img', 'iframe', 'code', 'small'}
SKIP = {'script', 'style', 'iframe'}


class Blocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces, self.cur, self.skip = [], [], 0

    def cut(self):
        self.pieces.append(''.join(self.cur))
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.cut()
        else:
            assert tag in INLINE or tag in SKIP, tag

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.cut()
        else:
            assert tag in INLINE, tag

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.cut()
        else:
            assert tag in INLINE or tag in SKIP, tag

    def handle_data(self, data):
        if not self.skip:
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


def item_record(it, commit):
    title = re.search(r'<title>\s*(.*?)\s*</title>', it, re.S).group(1)
    assert '&' not in title and '<' not in title, title
    pub = re.search(r'<pubDate>\s*(.*?)\s*</pubDate>', it, re.S).group(1)
    cats = re.findall(r'<category>\s*(.*?)\s*</category>', it, re.S)
    ce = re.search(r'<content:encoded>(.*?)</content:encoded>', it, re.S).group(1)
    b = Blocks()
    b.feed(html.unescape(ce))
    return {'pubDate': pub, 'category': cats[0] if cats else None, 'commit': commit,
            'lines': [title.strip()] + b.lines()}


def extract_from_git(repo):
    """Newest version of the file that holds each item (commits newest first)."""
    log = subprocess.run(['git', '-C', repo, 'log', '--format=%H', '--', FILE], capture_output=True, text=True,
                         check=True).stdout.split()
    want = {f'https://thewitnesshk.com/?p={p}' for keys, *_ in PAGES.values() for p in keys}
    recs = {}
    for h in log:
        t = subprocess.run(['git', '-C', repo, 'show', f'{h}:{FILE}'], capture_output=True, check=True).stdout
        for guid, it in items_of(t.decode('utf-8')).items():
            if guid in want and guid not in recs:
                recs[guid] = item_record(it, h)
        if len(recs) == len(want):
            break
    return {g.split('=')[1]: r for g, r in recs.items()}


def extract_from_dir(src_dir):
    recs = {}
    for fn in sorted(os.listdir(src_dir)):
        if not fn.startswith(FILE + '@'):
            continue
        commit = fn.split('@')[1]
        for guid, it in items_of(open(os.path.join(src_dir, fn), encoding='utf-8').read()).items():
            p = guid.split('=')[1]
            recs.setdefault(p, {})[commit] = item_record(it, commit)
    out = {}
    for keys, *_ in PAGES.values():
        for p in keys:
            saved = json.load(open(RECORDS, encoding='utf-8'))[str(p)]['commit'] if os.path.exists(RECORDS) else None
            out[str(p)] = recs[str(p)][saved]
    return out


def page_text(name, recs):
    keys, blank, enc, nl = PAGES[name]
    out = []
    for i, k in enumerate(keys):
        lines = recs[str(k)]['lines']
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
    if enc == 'ENC5':
        enc = ENC5
    text = page_text(name, recs)
    if enc == 'big5hkscs':
        data = text.encode('big5hkscs')
        assert data.decode('big5hkscs') == text, name
        r = subprocess.run(['iconv', '-f', 'BIG5-HKSCS', '-t', 'UTF-8'], input=data, capture_output=True)
        if r.returncode == 0:
            assert r.stdout.decode('utf-8') == text, name + ': iconv decodes differently'
        return data
    return text.encode(enc)


def load_records(args):
    if '--git' in args:
        return extract_from_git(args[args.index('--git') + 1]), True
    src_dir = args[args.index('--src') + 1] if '--src' in args else SRC
    if os.path.isdir(src_dir) and any(f.startswith(FILE + '@') for f in os.listdir(src_dir)):
        return extract_from_dir(src_dir), True
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
        if '--list' in args:
            text = page_text(name, recs).replace('\r\n', '\n')
            print('=' * 20, name)
            for i, l in enumerate(text.split('\n')[:-1], 1):
                print(f'{i:4d} {l}')
            continue
        data = page_bytes(name, recs)
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
