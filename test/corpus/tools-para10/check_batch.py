#!/usr/bin/env python3
"""Own gold check: ranges inside the file, no overlaps, every non-blank line in a unit, title = text of
one titleLine (white space removed), byline text found in a titleLine or the first body line.
Usage: python3 check_batch.py <folder> [name prefix, default jfrb-]"""
import os, re, sys
D = sys.argv[1]
PREFIX = sys.argv[2] if len(sys.argv) > 2 else 'jfrb-'
WS = re.compile(r'\s+')
ok = True
for fn in sorted(os.listdir(D)):
    if not fn.endswith('.gold.yaml') or not fn.startswith(PREFIX):
        continue
    g = open(os.path.join(D, fn), encoding='utf-8').read()
    src = re.search(r'^source: (.+)$', g, re.M).group(1)
    b = open(os.path.join(D, src), 'rb').read()
    try:
        t = b.decode('utf-8')
    except UnicodeDecodeError:
        t = b.decode('gb18030')
    lines = t.splitlines()
    units = re.findall(r'- kind: (\S+)\n    title: (.+)\n    titleLines: (.+)\n    byline: (.+)\n    lines: (.+)', g)
    seen = {}
    for k, title, tl, by, ls in units:
        tl = eval(tl); ls = eval(ls)
        title = None if title == 'null' else eval(title)
        by = None if by == 'null' else eval(by)
        for a, z in tl + ls:
            assert 1 <= a <= z <= len(lines), (fn, a, z)
            for n in range(a, z + 1):
                if n in seen:
                    print('OVERLAP', fn, n); ok = False
                seen[n] = title
        if title is not None:
            cands = [WS.sub('', lines[n - 1]) for a, z in tl for n in range(a, z + 1)]
            if WS.sub('', title) not in cands:
                print('TITLE', fn, title); ok = False
        if by is not None:
            hay = [lines[n - 1] for a, z in tl for n in range(a, z + 1)] + ([lines[ls[0][0] - 1]] if ls else [])
            if not any(WS.sub('', by) in WS.sub('', h) for h in hay):
                print('BYLINE', fn, by); ok = False
    for n, l in enumerate(lines, 1):
        if l.strip() and n not in seen:
            print('UNCOVERED', fn, n, l[:30]); ok = False
    print(fn, len(units), 'units', len(lines), 'lines')
print('OK' if ok else 'PROBLEMS')
