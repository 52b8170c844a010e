#!/usr/bin/env python3
"""Check the hant25 gold files against their pages, reading the page bytes and the YAML (and, for the last checks,
records.json).

For every page of build.PAGES: the page decodes (UTF-8, or UTF-8 with BOM); every range of every unit lies inside
the page and starts and ends on a non-blank line; no line belongs to two units (head or body); every non-blank line
is covered; a unit's `title` is the text of its head lines joined (no added spaces); units appear in page order; the
split is the one SPLIT.md fixed. Then, independently of gold.py's arithmetic, against the records: unit i starts on
the line holding item i's first title piece, its head lines are exactly its title pieces, its body starts on the
line holding its first text line and ends on the line holding its last. Exit status 1 on any error.
"""
import json, os, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build, gold


def page_lines(path):
    raw = open(path, 'rb').read()
    text = raw.decode('utf-8')
    if text.startswith('\ufeff'):
        text = text[1:]
    lines = text.replace('\r\n', '\n').split('\n')
    assert lines[-1] == '', path + ': no final newline'
    assert '\r' not in ''.join(lines), path + ': stray CR'
    return lines[:-1]


def main():
    errors = 0

    def err(*a):
        nonlocal errors
        errors += 1
        print('ERROR', *a)

    recs = json.load(open(build.RECORDS, encoding='utf-8'))
    total = 0
    for name in sorted(build.PAGES):
        lines = page_lines(os.path.join(build.OUT, name + '.txt'))
        g = yaml.safe_load(open(os.path.join(build.OUT, name + '.gold.yaml'), encoding='utf-8'))
        if g['source'] != name + '.txt' or g['family'] != 'traditional' or g['split'] != gold.SPLIT[name] \
                or g['format'] != 'paragraph-lines' or g['synthetic'] is not False:
            err(name, 'header')
        owner = {}
        last_start = 0
        for ui, u in enumerate(g['units']):
            if u['kind'] != 'article':
                err(name, ui, 'kind')
            for field in ('titleLines', 'lines'):
                for a, b in u[field]:
                    if not (1 <= a <= b <= len(lines)):
                        err(name, ui, field, a, b, 'outside the page'); continue
                    if not lines[a - 1].strip() or not lines[b - 1].strip():
                        err(name, ui, field, a, b, 'starts or ends on a blank line')
                    for n in range(a, b + 1):
                        if not lines[n - 1].strip():
                            continue
                        if n in owner:
                            err(name, ui, 'line', n, 'also in unit', owner[n])
                        owner[n] = ui
            a, b = u['titleLines'][0]
            if a <= last_start:
                err(name, ui, 'out of page order')
            last_start = a
            if u['title'] != ''.join(l for l in lines[a - 1:b] if l.strip()):
                err(name, ui, 'title is not the head lines joined', u['title'])
            if u['byline'] is not None:
                err(name, ui, 'byline should be null')
        for n, l in enumerate(lines, 1):
            if l.strip() and n not in owner:
                err(name, 'line', n, 'in no unit')
        # against the records: find each item's lines in the page in order
        items = recs[name]['items']
        if len(items) != len(g['units']):
            err(name, 'units', len(g['units']), 'items', len(items))
        nonblank = [(n, l) for n, l in enumerate(lines, 1) if l.strip()]
        pos = 0
        for ui, (u, it) in enumerate(zip(g['units'], items)):
            nums = []
            for l in it['lines']:
                n, pl = nonblank[pos]
                if pl != l:
                    err(name, ui, 'page line', n, 'is not the record line'); break
                nums.append(n); pos += 1
            h = len(it['head'])
            if u['titleLines'] != [[nums[0], nums[h - 1]]] or u['lines'] != [[nums[h], nums[-1]]]:
                err(name, ui, 'unit is not the item', u['titleLines'], u['lines'], nums[0], nums[h - 1], nums[h], nums[-1])
        if pos != len(nonblank):
            err(name, 'page has lines after the last item')
        total += len(g['units'])
        print(f'{name}: {len(lines)} lines, {len(g["units"])} units, {g["split"]}')
    print('units', total, 'errors', errors)
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
