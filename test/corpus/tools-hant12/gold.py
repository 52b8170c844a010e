#!/usr/bin/env python3
"""Write (or, with --check, compare) the gold files pages/<page>.gold.yaml of this batch.

Judgements (read off the numbered listings of `python3 build.py --list`, every page read line by line):
every record on these pages is one RTHK news item as published: a headline and its paragraphs, with no
kicker, subtitle, subhead, byline, dateline lead, caption or furniture. So each record is one `article`
unit: `titleLines` is its headline line, `title` that line exactly, `byline: null` (RTHK items carry no
credit; the one line `本台正向深圳口岸辦查詢，暫時未有回覆。` is a body paragraph), and every other line of
the record is a body line. Line numbers are taken from build.py's layout, so they always match the page.
"""
import json, os, sys
import build

SPLIT = {  # fixed before any gold was written: sorted by name, odd positions dev, even test (NOTES.md)
    'hk-rthk-2020-08-03-finance.txt': 'dev',
    'hk-rthk-2020-08-03-local.txt': 'test',
    'hk-rthk-2020-08-04-local.txt': 'dev',
    'hk-rthk-2020-08-05-economy.txt': 'test',
    'hk-rthk-2020-08-05-local.txt': 'dev',
    'hk-rthk-2020-08-06-local.txt': 'test',
}
assert sorted(SPLIT) == sorted(p['page'] for p in build.PAGES)
assert [SPLIT[k] for k in sorted(SPLIT)] == ['dev', 'test'] * 3


def ranges(nums, page_lines):
    out = []
    for n in nums:
        # consecutive lines, or lines with only empty lines between them
        if out and all(not page_lines[k - 1] for k in range(out[-1][1] + 1, n)):
            out[-1][1] = n
        else:
            out.append([n, n])
    return out


def q(s):
    return 'null' if s is None else json.dumps(s, ensure_ascii=False)


def gold_text(page):
    text, spans = build.layout(page)
    page_lines = text.split('\n')
    out = [f'source: {page["page"]}', 'family: traditional', 'format: paragraph-lines',
           f'split: {SPLIT[page["page"]]}', 'synthetic: false', 'units:']
    for s in spans:
        title = s['lines'][0]
        assert page_lines[s['title'][0] - 1] == title
        out += ['  - kind: article',
                f'    title: {q(title)}',
                f'    titleLines: {json.dumps(ranges(s["title"], page_lines))}',
                '    byline: null',
                f'    lines: {json.dumps(ranges(s["body"], page_lines))}']
    return '\n'.join(out) + '\n'


def main():
    bad = 0
    for page in build.PAGES:
        g = gold_text(page)
        path = os.path.join(build.OUT, page['page'][:-4] + '.gold.yaml')
        if '--check' in sys.argv:
            ok = os.path.exists(path) and open(path, encoding='utf-8').read() == g
            bad += not ok
            print(('ok   ' if ok else 'DIFF ') + os.path.basename(path))
        else:
            open(path, 'w', encoding='utf-8').write(g)
            print('wrote', os.path.basename(path))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
