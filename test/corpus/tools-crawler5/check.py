#!/usr/bin/env python3
"""Check every pages/*.gold.yaml of this batch against its page (run from anywhere; reads only).

For each page:
- header fields: source names the page beside the gold; family crawler; format one the corpus's
  crawler gold uses; split as the fixed rule gives it (pages sorted by name, odd positions dev,
  even test); synthetic false;
- the page is decoded with its own encoding (UTF-8, GBK, GB2312; must round-trip) and split into
  physical lines at LF (a CR before it belongs to the line ending);
- every gold line range lies inside the page (1 <= first <= last <= number of lines); no line is in
  two units; units are in page order;
- every non-blank line is in some unit, except the page's declared header lines (header rows,
  the repeated header of the piyao page, the dated first line of the blocks page) and lines of
  JSON syntax only (the `[` and `]` lines of the JSON array);
- each title, unescaped the way its format escapes it (JSON string, CSV/TSV cell, plain line),
  is found in its titleLines: it equals the record's title field (or the block's first line)
  trimmed; and, format-blind, the title with white space removed is a substring of the unescaped
  text of its titleLines;
- an independent parse of the page's records (csv / json / tab split / blank-line blocks) gives
  exactly one unit per record, in order, at the record's line(s); byline null; kind article or
  furniture.
Exit status 1 on any failure.
"""
import csv
import io
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(os.path.dirname(HERE), 'crawler')
FORMATS = {'delimited', 'tsv', 'csv', 'jsonl', 'json-records', 'labelled', 'tagged', 'blocks'}

PAGE = {  # name: (encoding, header line numbers, record parser)
    'piyao-2020-crlf-repeated-header.tsv': ('utf-8', {1, 12}, 'tsv5'),
    'sina-2017-html-content-array.json': ('utf-8', set(), 'jsonarray'),
    'sina-2018-comma-terminated-lines.json': ('ascii', set(), 'jsonlines'),
    'sinamil-2018-gb2312-crlf.csv': ('gb2312', {1}, 'csv:title'),
    'toutiao-2019-count-source-title.csv': ('utf-8', {1}, 'csv:title'),
    'toutiao-2019-gbk-feed.jsonl': ('gbk', set(), 'jsonlines'),
    'xwlb-20161010-dated-blocks.txt': ('utf-8', {1}, 'blocks'),
}


def page_lines(name, enc):
    raw = open(os.path.join(PAGES, name), 'rb').read()
    text = raw.decode(enc)
    assert text.encode(enc) == raw, '%s does not round-trip' % enc
    lines = text.split('\n')
    if lines[-1] == '':
        lines.pop()
    crlf = [l.endswith('\r') for l in lines]
    lines = [l[:-1] if l.endswith('\r') else l for l in lines]
    return text, lines, crlf


def records(kind, text, lines):
    """[(title field trimmed or None, head ranges, body ranges)] from the page itself."""
    recs = []
    if kind == 'tsv5':
        for n, l in enumerate(lines, 1):
            if not l.strip():
                continue
            f = l.split('\t')
            assert len(f) in (5, 9), 'line %d: %d fields' % (n, len(f))
            if f[:5] == ['title', 'date', 'sourse', 'content', 'link']:
                continue
            if len(f) == 9:      # a record with the header's words glued to its link cell
                assert f[4].endswith('title') and f[5:] == ['date', 'sourse', 'content', 'link'], n
            recs.append((f[0].strip() or None, [[n, n]], [[n, n]]))
    elif kind == 'jsonarray':
        objs = json.loads(text)
        assert lines[0] == '[' and lines[-1] == ']' and len(lines) == len(objs) + 2
        for n, (l, o) in enumerate(zip(lines[1:-1], objs), 2):
            assert json.loads(l.rstrip(',')) == o, 'line %d is not object %d' % (n, n - 1)
            t = (o.get('title') or '').strip() or None
            recs.append((t, [[n, n]] if t else [], [[n, n]]))
    elif kind == 'jsonlines':
        for n, l in enumerate(lines, 1):
            assert l.strip(), 'blank line %d' % n
            o = json.loads(l[:-1] if l.endswith(',') else l)
            t = (o.get('title') or '').strip() or None
            recs.append((t, [[n, n]] if t else [], [[n, n]]))
    elif kind.startswith('csv:'):
        col = kind[4:]
        r = csv.reader(io.StringIO(text, newline=''))
        header = next(r)
        prev = r.line_num
        for row in r:
            n = prev + 1
            prev = r.line_num
            assert len(row) == len(header) and n == prev, 'line %d' % n
            t = row[header.index(col)].strip() or None
            recs.append((t, [[n, n]] if t else [], [[n, n]]))
    elif kind == 'blocks':
        block = []
        for n, l in list(enumerate(lines, 1))[1:] + [(len(lines) + 1, '')]:
            if l.strip():
                block.append(n)
            elif block:
                recs.append((lines[block[0] - 1].strip(), [[block[0], block[0]]],
                             [[block[1], block[-1]]] if len(block) > 1 else []))
                block = []
    return recs


