#!/usr/bin/env python3
"""Check the gold of batch para17 against its pages: every non-blank line in exactly one unit, ranges inside the page,
each title found (white space removed) in its head lines, each byline found in the unit's lines. Needs PyYAML."""
import glob, os, re, sys
import yaml
P = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'paragraph')
errors = units = pages = 0
for g in sorted(glob.glob(os.path.join(P, 'dskb-2026-*.gold.yaml')) + glob.glob(os.path.join(P, 'gmrb-2026-*.gold.yaml'))):
    d = yaml.safe_load(open(g, encoding='utf-8'))
    txt = open(os.path.join(P, d['source']), encoding='utf-8', newline='').read().split('\n')[:-1]
    pages += 1
    cov = {}
    for u in d['units']:
        units += 1
        for a, b in u['titleLines'] + u['lines']:
            for i in range(a, b + 1):
                cov[i] = cov.get(i, 0) + 1
        squash = lambda s: re.sub(r'\s', '', s)
        head = ''.join(squash(txt[i - 1]) for a, b in u['titleLines'] for i in range(a, b + 1) if i <= len(txt))
        allt = head + ''.join(squash(txt[i - 1]) for a, b in u['lines'] for i in range(a, b + 1) if i <= len(txt))
        if u['title'] and squash(u['title']) not in head:
            errors += 1; print(d['source'], 'title not in head:', u['title'])
        if u['byline'] and squash(u['byline']) not in allt:
            errors += 1; print(d['source'], 'byline not in unit:', u['byline'])
    for i, l in enumerate(txt, 1):
        if l.strip() and cov.get(i, 0) != 1:
            errors += 1; print(d['source'], 'line', i, 'covered', cov.get(i, 0), 'times')
    for i in cov:
        if i > len(txt):
            errors += 1; print(d['source'], 'line', i, 'beyond the page')
print('%d pages, %d units, %d errors' % (pages, units, errors))
sys.exit(1 if errors else 0)
