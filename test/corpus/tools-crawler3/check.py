#!/usr/bin/env python3
"""Check every crawler/*.gold.yaml of the third batch against its data file.

- header fields: source names the file beside the gold, family crawler, a known format, split as
  the fixed rule gives it (data files sorted by name, odd positions dev, even positions test),
  synthetic false;
- each file is parsed on its own terms (csv module, json module, tab split, GBK decoding, the
  Markdown block structure), giving its records as (title field, head lines, body lines);
- the gold units must be those records, in file order, each record covered exactly once, no line
  in two units; a header row is no unit; titles equal the record's title field trimmed (null where
  the dump has no title field or it is empty; then titleLines is []); byline null (no dump of this
  batch has an author field); kind article or furniture.
Exit status 1 on any failure."""
import csv
import glob
import io
import json
import os
import re
import sys

import yaml

CRAWLER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'crawler')
FORMATS = {'delimited', 'tsv', 'csv', 'jsonl', 'json-records', 'labelled', 'tagged', 'blocks'}


def trim(s):
    s = (s or '').strip()
    return s or None


def load(name, enc='utf-8'):
    with open(os.path.join(CRAWLER, name), 'rb') as f:
        return f.read().decode(enc)


def tsv_notitle(ncols):
    """label/id/date columns + a text column; no title field."""
    def read(src):
        assert src.endswith('\n')
        recs = []
        for n, l in enumerate(src[:-1].split('\n'), 1):
            f = l.split('\t')
            assert len(f) == ncols, 'line %d: %d fields' % (n, len(f))
            assert f[-1].strip(), 'line %d: empty text' % n
            recs.append((None, [], [[n, n]]))
        return recs
    return read


def wangyi(src):
    recs = []
    assert src.endswith('\n')
    for n, l in enumerate(src[:-1].split('\n'), 1):
        f = l.split('\t')
        assert len(f) == 3 and f[1] == '' and re.fullmatch(r"b'http://\S+'", f[0]), 'line %d' % n
        t = trim(f[2])
        recs.append((t, [[n, n]] if t else [], [[n, n]]))
    return recs


def rindex_csv(src):
    r = csv.reader(io.StringIO(src, newline=''))
    header = next(r)
    assert header == ['', 'x'], header
    recs, prev = [], r.line_num
    for k, row in enumerate(r, 1):
        n = prev + 1
        prev = r.line_num
        assert len(row) == 2 and row[0] == str(k), 'line %d: %r' % (n, row)
        t = trim(row[1])
        recs.append((t, [[n, n]] if t else [], [[n, n]]))
    return recs


def json_array(src):
    objs = json.loads(src)
    lines = src.split('\n')
    tl = [i for i, l in enumerate(lines, 1) if re.match(r'\s*"title"\s*:', l)]
    dl = [i for i, l in enumerate(lines, 1) if re.match(r'\s*"detail"\s*:', l)]
    assert len(tl) == len(dl) == len(objs), 'title lines %d, objects %d' % (len(tl), len(objs))
    recs = []
    for t_line, d_line, o in zip(tl, dl, objs):
        t = trim(o['title'])
        n = t_line if t else d_line
        recs.append((t, [[n, n]] if t else [], [[n, n]]))
    return recs


def md_blocks(src):
    """'### title' / blank / one body line / blank / '[查看原文](url)' link, blocks separated by a
    blank line.  Title line = head, body line = text; the link line belongs to no unit."""
    lines = src.split('\n')
    assert src.endswith('\n')
    lines = lines[:-1]
    recs, i = [], 0
    while i < len(lines):
        l = lines[i]
        if not l.strip():
            i += 1
            continue
        assert l.startswith('### '), 'line %d: block does not open with ###' % (i + 1)
        assert lines[i + 1] == '' and lines[i + 2].strip() and not lines[i + 2].startswith('#')
        assert lines[i + 3] == '' and re.fullmatch(r'\[查看原文\]\(https?://\S+\)', lines[i + 4]), 'line %d' % (i + 5)
        recs.append((trim(l[4:]), [[i + 1, i + 1]], [[i + 3, i + 3]]))
        i += 5
    return recs


READERS = {
    'cnews-thucnews-label-text.tsv': (tsv_notitle(2), 'utf-8'),
    'fanzha-2026-pretty-array.json': (json_array, 'utf-8'),
    'sina-2024-rindex.csv': (rindex_csv, 'utf-8'),
    'twnews-2020-id-date-snippet.tsv': (tsv_notitle(3), 'utf-8'),
    'wangyi-2018-bytesurl-title.txt': (wangyi, 'gbk'),
    'xwlb-20221010-markdown.md': (md_blocks, 'utf-8'),
}


def flat(ranges):
    out = []
    for a, b in ranges:
        out += range(a, b + 1)
    return out


def main():
    # This batch's files only (the folder holds the other batches' too).
    data = sorted(READERS)
    golds = sorted(os.path.join(CRAWLER, os.path.splitext(f)[0] + '.gold.yaml') for f in data)
    split = {name: ('dev' if i % 2 == 0 else 'test') for i, name in enumerate(data)}
    errors = []
    if len(golds) != len(data):
        errors.append('%d gold files for %d data files' % (len(golds), len(data)))
    total = 0
    for g in golds:
        err = []
        gold = yaml.safe_load(open(g, encoding='utf-8'))
        name = gold.get('source')
        if not name or os.path.splitext(name)[0] != os.path.basename(g)[:-len('.gold.yaml')] or name not in data:
            errors.append('%s: source %r does not name the file beside it' % (g, name))
            continue
        if name not in READERS:
            errors.append('%s: no reader' % name)
            continue
        for key, want in (('family', 'crawler'), ('split', split[name]), ('synthetic', False)):
            if gold.get(key) != want:
                err.append('%s %r, want %r' % (key, gold.get(key), want))
        if gold.get('format') not in FORMATS:
            err.append('format %r' % gold.get('format'))
        reader, enc = READERS[name]
        try:
            recs = reader(load(name, enc))
        except Exception as e:  # noqa
            errors.append('%s: cannot parse: %s' % (name, e))
            continue
        units = gold.get('units') or []
        if len(units) != len(recs):
            err.append('%d units for %d records' % (len(units), len(recs)))
        seen = set()
        for k, (u, (t, head, body)) in enumerate(zip(units, recs), 1):
            where = 'unit %d' % k
            if u.get('kind') not in ('article', 'furniture'):
                err.append('%s: kind %r' % (where, u.get('kind')))
            if u.get('title') != t:
                err.append('%s: title %r != field %r' % (where, u.get('title'), t))
            if u.get('titleLines') != head:
                err.append('%s: titleLines %r != %r' % (where, u.get('titleLines'), head))
            if u.get('lines') != body:
                err.append('%s: lines %r != %r' % (where, u.get('lines'), body))
            if u.get('byline') is not None:
                err.append('%s: byline %r (no author field in this dump)' % (where, u.get('byline')))
            own = set(flat(u.get('titleLines') or [])) | set(flat(u.get('lines') or []))
            if own & seen:
                err.append('%s: lines %s already in an earlier unit' % (where, sorted(own & seen)))
            if own and seen and min(own) <= max(seen):
                err.append('%s: out of file order' % where)
            seen |= own
        total += len(units)
        status = 'ok  ' if not err else 'FAIL'
        print('%s %-36s %-5s %-12s %2d units' % (status, name, gold.get('split'), gold.get('format'), len(units)))
        errors += ['%s: %s' % (name, e) for e in err]
    for e in errors:
        print('  ' + e)
    print('%d files, %d units, %d errors' % (len(golds), total, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