def unescaped(kind, line):
    """The text of one physical line as its format prints it (escapes undone, syntax kept)."""
    if kind in ('jsonarray', 'jsonlines'):
        s = line.rstrip(',')
        try:
            o = json.loads(s)
            return ' '.join(str(v) for v in o.values())
        except ValueError:
            return line
    if kind.startswith('csv:'):
        try:
            return ' '.join(next(csv.reader([line])))
        except StopIteration:
            return line
    return line


def flat(ranges):
    return [i for a, b in ranges for i in range(a, b + 1)]


def main():
    names = sorted(PAGE)
    split = {n: ('dev' if i % 2 == 0 else 'test') for i, n in enumerate(names)}
    on_disk = sorted(f for f in os.listdir(PAGES) if f in PAGE)
    errors, total = [], 0
    if on_disk != names:
        errors.append('pages/ holds %s, expected %s' % (on_disk, names))
    for name in names:
        err = []
        enc, header_lines, kind = PAGE[name]
        gpath = os.path.join(PAGES, os.path.splitext(name)[0] + '.gold.yaml')
        gold = yaml.safe_load(open(gpath, encoding='utf-8'))
        if gold.get('source') != name:
            err.append('source %r' % gold.get('source'))
        for key, want in (('family', 'crawler'), ('split', split[name]), ('synthetic', False)):
            if gold.get(key) != want:
                err.append('%s %r, want %r' % (key, gold.get(key), want))
        if gold.get('format') not in FORMATS:
            err.append('format %r' % gold.get('format'))
        text, lines, crlf = page_lines(name, enc)
        n_lines = len(lines)
        units = gold.get('units') or []
        owner = {}
        last_first = 0
        for k, u in enumerate(units, 1):
            w = 'unit %d' % k
            for key in ('kind', 'title', 'titleLines', 'byline', 'lines'):
                if key not in u:
                    err.append('%s: missing %s' % (w, key))
            if u.get('kind') not in ('article', 'furniture'):
                err.append('%s: kind %r' % (w, u.get('kind')))
            if u.get('byline') is not None:
                err.append('%s: byline %r (no author field in this dump)' % (w, u.get('byline')))
            rngs = (u.get('titleLines') or []) + (u.get('lines') or [])
            for a, b in rngs:
                if not (1 <= a <= b <= n_lines):
                    err.append('%s: range [%d, %d] outside 1..%d' % (w, a, b, n_lines))
                    continue
                for i in range(a, b + 1):
                    if i in owner and owner[i] != k:
                        err.append('%s: line %d already in unit %d' % (w, i, owner[i]))
                    owner[i] = k
            first = min([a for a, b in rngs] or [0])
            if first < last_first:
                err.append('%s: out of page order' % w)
            last_first = first
            t = u.get('title')
            if t is not None:
                if not u.get('titleLines'):
                    err.append('%s: title without titleLines' % w)
                head = ' '.join(unescaped(kind, lines[i - 1]) for i in flat(u.get('titleLines') or [])
                                if 1 <= i <= n_lines)
                if ''.join(t.split()) not in ''.join(head.split()):
                    err.append('%s: title %r not found in its titleLines' % (w, t))
        for i, l in enumerate(lines, 1):
            syntax = l.strip() and not l.strip(' []{},')   # a JSON array's own `[` / `]` line
            if l.strip() and not syntax and i not in owner and i not in header_lines:
                err.append('line %d covered by no unit: %r' % (i, l[:30]))
            if i in header_lines and i in owner:
                err.append('header line %d is in unit %d' % (i, owner[i]))
        try:
            recs = records(kind, text, lines)
        except Exception as e:  # noqa
            err.append('cannot parse records: %s' % e)
            recs = []
        if len(recs) != len(units):
            err.append('%d units for %d records' % (len(units), len(recs)))
        for k, (u, (t, head, body)) in enumerate(zip(units, recs), 1):
            if u.get('title') != t:
                err.append('unit %d: title %r != record field %r' % (k, u.get('title'), t))
            if u.get('titleLines') != head or u.get('lines') != body:
                err.append('unit %d: lines %r/%r != record %r/%r' % (k, u.get('titleLines'), u.get('lines'), head, body))
        total += len(units)
        eol = 'CRLF' if all(crlf) else ('LF' if not any(crlf) else 'mixed')
        print('%s %-40s %-5s %-12s %-6s %-4s %3d lines %2d units' % (
            'ok  ' if not err else 'FAIL', name, gold.get('split'), gold.get('format'), enc, eol, n_lines, len(units)))
        errors += ['%s: %s' % (name, e) for e in err]
    for e in errors:
        print('  ' + e)
    print('%d pages, %d units, %d errors' % (len(names), total, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
