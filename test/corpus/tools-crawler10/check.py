#!/usr/bin/env python3
"""Check the crawler10 gold (needs PyYAML): header fields and the split rule (pages sorted by name, odd = dev);
UTF-8; ranges inside the page, in order, no overlaps; an independent reading of each page's records (json.loads of
the whole page, and each `"title":` value line parsed on its own) giving exactly one unit per record at the line
its title value stands on, with the title field stripped (null where empty); byline null; kind article."""
import json, os, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, '..', 'crawler')
BATCH = {'baiduhot-20250327-meta-data-desc.json': 'data', 'guangming-20260104-jsonfeed-html.json': 'items'}


def main():
    errs, nunits = [], 0
    for pos, name in enumerate(sorted(BATCH), 1):
        def err(msg):
            errs.append('%s: %s' % (name, msg))
        text = open(os.path.join(PAGES, name), 'rb').read().decode('utf-8')
        lines = text.split('\n')
        g = yaml.safe_load(open(os.path.join(PAGES, name[:-len('.json')] + '.gold.yaml'), encoding='utf-8'))
        want = {'source': name, 'family': 'crawler', 'format': 'json-records',
                'split': 'dev' if pos % 2 else 'test', 'synthetic': False}
        for k, v in want.items():
            if g.get(k) != v:
                err('%s is %r, want %r' % (k, g.get(k), v))
        records = json.loads(text)[BATCH[name]]
        at = [i + 1 for i, l in enumerate(lines) if l.lstrip().startswith('"title": ') and l.startswith('      "')]
        units = g['units']
        nunits += len(units)
        if len(units) != len(records) or len(at) != len(records):
            err('%d units, %d records, %d title lines' % (len(units), len(records), len(at)))
        last = 0
        for u, n, r in zip(units, at, records):
            value = json.loads('{' + lines[n - 1].strip().rstrip(',') + '}')['title']
            if value != r['title']:
                err('line %d title differs from the parsed record' % n)
            t = value.strip() or None
            if u['titleLines'] != [[n, n]] or u['lines'] != [[n, n]]:
                err('unit at %s/%s, record at line %d' % (u['titleLines'], u['lines'], n))
            if u['title'] != t:
                err('line %d: title %r, want %r' % (n, u['title'], t))
            if u['byline'] is not None or u['kind'] != 'article':
                err('line %d: byline %r kind %r' % (n, u['byline'], u['kind']))
            for a, b in u['titleLines'] + u['lines']:
                if not (1 <= a <= b <= len(lines)) or a < last:
                    err('range %d-%d out of file or order' % (a, b))
            last = n
    for e in errs:
        print('ERROR', e)
    print('%d pages, %d units, %d errors' % (len(BATCH), nunits, len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
