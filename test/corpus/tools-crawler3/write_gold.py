#!/usr/bin/env python3
"""Write the third batch's gold files.  The decisions (kind, which field is the title, which lines
are head and body) were made by reading each file; this script only writes them out, reading each
title from its record's field.  Split by the fixed rule: files sorted by name, odd positions dev,
even positions test."""
import csv, io, json, os, re

CRAWLER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'crawler')
NAMES = sorted(f for f in os.listdir(CRAWLER) if not f.endswith('.gold.yaml'))
SPLIT = {n: ('dev' if i % 2 == 0 else 'test') for i, n in enumerate(NAMES)}
FORMAT = {
    'cnews-thucnews-label-text.tsv': 'tsv',
    'fanzha-2026-pretty-array.json': 'json-records',
    'sina-2024-rindex.csv': 'csv',
    'twnews-2020-id-date-snippet.tsv': 'tsv',
    'wangyi-2018-bytesurl-title.txt': 'tsv',
    'xwlb-20221010-markdown.md': 'blocks',
}
# furniture decisions, by (file, record number counted from 1, header not counted)
FURNITURE = {('sina-2024-rindex.csv', 8): 'arrow link text "抢票→" (a promotion/navigation link, no news item)'}


def text(name, enc='utf-8'):
    with open(os.path.join(CRAWLER, name), encoding=enc, newline='') as f:
        return f.read()


def units(name):
    if name in ('cnews-thucnews-label-text.tsv', 'twnews-2020-id-date-snippet.tsv'):
        # no title field: label/id/date columns and a text column
        for n, l in enumerate(text(name).split('\n'), 1):
            if l:
                yield None, [], [[n, n]]
    elif name == 'wangyi-2018-bytesurl-title.txt':
        for n, l in enumerate(text(name, 'gbk').split('\n'), 1):
            if l:
                yield l.split('\t')[2].strip(), [[n, n]], [[n, n]]
    elif name == 'sina-2024-rindex.csv':
        r = csv.reader(io.StringIO(text(name), newline=''))
        next(r)
        for row in r:
            n = r.line_num
            yield row[1].strip(), [[n, n]], [[n, n]]
    elif name == 'fanzha-2026-pretty-array.json':
        src = text(name)
        objs = json.loads(src)
        tl = [i for i, l in enumerate(src.split('\n'), 1) if re.match(r'\s*"title":', l)]
        for n, o in zip(tl, objs):
            yield o['title'].strip(), [[n, n]], [[n, n]]
    elif name == 'xwlb-20221010-markdown.md':
        ls = text(name).split('\n')
        for i, l in enumerate(ls, 1):
            if l.startswith('### '):
                yield l[4:].strip(), [[i, i]], [[i + 2, i + 2]]


def q(s):
    return 'null' if s is None else json.dumps(s, ensure_ascii=False)


for name in NAMES:
    out = ['source: %s' % name, 'family: crawler', 'format: %s' % FORMAT[name],
           'split: %s' % SPLIT[name], 'synthetic: false', 'units:']
    for k, (title, head, body) in enumerate(units(name), 1):
        kind = 'furniture' if (name, k) in FURNITURE else 'article'
        if kind == 'furniture':
            out.append('  # furniture: %s' % FURNITURE[(name, k)])
        out += ['  - kind: %s' % kind, '    title: %s' % q(title),
                '    titleLines: %s' % json.dumps(head), '    byline: null',
                '    lines: %s' % json.dumps(body)]
    base = os.path.splitext(name)[0]
    with open(os.path.join(CRAWLER, base + '.gold.yaml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print(name, SPLIT[name], FORMAT[name])
