#!/usr/bin/env python3
"""Check the hant24 gold files against their pages, reading the page bytes and the YAML (and, for the last
checks, records.json).

For every page of build.PAGES: the page decodes (UTF-8, UTF-8 with BOM, or Big5 that round-trips); every range of
every unit lies inside the page and starts and ends on a non-blank line; no line belongs to two units (head or
body); every non-blank line is covered; a unit's `title` is the text of its first head line; units appear in page
order; the split is the one SPLIT.md fixed. Then, against the records: every unit starts on the first line of one
item and ends on its last line, one unit per item; the head is the headline plus the subtitle line exactly when
the item prints a subtitle; the body starts on the line after the head. Exit status 1 on any error.
"""
import json, os, sys
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
        text = raw.decode('big5')
        assert text.encode('big5') == raw, path + ': Big5 does not round-trip'
        assert raw.decode('big5hkscs') == text, path + ': Big5-HKSCS reads it differently'
    lines = text.replace('\r\n', '\n').split('\n')
    assert lines[-1] == '', path + ': no final newline'
    return lines[:-1]


def record_spans(name, recs):
    date, keys, blank, enc, nl = build.PAGES[name]
    out, n = [], 0
    for i, s in enumerate(keys):
        k = len(recs[str(s)]['lines'])
        if blank == 'articles' and i:
            n += 1
        first = n + 1
        n += k * (2 if blank == 'all' else 1)
        last = n - (1 if blank == 'all' else 0)
        out.append((first, last, recs[str(s)]['subtitle_printed']))
    return out


def main():
    errors = 0

    def err(*a):
        nonlocal errors
        errors += 1
        print('ERROR', *a)

    recs = json.load(open(build.RECORDS, encoding='utf-8'))
    total = 0
    for name in sorted(build.PAGES):
        date, keys, blank, enc, nl = build.PAGES[name]
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
            first_head = u['titleLines'][0][0]
            if first_head <= last_start:
                err(name, ui, 'out of page order')
            last_start = first_head
            if u['title'] != lines[first_head - 1]:
                err(name, ui, 'title is not the first head line', u['title'])
            if u['byline'] is not None:
                err(name, ui, 'byline should be null')
        for n, l in enumerate(lines, 1):
            if l.strip() and n not in owner:
                err(name, 'line', n, 'in no unit')
        spans = record_spans(name, recs)
        if len(spans) != len(g['units']):
            err(name, 'units', len(g['units']), 'items', len(spans))
        step = 2 if blank == 'all' else 1
        for ui, (u, (first, last, sub)) in enumerate(zip(g['units'], spans)):
            head = u['titleLines'][0]
            want_head = [first, first + step if sub else first]
            if head != want_head or u['lines'] != [[want_head[1] + step, last]]:
                err(name, ui, 'unit is not the item', head, u['lines'], 'item', want_head, last)
        total += len(g['units'])
        print(f'{name}: {len(lines)} lines, {len(g["units"])} units, {g["split"]}')
    print('units', total, 'errors', errors)
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
