#!/usr/bin/env python3
"""Check the gold of crawler batch 24 against its pages (needs PyYAML).

- header fields (source = page, family crawler, split and format as fixed in NOTES.md / write_gold.py, synthetic false);
- the page is UTF-8 without BOM, no raw CR;
- ranges inside the file, 1-based, [[n, n]], titleLines equal to lines, strictly increasing, no line in two units;
- an independent parse (each physical line that opens with `{`, its trailing comma dropped, read with json.loads):
  every record that has a title or a non-blank text (for the stringified lists: a non-blank list item) is covered
  by exactly one unit at its line, and no unit lies elsewhere; a line that is no record ([, ], ][, a merge marker,
  an empty line) carries no unit;
- each gold title equals the record's `title` with white space removed; kinds from the corpus list; bylines null.
"""
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.environ.get('PAGES') or os.path.join(os.path.dirname(HERE), 'crawler')
SPLIT = {
    'cls-2025-empty-records-summary.jsonl': ('dev', 'jsonl'),
    'gdhsc-2024-title-only-array.json': ('test', 'json-records'),
    'gzucm-2024-merge-conflict-html.json': ('dev', 'json-records'),
    'scnu-2024-concatenated-arrays.json': ('test', 'json-records'),
}
KINDS = {'article', 'fragment', 'photo-caption', 'column-intro', 'page-header', 'furniture'}


def nows(s):
    return re.sub(r'[\s\u200b-\u200d\ufeff]+', '', s or '')


def text_of(content):
    if content.startswith('['):          # a JSON list inside the string
        return ''.join(json.loads(content))
    return content


def main():
    errors = []
    total = 0
    for name, (split, fmt) in SPLIT.items():
        raw = open(os.path.join(PAGES, name), 'rb').read()
        if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw:
            errors.append(name + ': BOM or CR')
        lines = raw.decode('utf-8').split('\n')
        if lines[-1] == '':
            lines = lines[:-1]
        g = yaml.safe_load(open(os.path.join(PAGES, name.rsplit('.', 1)[0] + '.gold.yaml'), encoding='utf-8'))
        if (g['source'], g['family'], g['split'], g['format'], g['synthetic']) != (name, 'crawler', split, fmt, False):
            errors.append(name + ': header')
        want, other = {}, 0
        for n, l in enumerate(lines, 1):
            if l.startswith('{'):
                o = json.loads(l[:-1] if l.endswith(',') else l)
                if nows(o['title']) or nows(text_of(o['content'])):
                    want[n] = o
                else:
                    other += 1
            elif l not in ('', '[', ']', '][', '<<<<<<< HEAD'):
                errors.append('%s: unexpected line %d %r' % (name, n, l[:40]))
        seen, prev = set(), 0
        for u in g['units']:
            total += 1
            if u['kind'] not in KINDS:
                errors.append('%s: kind %r' % (name, u['kind']))
            for a, b in u['titleLines'] + u['lines']:
                if not (1 <= a == b <= len(lines)):
                    errors.append('%s: range %r' % (name, [a, b]))
            n = u['lines'][0][0]
            if len(u['lines']) != 1 or (u['titleLines'] and u['titleLines'] != [[n, n]]):
                errors.append('%s: ranges at %d' % (name, n))
            if n <= prev or n in seen:
                errors.append('%s: order/duplicate at %d' % (name, n))
            prev = n
            seen.add(n)
            if n not in want:
                errors.append('%s: unit at %d is no record' % (name, n))
                continue
            if nows(want[n]['title']) != nows(u['title']):
                errors.append('%s: title at %d: %r vs %r' % (name, n, u['title'], want[n]['title']))
            if u['byline'] is not None:
                errors.append('%s: byline at %d' % (name, n))
        missing = set(want) - seen
        if missing:
            errors.append('%s: records without unit %s' % (name, sorted(missing)))
        print('%-40s %-4s %3d records (+%d empty), %3d units' % (name, split, len(want), other, len(g['units'])))
    for e in errors:
        print('ERROR', e)
    print('%d pages, %d units, %d errors' % (len(SPLIT), total, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
