#!/usr/bin/env python3
"""Check the gold of crawler batch 19 against its pages (needs PyYAML).

- header fields (source = page, family crawler, split as fixed in NOTES.md, format, synthetic false);
- the page is UTF-8 without BOM;
- ranges inside the file, 1-based, [[n, n]], strictly increasing, no line in two units;
- an independent parse of every record (csv module with line tracking / json per line / json array with the
  position of each `"Title":` key found by scanning): every record that has a title or a text is covered by
  exactly one unit, at its line, and no unit lies elsewhere; the header row has no unit;
- each gold title equals the record's title field with white space removed (after removing `<span>` tags for
  the Hunan page); bylines null; kinds from the corpus list.
"""
import csv
import io
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.environ.get('PAGES') or os.path.join(os.path.dirname(HERE), 'crawler')
SPLIT = {  # as fixed in NOTES.md before any gold
    'hebeiedu-2023-student-aid-multiline.csv': 'dev',
    'hunannea-2025-span-title-lines.jsonl': 'test',
    'taoyuanpolice-2025-capitalized-keys.json': 'dev',
    'wenyibao-2026-summary-split-titles.jsonl': 'test',
}
FORMAT = {'csv': 'csv', 'jsonl': 'jsonl', 'json': 'json-records'}
KINDS = {'article', 'fragment', 'photo-caption', 'column-intro', 'page-header', 'furniture'}
errors = []


def nows(s):
    return re.sub(r'\s+', '', s or '')


def parse(name, t):
    """[(line, title, text)] for every record, header excluded."""
    out = []
    if name.endswith('.csv'):
        line = 1
        rows = list(csv.reader(io.StringIO(t)))
        # physical start line of each row: count newlines consumed by the rows before it
        pos = 0
        reader = csv.reader(io.StringIO(t))
        starts = []
        last = 0
        for row in reader:
            starts.append(last + 1)
            last = reader.line_num
        assert rows[0][:3] == ['标题', '时间', '内容']
        for s, r in list(zip(starts, rows))[1:]:
            out.append((s, r[0], r[2]))
    elif name.endswith('.jsonl'):
        for n, l in enumerate(t.split('\n'), 1):
            if l:
                o = json.loads(l)
                out.append((n, o['title'], o.get('content', o.get('summary', ''))))
    else:
        arr = json.loads(t)
        ls = t.split('\n')
        k = 0
        for n, l in enumerate(ls, 1):
            m = re.match(r'\s*"Title": (".*"),$', l)
            if m:
                assert json.loads(m.group(1)) == arr[k]['Title']
                out.append((n, arr[k]['Title'], arr[k]['Content']))
                k += 1
        assert k == len(arr)
    return out


def main():
    total = 0
    for name, split in SPLIT.items():
        raw = open(os.path.join(PAGES, name), 'rb').read()
        if raw.startswith(b'\xef\xbb\xbf'):
            errors.append(name + ': BOM')
        t = raw.decode('utf-8')
        nlines = len(t.split('\n')) - (1 if t.endswith('\n') else 0)
        g = yaml.safe_load(open(os.path.join(PAGES, name.rsplit('.', 1)[0] + '.gold.yaml'), encoding='utf-8'))
        if (g['source'], g['family'], g['split'], g['format'], g['synthetic']) != \
                (name, 'crawler', split, FORMAT[name.rsplit('.', 1)[1]], False):
            errors.append(name + ': header')
        recs = parse(name, t)
        want = {n: (ti, tx) for n, ti, tx in recs if nows(ti) or nows(tx)}
        seen = set()
        prev = 0
        for u in g['units']:
            total += 1
            if u['kind'] not in KINDS or u['byline'] is not None:
                errors.append('%s: kind/byline %r' % (name, u))
            rs = u['titleLines'] + u['lines']
            for a, b in rs:
                if not (1 <= a == b <= nlines):
                    errors.append('%s: range %r' % (name, [a, b]))
            n = u['lines'][0][0]
            if u['titleLines'] and u['titleLines'] != [[n, n]]:
                errors.append('%s: titleLines %r' % (name, u['titleLines']))
            if n <= prev:
                errors.append('%s: order at %d' % (name, n))
            prev = n
            if n in seen:
                errors.append('%s: line %d twice' % (name, n))
            seen.add(n)
            if n not in want:
                errors.append('%s: unit at %d is no record' % (name, n))
                continue
            ti = want[n][0]
            if name.startswith('hunannea'):
                ti = re.sub(r'</?span>', '', ti)
            if nows(ti) != nows(u['title']):
                errors.append('%s: title at %d: %r vs %r' % (name, n, u['title'], ti))
        missing = set(want) - seen
        if missing:
            errors.append('%s: records without unit %s' % (name, sorted(missing)))
        print('%-45s %s %3d records, %3d units' % (name, split, len(want), len(g['units'])))
    for e in errors:
        print('ERROR', e)
    print('%d pages, %d units, %d errors' % (len(SPLIT), total, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
