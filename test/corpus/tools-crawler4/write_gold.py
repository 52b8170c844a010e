#!/usr/bin/env python3
"""Write the fourth batch's gold files.  Decisions (kind, which field is the title, head and body
lines) were made by reading each file; this only writes them out, reading each title from its
record's field.  Split by the fixed rule: this batch's files sorted by name, odd positions dev, even
positions test."""
import csv, io, json, os

CRAWLER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'crawler')
FORMAT = {
    'covidnews-2021-bom-title-abstract.csv': 'csv',
    'xinmin-20220401-epaper-kicker-title.csv': 'csv',
}
NAMES = sorted(FORMAT)
SPLIT = {n: ('dev' if i % 2 == 0 else 'test') for i, n in enumerate(NAMES)}
TITLE_COL = {'covidnews-2021-bom-title-abstract.csv': 'title',
             'xinmin-20220401-epaper-kicker-title.csv': 'title'}
FURNITURE = {}  # none in this batch


def units(name):
    with open(os.path.join(CRAWLER, name), encoding='utf-8-sig', newline='') as f:
        src = f.read()
    r = csv.reader(io.StringIO(src, newline=''))
    header = next(r)
    col = header.index(TITLE_COL[name])
    prev = r.line_num
    for row in r:
        n = prev + 1
        prev = r.line_num
        t = row[col].strip() or None
        yield t, ([[n, n]] if t else []), [[n, n]]


def q(s):
    return 'null' if s is None else json.dumps(s, ensure_ascii=False)


for name in NAMES:
    out = ['source: %s' % name, 'family: crawler', 'format: %s' % FORMAT[name],
           'split: %s' % SPLIT[name], 'synthetic: false', 'units:']
    for k, (t, head, body) in enumerate(units(name), 1):
        out += ['  - kind: %s' % ('furniture' if (name, k) in FURNITURE else 'article'),
                '    title: %s' % q(t),
                '    titleLines: %s' % json.dumps(head),
                '    byline: null',
                '    lines: %s' % json.dumps(body)]
    path = os.path.join(CRAWLER, os.path.splitext(name)[0] + '.gold.yaml')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print(path)
