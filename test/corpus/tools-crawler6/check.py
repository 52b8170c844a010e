#!/usr/bin/env python3
"""Check every pages/*.gold.yaml of fresh crawler batch 6 against its page (reads only).

For each page:
- header fields: source names the page beside the gold; family crawler; format one the corpus's gold
  format list has (README: delimited, tsv, csv, jsonl, json-records, blocks, labelled, tagged …); split
  as the fixed rule gives it (pages sorted by name, odd positions dev, even test); synthetic false;
- the page is decoded with its own encoding (UTF-8 or GBK; must round-trip) and split into physical
  lines at LF;
- every gold range lies inside the page (1 <= first <= last <= number of lines); no line is in two
  units; units are in page order; kind article or furniture; every unit with a title has titleLines;
- every non-blank line (white space only counts as blank) is in some unit, except the lines the page's
  format gives no unit: header rows (cstc line 1), the labelled dump's Time/Source/link field lines, and
  the XML dump's structural and metadata lines (<?xml?>, <AllNews>, <News>, <Topic>, <Link>, <Time>,
  </News>, </AllNews>);
- an independent parse of the page's records (its own rules, not write_gold.py's hand lists) gives
  exactly one unit per record, in order, at the record's line(s), and each unit's title equals the
  record's title field as the format unescapes it (XML entities, JSON strings, CSV cells, the text
  before the first ASCII colon), trimmed with str.strip(); and, format-blind, that title with white
  space removed is a substring of the unescaped text of its titleLines;
- byline null except where the dump has an author field (thepaper's `person`): there the reporter
  credit of that field, recomputed here with a regular expression.
Exit status 1 on any failure.
"""
import html
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(os.path.dirname(HERE), 'crawler')
FORMATS = {'column-text', 'paragraph-lines', 'layout-text', 'delimited', 'tsv', 'csv', 'jsonl',
           'json-records', 'blocks', 'labelled', 'tagged'}

PAGE = {  # name: (encoding, record parser)
    'cnr-2019-gbk-labelled-fields.txt': ('gbk', 'labelled'),
    'cstc-2019-gbk-unquoted-csv.csv': ('gbk', 'csvraw'),
    'sinamil-2018-minidom-xml.xml': ('utf-8', 'xml'),
    'thepaper-2019-jsonl-named-csv.csv': ('utf-8', 'jsonl'),
    'wangyi-2019-colon-continued.txt': ('utf-8', 'colon'),
    'wangyi-2020-bare-title-whitespace.txt': ('utf-8', 'bare'),
}
XML_SKIP = re.compile(r'^(<\?xml .*\?>|<AllNews>|</AllNews>|\t<News>|\t</News>|\t\t<(Topic|Link|Time)>.*</\2>)$')
LABEL_SKIP = re.compile(r'^(Time:  |Source:|link:  )')
CREDIT = re.compile(r'^\d{4}-\d\d-\d\d \d\d:\d\d\s+(.+?)(?: 编辑 .*)?$')


def page_lines(name, enc):
    raw = open(os.path.join(PAGES, name), 'rb').read()
    text = raw.decode(enc)
    assert text.encode(enc) == raw, '%s does not round-trip' % enc
    lines = text.split('\n')
    if lines[-1] == '':
        lines.pop()
    assert not any(l.endswith('\r') for l in lines), 'CR found'
    return text, lines


def skip_lines(kind, lines):
    """Lines the format gives no unit (besides blank ones)."""
    out = set()
    for n, l in enumerate(lines, 1):
        if kind == 'csvraw' and n == 1:
            out.add(n)
        if kind == 'labelled' and LABEL_SKIP.match(l):
            out.add(n)
        if kind == 'xml' and XML_SKIP.match(l):
            out.add(n)
    return out


