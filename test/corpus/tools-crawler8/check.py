#!/usr/bin/env python3
"""Check every gold of fresh crawler batch 8 against its page (needs PyYAML).

- header fields (source = page, family crawler, split as fixed in write_gold.SPLIT, synthetic false);
- the page decodes in its encoding (GBK for the edunews page, UTF-8 otherwise, BOM only on peoplecn);
- ranges inside the file, 1-based, ordered, no overlap between units (titleLines and lines together);
- an independent parse of the records (json / csv / GBK lines / Markdown `####` blocks): exactly one unit per
  record, at the record's line (the `"title"` line in the pretty array, the object's line in the one-line array,
  the physical line in CSV and JSON Lines, the `####` line in the Markdown page), its title equal to the
  record's title field with white space removed, equal to the printed text of its titleLines (JSON / CSV
  unescaped) with white space removed;
- in the Markdown page every non-blank line that is not a rule `---`, a `**来源：**` source line or a
  `[阅读全文](…)` link line lies in some unit;
- bylines null (no page has an author field); kinds from the corpus list.
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
sys.path.insert(0, HERE)
from write_gold import SPLIT  # noqa: E402

KINDS = {'article', 'fragment', 'photo-caption', 'column-intro', 'page-header', 'furniture'}
ENC = {'edunews-2017-gbk-id-title.csv': 'gbk'}
errors = []


def err(page, msg):
    errors.append('%s: %s' % (page, msg))


def nows(s):
    return re.sub(r'\s+', '', s or '')


def records(name, data):
    """[(line, title)] parsed independently of write_gold."""
    t = data
    if name.endswith('.jsonl'):
        return [(n, json.loads(l)['title']) for n, l in enumerate(t.split('\n'), 1) if l]
    if name.startswith('binzhou'):
        arr = json.loads(t)
        ls = t.split('\n')
        assert len(ls) == len(arr) + 2
        return [(i + 2, o['download_data']['parsed_data']['title']) for i, o in enumerate(arr)]
    if name.startswith('bjtcm'):
        arr = json.loads(t)
        tl = [n for n, l in enumerate(t.split('\n'), 1) if re.match(r'^    "title": ', l)]
        assert len(tl) == len(arr)
        return [(n, o['title']) for n, o in zip(tl, arr)]
    if name.endswith('.csv'):
        t = t.lstrip('\ufeff')
        rows = list(csv.reader(io.StringIO(t)))
        assert len(rows) == t.count('\n'), 'one record a physical line'
        return [(n, r[1]) for n, r in enumerate(rows, 1)]
    if name.endswith('.md'):
        return [(n, l[5:]) for n, l in enumerate(t.split('\n'), 1) if l.startswith('#### ')]
    raise ValueError(name)


def main():
    total = 0
    for name, split in SPLIT.items():
        raw = open(os.path.join(PAGES, name), 'rb').read()
        enc = ENC.get(name, 'utf-8')
        if raw.startswith(b'\xef\xbb\xbf') != name.startswith('peoplecn'):
            err(name, 'BOM expectation')
        data = raw.decode(enc)
        nlines = len(data.split('\n')) - (1 if data.endswith('\n') else 0)
        g = yaml.safe_load(open(os.path.join(PAGES, name.rsplit('.', 1)[0] + '.gold.yaml'), encoding='utf-8'))
        if g['source'] != name or g['family'] != 'crawler' or g['split'] != split or g['synthetic'] is not False:
            err(name, 'header')
        units = g['units']
        total += len(units)
        used = {}
        prev = 0
        for i, u in enumerate(units):
            if u['kind'] not in KINDS:
                err(name, 'kind %r' % u['kind'])
            if u['byline'] is not None:
                err(name, 'byline in unit %d' % i)
            rs = u['titleLines'] + u['lines']
            if not rs:
                err(name, 'unit %d has no lines' % i)
            first = min(a for a, b in rs)
            if first < prev:
                err(name, 'unit %d out of order' % i)
            prev = first
            for a, b in rs:
                if not (1 <= a <= b <= nlines):
                    err(name, 'range %r outside 1..%d' % ([a, b], nlines))
                for n in range(a, b + 1):
                    if used.get(n, i) != i:
                        err(name, 'line %d in units %d and %d' % (n, used[n], i))
                    used[n] = i
        recs = records(name, data)
        by_title_line = {tuple(map(tuple, u['titleLines'])): u for u in units if u['titleLines']}
        titled = [u for u in units if u['titleLines']]
        if len(titled) != len(recs):
            err(name, '%d records, %d units with titleLines' % (len(recs), len(titled)))
        for n, title in recs:
            u = by_title_line.get(((n, n),))
            if u is None:
                err(name, 'record at line %d has no unit' % n)
                continue
            if nows(u['title']) != nows(title):
                err(name, 'title at %d: %r != %r' % (n, u['title'], title))
            if not name.endswith('.md') and u['lines'] != [[n, n]]:
                err(name, 'record line %d: lines %r' % (n, u['lines']))
            if name.endswith('.md') and u['lines'] != []:
                err(name, 'md record %d has body lines' % n)
        if name.endswith('.md'):
            for n, l in enumerate(data.split('\n'), 1):
                if l.strip() and n not in used and not (l == '---' or l.startswith('**来源：**') or l.startswith('[阅读全文](')):
                    err(name, 'line %d in no unit: %r' % (n, l))
        print('%-44s %3d units %3d records' % (name, len(units), len(recs)))
    print('%d pages, %d units, %d errors' % (len(SPLIT), total, len(errors)))
    for e in errors:
        print('  ' + e)
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
