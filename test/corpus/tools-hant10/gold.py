#!/usr/bin/env python3
"""Write (or, with --check, compare) the gold of the tenth batch: one unit per record, read off the numbered listing
(build.py --list). Every record of these pages is one story: its first line is the printed headline (titleLines, title),
the rest are body lines (paragraphs, in-article subheads, captions, case numbers); no record prints a byline
(the front matter's `author` is not printed), so byline is null. SPLIT is the rule fixed in ../SOURCES-fragment.md."""
import json, os, sys
import build
argv = sys.argv
SPLIT = {p: ('dev' if i % 2 == 0 else 'test') for i, p in enumerate(sorted(p['page'] for p in build.PAGES))}


def gold(page):
    out = [f'source: {page["page"]}', 'family: traditional', 'format: paragraph-lines',
           f'split: {SPLIT[page["page"]]}', 'synthetic: false', 'units:']
    step = 2 if page['blank'] else 1
    n = 1
    for rid in page['records']:
        L = build.record_lines(build.RECORDS[rid]['text'])
        first, last = n, n + (len(L) - 1) * step
        out += ['  - kind: article', f'    title: {json.dumps(L[0], ensure_ascii=False)}',
                f'    titleLines: [[{first}, {first}]]', '    byline: null',
                f'    lines: [[{first + step}, {last}]]']
        n = last + step
    return '\n'.join(out) + '\n'


bad = 0
for p in build.PAGES:
    path = os.path.join(build.OUT, p['page'][:-4] + '.gold.yaml')
    g = gold(p)
    if '--check' in argv:
        ok = open(path, encoding='utf-8').read() == g
        bad += not ok
        print(('ok   ' if ok else 'DIFF ') + os.path.basename(path))
    else:
        open(path, 'w', encoding='utf-8').write(g)
        print('wrote', os.path.basename(path))
sys.exit(1 if bad else 0)
