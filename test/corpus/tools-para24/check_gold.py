#!/usr/bin/env python3
"""Check the para24 gold against the page bytes: decoding (UTF-8 or GBK), ranges inside the page and on non-blank
lines, no line in two units, every non-blank line covered, title = first head line, the second head line a
`时间：` field, the byline printed in the first body line, the last body line the `来源：` field, one unit per
record (first line of the record = head start, last = body end), split as fixed in SPLIT.md. Exit 1 on error."""
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
            h1, h2 = u['titleLines'][0]
            b1, b2 = u['lines'][0]
            if u['title'] != lines[h1 - 1]: err.append((i, 'title'))
            if not lines[h2 - 1].startswith('时间：') or h2 != h1 + 1: err.append((i, 'time line'))
            if u['byline'] and u['byline'] not in lines[b1 - 1]: err.append((i, 'byline not printed'))
            if lines[b2 - 1] != '来源：平潭网': err.append((i, 'last body line'))
        for n, l in enumerate(lines, 1):
            if l.strip() and n not in owner: err.append(('uncovered', n))
        # one unit per record
        n, spans = 0, []
        for j, k in enumerate(keys):
            if blank == 'articles' and j: n += 1
            m = len(recs[str(k)]['lines'])
            spans.append((n + 1, n + m)); n += m
        got = [(u['titleLines'][0][0], u['lines'][0][1]) for u in g['units']]
        if got != spans: err.append(('records', got, spans))
        total += len(g['units'])
        print(name, len(lines), 'lines', len(g['units']), 'units', g['split'], 'errors', err)
        errors += len(err)
    print('units', total, 'errors', errors)
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
