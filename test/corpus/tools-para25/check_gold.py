#!/usr/bin/env python3
"""Check the para25 gold against the page bytes (independently of gold.py's arithmetic): decoding (UTF-8 or GBK),
ranges inside the page and on non-blank lines, no line in two units, every non-blank line covered, title = the first
head line, the head's second and third lines the `发布时间:` / `发布机构:` fields, the byline printed in the last body
line, units in page order, the head start of each unit = the line holding its record's headline (record lines matched
in order against the page's non-blank lines), split as fixed in SPLIT.md. Exit 1 on error."""
import json, os, sys, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build, gold


def page_lines(path, enc):
    raw = open(path, 'rb').read()
    text = raw.decode(enc)
    assert text.encode(enc) == raw
    lines = text.replace('\r\n', '\n').split('\n')
    assert lines[-1] == ''
    return lines[:-1]


def main():
    recs = json.load(open(build.RECORDS, encoding='utf-8'))
    errors = total = 0
    for name in sorted(build.PAGES):
        keys, blank, enc, nl = build.PAGES[name]
        lines = page_lines(os.path.join(build.OUT, name + '.txt'), enc)
        g = yaml.safe_load(open(os.path.join(build.OUT, name + '.gold.yaml'), encoding='utf-8'))
        err = []
        if g['split'] != gold.SPLIT[name] or g['family'] != 'paragraph' or g['format'] != 'paragraph-lines':
            err.append('header')
        owner = {}
        for i, u in enumerate(g['units']):
            for f in ('titleLines', 'lines'):
                for a, b in u[f]:
                    if not (1 <= a <= b <= len(lines)) or not lines[a - 1].strip() or not lines[b - 1].strip():
                        err.append((i, f, a, b))
                    for n in range(a, b + 1):
                        if lines[n - 1].strip():
                            if n in owner: err.append(('twice', n))
                            owner[n] = i
            nb = [n for a, b in u['titleLines'] for n in range(a, b + 1) if lines[n - 1].strip()]
            if u['title'] != lines[nb[0] - 1]: err.append((i, 'title'))
            if not (lines[nb[1] - 1].startswith('发布时间: ') and lines[nb[2] - 1].startswith('发布机构: ')):
                err.append((i, 'field lines'))
            b2 = u['lines'][-1][1]
            if u['byline'] and '（' + u['byline'] + '）' not in lines[b2 - 1].replace('（ ', '（'):
                err.append((i, 'byline not printed'))
        for n, l in enumerate(lines, 1):
            if l.strip() and n not in owner: err.append(('uncovered', n))
        # record lines against the page's non-blank lines, in order
        nonblank = [n for n, l in enumerate(lines, 1) if l.strip()]
        seq = [l for k in keys for l in recs[str(k)]['lines']]
        if [lines[n - 1] for n in nonblank] != seq: err.append('page != records')
        starts, n0 = [], 0
        for k in keys:
            starts.append(nonblank[n0]); n0 += len(recs[str(k)]['lines'])
        got = [u['titleLines'][0][0] for u in g['units']]
        if got != starts: err.append(('unit starts', got, starts))
        total += len(g['units'])
        print(name, len(lines), 'lines', len(g['units']), 'units', g['split'], enc, repr(nl), 'errors', err)
        errors += len(err)
    print('units', total, 'errors', errors)
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
