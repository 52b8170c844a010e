#!/usr/bin/env python3
"""Write the gold files of this batch. The decisions (kind of every record, which lines are head
and body) are written out below by hand, after reading each record; titles are copied from the
file's own title field so that no typing error can creep in. No segmenter output is used.

Revised in the thirteenth session after the first measure, for conventions only (see SOURCES): a header
row and an empty record are no unit (they print nothing: syntax); a JSON array record's line is the line
its title value stands on; the formats are named as the ingest names them (`blocks`, `tagged`)."""
import ast
import csv
import io
import json
import os
import re

CRAWLER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'crawler')
SPLIT = {  # fixed before the gold, by the rule in SOURCES-fragment.md (sorted names, odd = dev)
    'chinanews-2018-listrepr.csv': 'dev',
    'ettoday-2025-pretty-array.json': 'test',
    'ne163-2016-scrapy-array.json': 'dev',
    'ne163qq-2016-epoch.jsonl': 'test',
    'olympics-2023-blankline-blocks.txt': 'dev',
    'sogoucs-2012-doc-blocks.txt': 'test',
    'xinhuanet-meirihan-multiline.csv': 'dev',
}


def text(name):
    with open(os.path.join(CRAWLER, name), encoding='utf-8', newline='') as f:
        return f.read()


def unit(kind, title, head, body, byline=None):
    return dict(kind=kind, title=title, titleLines=head, byline=byline, lines=body)


def q(s):
    return 'null' if s is None else json.dumps(s, ensure_ascii=False)


def rng(r):
    return '[' + ', '.join('[%d, %d]' % tuple(x) for x in r) + ']'


def write(name, fmt, units):
    out = ['source: ' + name, 'family: crawler', 'format: ' + fmt, 'split: ' + SPLIT[name],
           'synthetic: false', 'units:']
    for u in units:
        out += ['  - kind: ' + u['kind'], '    title: ' + q(u['title']),
                '    titleLines: ' + rng(u['titleLines']), '    byline: ' + q(u['byline']),
                '    lines: ' + rng(u['lines'])]
    base = os.path.splitext(name)[0]
    with open(os.path.join(CRAWLER, base + '.gold.yaml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')


def csv_records(name):
    """(first physical line, row) for every CSV record."""
    r = csv.reader(io.StringIO(text(name), newline=''))
    prev, res = 0, []
    for row in r:
        res.append((prev + 1, row))
        prev = r.line_num
    return res


def listrepr_title(field):
    """The crawler wrote str(list) into the cell: the title is that list's string, trimmed."""
    v = ast.literal_eval(field)
    return ''.join(v).strip() or None


# 1. chinanews: header, then one record a line. `[],[],` rows are empty records (furniture);
#    rows with a title and no body are title-only articles.
units = []
for n, row in csv_records('chinanews-2018-listrepr.csv'):
    if n == 1:
        continue  # revised: a header row is syntax, no unit
    t = listrepr_title(row[0])
    if t is None and not ''.join(ast.literal_eval(row[2]) if row[2].startswith('[') else row[2]).strip():
        continue  # revised: an empty record (`[],[],`) prints nothing, no unit
    if t is None:
        units.append(unit('article', None, [], [[n, n]]))
    else:
        units.append(unit('article', t, [[n, n]], [[n, n]]))
write('chinanews-2018-listrepr.csv', 'csv', units)

# 2. ettoday: pretty-printed JSON array, 7 lines an object; record line = the line of its "  {".
#    Object 9 has an empty title field: no printed title. Objects 11 and 12 repeat 1 and 2 (the
#    crawler fetched them twice); they are records, so units.
src = text('ettoday-2025-pretty-array.json')
objs = json.loads(src)
# revised: a record's line is the line its title value stands on (the line after its `  {`)
starts = [i + 2 for i, l in enumerate(src.split('\n')) if l == '  {']
assert len(starts) == len(objs) == 12
units = []
for n, o in zip(starts, objs):
    t = o['title'].strip() or None
    units.append(unit('article', t, [[n, n]] if t else [], [[n, n]]))
write('ettoday-2025-pretty-array.json', 'json-records', units)

# 3. ne163 scrapy array: one object a line, all ten are news articles.
objs = json.loads(text('ne163-2016-scrapy-array.json'))
units = [unit('article', o['title'].strip(), [[i, i]], [[i, i]]) for i, o in enumerate(objs, 1)]
write('ne163-2016-scrapy-array.json', 'json-records', units)

# 4. ne163qq JSON Lines: records 6, 8, 10 end with "（注：此文属于…登载的商业信息…）": paid
#    advertorials -> furniture (they keep their title field).
ADS = {6, 8, 10}
units = []
for i, l in enumerate(text('ne163qq-2016-epoch.jsonl').split('\n')[:-1], 1):
    o = json.loads(l)
    units.append(unit('furniture' if i in ADS else 'article', o['title'].strip(), [[i, i]], [[i, i]]))
write('ne163qq-2016-epoch.jsonl', 'jsonl', units)

# 5. olympics: blocks separated by one blank line; first line of a block = title, the rest =
#    body (block 4 has the tag line "2024年巴黎奥运会" between title and teaser: body).
lines = text('olympics-2023-blankline-blocks.txt').split('\n')
units, start = [], None
for i, l in enumerate(lines + [''], 1):
    if l and start is None:
        start = i
    elif not l and start is not None:
        units.append(unit('article', lines[start - 1].strip(), [[start, start]], [[start + 1, i - 1]]))
        start = None
assert len(units) == 14
write('olympics-2023-blankline-blocks.txt', 'blocks', units)

# 6. sogoucs: <doc> blocks of 6 lines; title = <contenttitle> line, body = <content> line.
#    Special-topic landing pages (url .../s2008/..., /s2009/... instead of a dated article url)
#    hold promo or info boxes, not stories: furniture. Empty <content></content> stays an
#    article whose body line is empty (the crawler lost the text).
lines = text('sogoucs-2012-doc-blocks.txt').split('\n')
units = []
for s in range(0, 72, 6):
    assert lines[s] == '<doc>' and lines[s + 5] == '</doc>'
    url = re.fullmatch(r'<url>(.*)</url>', lines[s + 1]).group(1)
    t = re.fullmatch(r'<contenttitle>(.*)</contenttitle>', lines[s + 3]).group(1).strip()
    kind = 'furniture' if re.search(r'sohu\.com/s20\d\d/', url) else 'article'
    units.append(unit(kind, t, [[s + 4, s + 4]], [[s + 5, s + 5]]))
write('sogoucs-2012-doc-blocks.txt', 'tagged', units)

# 7. xinhuanet CSV: header + 12 records with newlines inside quoted bodies; record line = its
#    first physical line. All twelve are articles (source column = outlet, not an author).
units = []
for n, row in csv_records('xinhuanet-meirihan-multiline.csv'):
    if n == 1:
        continue  # revised: a header row is syntax, no unit
    units.append(unit('article', row[0].strip(), [[n, n]], [[n, n]]))
write('xinhuanet-meirihan-multiline.csv', 'csv', units)
