#!/usr/bin/env python3
"""Check the hant21 gold files against their pages, reading only the page bytes and the YAML.

For every page of build.PAGES: the page decodes (UTF-8, UTF-8 with BOM, or Big5-HKSCS that round-trips);
every range of every unit lies inside the page and starts and ends on a non-blank line; no line belongs to two
units (head or body); every non-blank line is covered; a unit's `title` is the text of its first head line;
a non-null `byline` is printed in the unit's head or first body line; units appear in page order; the split is
the one SPLIT.md fixed. Exit status 1 on any error.
"""
import os, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build, gold


def page_lines(path):
    raw = open(path, 'rb').read()
    try:
        text = raw.decode('utf-8')
        if text.startswith('\ufeff'):
            text = text[1:]
    except UnicodeDecodeError:
        text = raw.decode('big5hkscs')
        assert text.encode('big5hkscs') == raw, path + ': Big5-HKSCS does not round-trip'
    lines = text.replace('\r\n', '\n').split('\n')
    assert lines[-1] == '', path + ': no final newline'
    return lines[:-1]


def main():
    errors = 0

    def err(*a):
        nonlocal errors
        errors += 1
        print('ERROR', *a)

    total = 0
    for name in sorted(build.PAGES):
        lines = page_lines(os.path.join(build.OUT, name + '.txt'))
        g = yaml.safe_load(open(os.path.join(build.OUT, name + '.gold.yaml'), encoding='utf-8'))
        if g['source'] != name + '.txt' or g['family'] != 'traditional' or g['split'] != gold.SPLIT[name]:
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
            first_head = u['titleLines'][0][0]
            if first_head <= last_start:
                err(name, ui, 'out of page order')
            last_start = first_head
            if u['title'] != lines[first_head - 1]:
                err(name, ui, 'title is not the first head line', u['title'])
            if u['byline'] is not None:
                head = ''.join(lines[n - 1] for a, b in u['titleLines'] for n in range(a, b + 1))
                first_body = lines[u['lines'][0][0] - 1]
                if u['byline'] not in head and u['byline'] not in first_body:
                    err(name, ui, 'byline not printed', u['byline'])
        for n, l in enumerate(lines, 1):
            if l.strip() and n not in owner:
                err(name, 'line', n, 'in no unit')
        total += len(g['units'])
        print(f'{name}: {len(lines)} lines, {len(g["units"])} units, {g["split"]}')
    print('units', total, 'errors', errors)
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
