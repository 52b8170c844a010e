#!/usr/bin/env python3
"""Check this batch's gold files (the pages named in pages.json) against their pages: ranges inside the page, no line in
two units, every non-blank line in some unit, `title` equal to the first head line (white space removed), a `byline`
equal to one of its head lines.   python3 check_gold.py [DIR]   (default: ../traditional)"""
import yaml, os, re, sys, json
HERE = os.path.dirname(os.path.abspath(__file__))
D = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', 'traditional')
for name in sorted(json.load(open(os.path.join(HERE, 'pages.json'), encoding='utf-8'))):
    g = os.path.join(D, name.rsplit('.', 1)[0] + '.gold.yaml')
    d = yaml.safe_load(open(g, encoding='utf-8')); p = os.path.join(D, d['source'])
    raw = open(p, 'rb').read()
    try: t = raw.decode('utf-8-sig')
    except UnicodeDecodeError: t = raw.decode('big5hkscs'); assert t.encode('big5hkscs') == raw
    L = t.replace('\r\n', '\n').split('\n'); L = L[:-1] if L[-1] == '' else L
    used = {}
    for u in d['units']:
        for a, b in u['titleLines'] + u['lines']:
            assert 1 <= a <= b <= len(L), (g, a, b)
            for n in range(a, b + 1):
                if L[n - 1].strip():
                    assert n not in used, (g, n); used[n] = 1
        heads = [re.sub(r'\s', '', L[n - 1]) for a, b in u['titleLines'] for n in range(a, b + 1) if L[n - 1].strip()]
        assert re.sub(r'\s', '', u['title']) == heads[0], (g, u['title'])
        if u['byline']:
            assert u['byline'] in [L[n - 1] for a, b in u['titleLines'] for n in range(a, b + 1)], (g, u['byline'])
    miss = [n for n in range(1, len(L) + 1) if L[n - 1].strip() and n not in used]
    assert not miss, (g, miss)
    print('ok', os.path.basename(g), len(d['units']), d['split'])
