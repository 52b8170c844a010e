#!/usr/bin/env python3
"""Check every crawler/*.gold.yaml of this batch against its data file.

- header fields: source names the file beside it, family crawler, known format, split as the
  rule in SOURCES-fragment.md gives it (sorted names, odd positions dev, even test), synthetic false;
- units in file order, no line in two units, every record of the file covered by exactly one unit;
- a unit's lines/titleLines match the record's place in the file (one-record-a-line formats and
  JSON arrays: [[n, n]] with n = the record's first physical line; blank-line blocks and <doc>
  blocks: title line, then body lines);
- the gold title equals the record's title field, trimmed (None for an empty field); the field
  is read with Python's csv / json modules (the list-repr CSV: the cell decoded with
  ast.literal_eval, the list's string trimmed).
Exit status 1 on any failure."""
import ast
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
KINDS = {'article', 'fragment', 'photo-caption', 'column-intro', 'page-header', 'furniture'}


def trim(s):
    s = s.strip()
    return s or None


def load(name):
    with open(os.path.join(CRAWLER, name), encoding='utf-8', newline='') as f:
        return f.read()


# Each reader returns records as (head, body, title): head/body are line ranges in gold form.
def csv_reader(title_of):
    def read(src):
        r = csv.reader(io.StringIO(src, newline=''))
        prev, recs, header = 0, [], None
        for row in r:
            n = prev + 1
            prev = r.line_num
            if header is None:
                header = row  # (revised: a header row is no unit)
                continue
            assert len(row) == len(header), 'line %d: %d fields, header has %d' % (n, len(row), len(header))
            t = title_of(row[0])
            if t is None and not ''.join(row[1:]).replace('[]', '').strip():
                continue  # (revised: an empty record is no unit)
            recs.append(([[n, n]] if t else [], [[n, n]], t))
        return recs
    return read


def listrepr(cell):
    return trim(''.join(ast.literal_eval(cell)))


def json_array(src):
    objs = json.loads(src)
    lines = src.split('\n')
    # (revised) the physical line on which each object's title value stands
    starts = [i + 1 for i, l in enumerate(lines) if re.search(r'"title"\s*:', l)]
    assert len(starts) == len(objs), 'title lines %d != objects %d' % (len(starts), len(objs))
    recs = []
    for n, o in zip(starts, objs):
        t = trim(o['title'])
        recs.append(([[n, n]] if t else [], [[n, n]], t))
    return recs


def jsonl(src):
    recs = []
    for n, l in enumerate(src.split('\n'), 1):
        if not l.strip():
            continue
        t = trim(json.loads(l)['title'])
        recs.append(([[n, n]] if t else [], [[n, n]], t))
    return recs


def blank_blocks(src):
    lines = src.split('\n')
    recs, start = [], None
    for i, l in enumerate(lines + [''], 1):
        if l.strip() and start is None:
            start = i
        elif not l.strip() and start is not None:
            recs.append(([[start, start]], [[start + 1, i - 1]], trim(lines[start - 1])))
            start = None
    return recs


def doc_blocks(src):
    lines = src.split('\n')
    recs = []
    i = 0
    while i < len(lines):
        if lines[i] == '<doc>':
            j = lines.index('</doc>', i)
            block = lines[i:j + 1]
            ti = [k for k, l in enumerate(block) if l.startswith('<contenttitle>')]
            ci = [k for k, l in enumerate(block) if l.startswith('<content>')]
            assert len(ti) == 1 and len(ci) == 1, 'doc at line %d' % (i + 1)
            t = re.fullmatch(r'<contenttitle>(.*)</contenttitle>', block[ti[0]]).group(1)
            tl, cl = i + ti[0] + 1, i + ci[0] + 1
            recs.append(([[tl, tl]], [[cl, cl]], trim(t)))
            i = j + 1
        else:
            assert not lines[i].strip(), 'stray line %d' % (i + 1)
            i += 1
    return recs


READERS = {
    'chinanews-2018-listrepr.csv': csv_reader(listrepr),
    'ettoday-2025-pretty-array.json': json_array,
    'ne163-2016-scrapy-array.json': json_array,
    'ne163qq-2016-epoch.jsonl': jsonl,
    'olympics-2023-blankline-blocks.txt': blank_blocks,
    'sogoucs-2012-doc-blocks.txt': doc_blocks,
    'xinhuanet-meirihan-multiline.csv': csv_reader(trim),
}


def main():
    # This batch's files only (the folder holds the earlier batch's too).
    golds = sorted(os.path.join(CRAWLER, os.path.splitext(f)[0] + '.gold.yaml') for f in READERS)
    data = sorted(READERS)
    errors = []
    split = {name: ('dev' if i % 2 == 0 else 'test') for i, name in enumerate(data)}
    if len(golds) != len(data):
        errors.append('%d gold files for %d data files' % (len(golds), len(data)))
    for g in golds:
        err = []
        gold = yaml.safe_load(open(g, encoding='utf-8'))
        name = gold.get('source')
        base = os.path.basename(g)[:-len('.gold.yaml')]
        if not name or os.path.splitext(name)[0] != base or name not in data:
            err.append('source %r does not name the file beside the gold' % name)
        elif name not in READERS:
            err.append('no reader for %s' % name)
        else:
            if gold.get('family') != 'crawler':
                err.append('family %r' % gold.get('family'))
            if gold.get('format') not in FORMATS:
                err.append('format %r' % gold.get('format'))
            if gold.get('split') != split[name]:
                err.append('split %r, rule gives %r' % (gold.get('split'), split[name]))
            if gold.get('synthetic') is not False:
                err.append('synthetic must be false')
            recs = READERS[name](load(name))
            units = gold['units']
            if len(units) != len(recs):
                err.append('%d units for %d records' % (len(units), len(recs)))
            last = 0
            for k, (u, (head, body, title)) in enumerate(zip(units, recs), 1):
                if u['kind'] not in KINDS:
                    err.append('unit %d: kind %r' % (k, u['kind']))
                if u['lines'] != body or u['titleLines'] != head:
                    err.append('unit %d: lines %s/%s, record at %s/%s' % (k, u['titleLines'], u['lines'], head, body))
                if u['title'] != title:
                    err.append('unit %d: title %r != field %r' % (k, u['title'], title))
                if 'byline' not in u:
                    err.append('unit %d: no byline key' % k)
                span = [x for r in (u['titleLines'] + u['lines']) for x in r]
                if min(span) <= last:
                    err.append('unit %d: out of order or overlapping (starts %d, previous ended %d)' % (k, min(span), last))
                last = max(span)
        print(('ok   ' if not err else 'FAIL ') + os.path.basename(g) +
              ('' if err else '  (%d units, %s)' % (len(gold['units']), gold['split'])))
        for e in err:
            print('     ' + e)
        errors += err
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
