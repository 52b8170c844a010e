#!/usr/bin/env python3
"""Check the batch's gold against its pages: ranges inside the file, no overlaps, every non-blank line in a unit,
titles equal to a run of their titleLines with white space removed, split as fixed. Needs PyYAML."""
import os, re, sys
import yaml
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get('OUT_DIR') or os.path.join(os.path.dirname(HERE), 'paragraph')
sys.path.insert(0, HERE)
from build import PAGES
SPLIT = {n: ('dev' if i % 2 == 0 else 'test') for i, n in enumerate(sorted(PAGES))}
ws = lambda s: re.sub(r'\s+', '', s)
errors = units = 0
for name, form in sorted(PAGES.items()):
    text = open(os.path.join(OUT, name + '.txt'), 'rb').read().decode(form['enc'])
    lines = text.split(form['nl'])
    assert lines[-1] == ''
    lines = lines[:-1]
    g = yaml.safe_load(open(os.path.join(OUT, name + '.gold.yaml'), encoding='utf-8'))
    def err(m):
        global errors
        errors += 1
        print(name, m)
    if g['source'] != name + '.txt' or g['split'] != SPLIT[name] or g['family'] != 'paragraph':
        err('header')
    seen = {}
    for k, u in enumerate(g['units']):
        units += 1
        for rng in u['titleLines'] + u['lines']:
            a, b = rng
            if not (1 <= a <= b <= len(lines)):
                err('unit %d range %s outside 1..%d' % (k, rng, len(lines)))
            for i in range(a, b + 1):
                if i in seen:
                    err('line %d in units %d and %d' % (i, seen[i], k))
                seen[i] = k
        if u['title'] is not None:
            tl = [ws(lines[i - 1]) for a, b in u['titleLines'] for i in range(a, b + 1)]
            runs = {''.join(tl[i:j]) for i in range(len(tl)) for j in range(i + 1, len(tl) + 1)}
            if ws(u['title']) not in runs:
                err('unit %d title %r not a run of its titleLines' % (k, u['title']))
        if not u['lines'] and not u['titleLines']:
            err('unit %d empty' % k)
    for i, l in enumerate(lines, 1):
        if l.strip() and i not in seen:
            err('line %d in no unit: %s' % (i, l[:30]))
print('%d pages, %d units, %d errors' % (len(PAGES), units, errors))
sys.exit(1 if errors else 0)