def records(kind, text, lines):
    """[(title, head ranges, body ranges, byline)] read off the page by this checker's own rules."""
    recs = []
    blank = [not l.strip() for l in lines]
    if kind == 'labelled':
        cur = None
        for n, l in enumerate(lines, 1):
            if l.startswith('Title: '):
                if cur:
                    recs.append(cur)
                cur = (l[7:].strip(), [[n, n]], [], None)
            elif l.startswith('Text:  '):
                assert cur and not cur[2], 'line %d: Text outside a record' % n
                cur[2].append([n, n])
            elif l.strip():
                assert LABEL_SKIP.match(l), 'line %d: unlabelled line' % n
        recs.append(cur)
    elif kind == 'csvraw':
        assert lines[0] == 'post_time,title,url,content'
        for n, l in enumerate(lines[1:], 2):
            f = l.split(',')
            assert len(f) >= 4 and re.match(r'\d{4}-\d\d-\d\d$', f[0]) and f[2].startswith('http'), n
            recs.append((f[1].strip(), [[n, n]], [[n, n]], None))
    elif kind == 'xml':
        root = ET.fromstring(text)
        tl = [n for n, l in enumerate(lines, 1) if l.startswith('\t\t<Title>')]
        xl = [n for n, l in enumerate(lines, 1) if l.startswith('\t\t<Text>')]
        assert len(root) == len(tl) == len(xl)
        for e, t, x in zip(root, tl, xl):
            assert html.unescape(lines[t - 1].strip()[7:-8]) == e.find('Title').text
            recs.append((e.find('Title').text.strip(), [[t, t]], [[x, x]], None))
    elif kind == 'jsonl':
        for n, l in enumerate(lines, 1):
            o = json.loads(l)
            m = CREDIT.match((o.get('person') or '').split('\n')[0].replace('\xa0', ' '))
            recs.append(((o.get('title') or '').strip() or None, [[n, n]], [[n, n]],
                         m.group(1).strip() if m else None))
    elif kind in ('colon', 'bare'):
        # a record ends at its 责任编辑 line; the next non-blank line starts the next record
        start, expect_start = None, True
        for n, l in enumerate(lines, 1):
            if blank[n - 1]:
                continue
            if expect_start:
                assert not l[0].isspace(), 'line %d: record start is indented' % n
                start, expect_start = n, False
                if kind == 'colon':
                    assert ':' in l, 'line %d: no title delimiter' % n
            if l.strip().startswith('责任编辑：'):
                if kind == 'colon':
                    title = lines[start - 1].split(':', 1)[0].strip()
                    recs.append((title, [[start, start]], [[start, n]], None))
                else:
                    first = next(i for i in range(start + 1, n + 1) if not blank[i - 1])
                    recs.append((lines[start - 1].strip(), [[start, start]], [[first, n]], None))
                expect_start = True
        assert expect_start, 'page ends inside a record'
    return recs


def unescaped(kind, line):
    if kind == 'xml':
        return html.unescape(line)
    if kind == 'jsonl':
        return ' '.join(str(v) for v in json.loads(line).values())
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
        enc, kind = PAGE[name]
        gold = yaml.safe_load(open(os.path.join(PAGES, os.path.splitext(name)[0] + '.gold.yaml'), encoding='utf-8'))
        if gold.get('source') != name:
            err.append('source %r' % gold.get('source'))
        for key, want in (('family', 'crawler'), ('split', split[name]), ('synthetic', False)):
            if gold.get(key) != want:
                err.append('%s %r, want %r' % (key, gold.get(key), want))
        if gold.get('format') not in FORMATS:
            err.append('format %r' % gold.get('format'))
        text, lines = page_lines(name, enc)
        units = gold.get('units') or []
        owner, last_first = {}, 0
        for k, u in enumerate(units, 1):
            w = 'unit %d' % k
            for key in ('kind', 'title', 'titleLines', 'byline', 'lines'):
                if key not in u:
                    err.append('%s: missing %s' % (w, key))
            if u.get('kind') not in ('article', 'furniture'):
                err.append('%s: kind %r' % (w, u.get('kind')))
            rngs = (u.get('titleLines') or []) + (u.get('lines') or [])
            for a, b in rngs:
                if not (1 <= a <= b <= len(lines)):
                    err.append('%s: range [%d, %d] outside 1..%d' % (w, a, b, len(lines)))
                    continue
                for i in range(a, b + 1):
                    if owner.get(i, k) != k:
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
                                if 1 <= i <= len(lines))
                if ''.join(t.split()) not in ''.join(head.split()):
                    err.append('%s: title %r not found in its titleLines' % (w, t))
        skip = skip_lines(kind, lines)
        for i, l in enumerate(lines, 1):
            if l.strip() and i not in owner and i not in skip:
                err.append('line %d covered by no unit: %r' % (i, l[:30]))
            if i in skip and i in owner:
                err.append('non-unit line %d is in unit %d' % (i, owner[i]))
        try:
            recs = records(kind, text, lines)
        except Exception as e:  # noqa
            err.append('cannot parse records: %r' % e)
            recs = []
        if len(recs) != len(units):
            err.append('%d units for %d records' % (len(units), len(recs)))
        for k, (u, (t, head, body, by)) in enumerate(zip(units, recs), 1):
            if u.get('title') != t:
                err.append('unit %d: title %r != record field %r' % (k, u.get('title'), t))
            if u.get('titleLines') != head or u.get('lines') != body:
                err.append('unit %d: lines %r/%r != record %r/%r' % (k, u.get('titleLines'), u.get('lines'), head, body))
            if u.get('byline') != by:
                err.append('unit %d: byline %r != %r' % (k, u.get('byline'), by))
        total += len(units)
        print('%s %-40s %-5s %-10s %-6s %3d lines %2d units' % (
            'ok  ' if not err else 'FAIL', name, gold.get('split'), gold.get('format'), enc, len(lines), len(units)))
        errors += ['%s: %s' % (name, e) for e in err]
    for e in errors:
        print('  ' + e)
    print('%d pages, %d units, %d errors' % (len(names), total, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
