#!/usr/bin/env python3
"""Check the gold of crawler batch 23 against its pages (needs PyYAML).

- header fields (source = page, family crawler, split as fixed in NOTES.md, format jsonl, synthetic false);
- the page is UTF-8 without BOM, LF line ends, no raw CR, ends with a newline;
- ranges inside the file, 1-based, [[n, n]], titleLines equal to lines, strictly increasing, no line in two units;
- an independent parse (json per physical line): every record that has a title or a non-blank text is covered by
  exactly one unit at its line, and no unit lies elsewhere;
- each gold title equals the record's `title` with white space removed; kinds from the corpus list;
- byline: the text after `作者：` in `source` (white space removed) where present, else null.
"""
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.environ.get('PAGES') or os.path.join(os.path.dirname(HERE), 'crawler')
SPLIT = {
    'tibetcn-2018-labelled-time-source.jsonl': 'dev',
    'tibetcnzqdt-2018-regional-outlets.jsonl': 'test',
    'tibetol-2018-crlf-author-in-source.jsonl': 'dev',
    'tibetolxgbd-2018-nbsp-source-author.jsonl': 'test',
}
KINDS = {'article', 'fragment', 'photo-caption', 'column-intro', 'page-header', 'furniture'}


def nows(s):
    return re.sub(r'\s+', '', s or '')


def main():
    errors = []
    total = 0
    for name, split in SPLIT.items():
        raw = open(os.path.join(PAGES, name), 'rb').read()
        if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw or not raw.endswith(b'\n'):
            errors.append(name + ': BOM, CR or no final newline')
        t = raw.decode('utf-8')
        lines = t.split('\n')[:-1]
        g = yaml.safe_load(open(os.path.join(PAGES, name[:-6] + '.gold.yaml'), encoding='utf-8'))
        if (g['source'], g['family'], g['split'], g['format'], g['synthetic']) != (name, 'crawler', split, 'jsonl', False):
            errors.append(name + ': header')
        want = {}
        for n, l in enumerate(lines, 1):
            o = json.loads(l)
            if nows(o['title']) or nows(o['content']):
                want[n] = o
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
            o = want[n]
            if nows(o['title']) != nows(u['title']):
                errors.append('%s: title at %d: %r vs %r' % (name, n, u['title'], o['title']))
            by = o['source'].split('作者：', 1)[1] if '作者：' in o['source'] else ''
            if nows(by) != nows(u['byline']):
                errors.append('%s: byline at %d: %r vs %r' % (name, n, u['byline'], by))
        missing = set(want) - seen
        if missing:
            errors.append('%s: records without unit %s' % (name, sorted(missing)))
        print('%-45s %-4s %3d records, %3d units' % (name, split, len(want), len(g['units'])))
    for e in errors:
        print('ERROR', e)
    print('%d pages, %d units, %d errors' % (len(SPLIT), total, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
