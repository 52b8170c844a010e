#!/usr/bin/env python3
"""Build the pages of batch para24 (平潭综合实验区 工作动态) byte for byte.

Source (see ../paragraph/SOURCES.md, para24 section, and SPLIT.md here): repository
changwu/pingtan-gov-zwgk-archive at commit SNAPSHOT, files
pingtan/zwgk/ztzl/jczwgkbzhgfh/gzdt/202308/<doc>_<title>/page.html (the site's item page as fetched).
The source files are not kept here (no licence stated). `records.json` holds, for every item used, its path and
the lines this script lays out (the text as the page prints it: headline, `时间：` field, paragraphs, `来源：` field).
With a local copy of the files (--src DIR, DIR holding the repository's tree) the records are re-extracted with
`extract()` and --check compares them with records.json.

How an item becomes lines (extract): the text of div.article_title (ends stripped); the text of span.article_time;
every <p> of div.article_content as one line (text only, character references decoded, U+00A0 a space, ends
stripped, empty pieces dropped; a <br> inside a <p> would cut it); the text of span.article_source. The view counter
(`浏览量：`, filled in by script) is not in the fetched text and is not printed.

Usage: python3 build.py [--check] [--list] [--src DIR]
"""
import json, os, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'paragraph')
RECORDS = os.path.join(HERE, 'records.json')
SNAPSHOT = '0c86c9a146b412c15678c13cbbe9dacc0dd3181b'

# name: (document numbers in page order, blank-line style, encoding, newline) -- fixed in SPLIT.md
PAGES = {
    'pingtan-gzdt-2023-08-28': ([49509, 49511, 49516, 49517, 49518], 'none', 'gbk', '\r\n'),
    'pingtan-gzdt-2023-08-29': ([49550, 49551, 49555, 49556, 49559, 49567, 49570], 'articles', 'utf-8', '\n'),
    'pingtan-gzdt-2023-08-31': ([49632, 49639, 49640, 49641, 49672, 49675, 49682], 'none', 'utf-8', '\n'),
}


class Item(HTMLParser):
    """Collect title, time, paragraphs and source of a 平潭 site item page."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []       # (tag, role)
        self.title, self.time, self.source = [], [], []
        self.paras, self.cur = [], None

    def role(self, attrs):
        cls = dict(attrs).get('class') or ''
        for r in ('article_title_sec', 'article_title', 'article_time', 'article_content', 'article_source'):
            if r in cls.split():
                return r
        return None

    def inside(self, r):
        return any(x[1] == r for x in self.stack)

    def handle_starttag(self, tag, attrs):
        if tag in ('br', 'img', 'input', 'meta', 'link'):
            if tag == 'br' and self.cur is not None:
                self.paras.append(''.join(self.cur)); self.cur = []
            return
        self.stack.append((tag, self.role(attrs)))
        if tag == 'p' and self.inside('article_content'):
            self.cur = []

    def handle_endtag(self, tag):
        while self.stack:
            t, r = self.stack.pop()
            if t == tag:
                break
        if tag == 'p' and self.cur is not None:
            self.paras.append(''.join(self.cur)); self.cur = None

    def handle_data(self, d):
        if self.inside('article_title') and not self.inside('article_title_sec'):
            self.title.append(d)
        elif self.inside('article_time'):
            self.time.append(d)
        elif self.inside('article_source'):
            self.source.append(d)
        elif self.cur is not None and self.inside('article_content'):
            self.cur.append(d)


def clean(s):
    return s.replace('\u00a0', ' ').strip()


def extract(html):
    p = Item(); p.feed(html); p.close()
    lines = [clean(''.join(p.title)), clean(''.join(p.time))]
    lines += [clean(x) for x in p.paras if clean(x)]
    lines.append(clean(''.join(p.source)))
    return [l for l in lines if l]


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
    while out and out[-1] == '':
        out.pop()
    return nl.join(out) + nl


def page_bytes(name, recs):
    enc = PAGES[name][2]
    text = page_text(name, recs)
    data = text.encode(enc)
    assert data.decode(enc) == text
    return data


def main():
    args = sys.argv[1:]
    recs = json.load(open(RECORDS, encoding='utf-8'))
    bad = 0
    if '--src' in args:
        src = args[args.index('--src') + 1]
        for k, v in recs.items():
            got = extract(open(os.path.join(src, v['path']), encoding='utf-8').read())
            if got != v['lines']:
                print('RECORD DIFFERS', k); bad += 1
        print('records checked against', src)
    for name in sorted(PAGES):
        path = os.path.join(OUT, name + '.txt')
        if '--list' in args:
            print('=' * 20, name)
            for i, l in enumerate(page_text(name, recs).replace('\r\n', '\n').split('\n')[:-1], 1):
                print(f'{i:4d} {l}')
            continue
        data = page_bytes(name, recs)
        if '--check' in args:
            if not os.path.exists(path) or open(path, 'rb').read() != data:
                print('DIFFERS', path); bad += 1
            else:
                print('ok', name, len(data), 'bytes')
        else:
            open(path, 'wb').write(data)
            print('wrote', path, len(data), 'bytes')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
