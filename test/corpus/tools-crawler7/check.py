#!/usr/bin/env python3
"""Check every pages/*.gold.yaml of fresh crawler batch 7 against its page (reads only).

For each page:
- header fields: `source` names the page beside the gold; family crawler; format one of the gold
  format list of test/corpus/README.md; split as the fixed rule gives it (pages sorted by name in byte
  order, odd positions dev, even test); synthetic false;
- the page is decoded as UTF-8 (must round-trip; a BOM only on the yahootw page) and split into
  physical lines at LF; CR only as CRLF inside the udn page's quoted cells;
- every gold range lies inside the page; no line is in two units (a unit's titleLines and lines may be
  the same line); units are in page order; kind article or furniture; a unit with a title has
  titleLines, one without has none;
- an independent parse of the page's records (its own rules, not write_gold.py's): json.loads of the
  whole page for the two JSON documents (an object whose `items` array holds the records) and a scan
  of their `"title": ` lines, which must be as many as the parsed items and decode to the same titles
  in order; per-line json.loads for the JSON Lines page; Python's csv module (line_num) for the CSVs, whose
  header row is no unit.  Exactly one unit per record, in order, whose titleLines and lines are both
  the record's line (the title value's line in the pretty-printed JSON, the record's first physical
  line in the multi-line CSV), and whose title is the record's title field, str.strip()-ed (null if
  empty);
- byline: null everywhere except the yahootw page, whose 作者 column is an author field: there the
  byline is the field as printed (stripped) or null, and null exactly where the field names an outlet
  (a name ending in 新聞/新聞網/快報/資訊/社/報, recomputed here with a regular expression).
Exit status 1 on any failure.
"""
import csv
import io
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(os.path.dirname(HERE), 'crawler')
FORMATS = {'column-text', 'paragraph-lines', 'layout-text', 'delimited', 'tsv', 'csv', 'jsonl',
           'json-records', 'blocks', 'labelled', 'tagged', 'ocr-json'}
OUTLET = re.compile(r'(新聞|新聞網|快報|資訊|社|報)$')


def records(name, text, lines):
    """[(line, title, byline_field)] by this checker's own reading of the page."""
    recs = []
    if name.endswith('.json'):
        doc = json.loads(text)
        objs = doc['items'] if isinstance(doc, dict) else doc
        tl = [n for n, l in enumerate(lines, 1) if re.match(r'^ {4,6}"title": ', l)]
        assert len(tl) == len(objs), '%d title lines for %d objects' % (len(tl), len(objs))
        for n, o in zip(tl, objs):
            assert json.loads('{%s}' % lines[n - 1].strip().rstrip(','))['title'] == o['title']
            recs.append((n, o['title'], None))
    elif name.endswith('.jsonl'):
        for n, l in enumerate(lines, 1):
            recs.append((n, json.loads(l)['News_Title'], None))
    else:
        body = text[1:] if text.startswith('\ufeff') else text
        assert text.startswith('\ufeff') == name.startswith('yahootw')
        rd = csv.reader(io.StringIO(body, newline=''))
        prev, header = 0, None
        for row in rd:
            first, prev = prev + 1, rd.line_num
            if header is None:
                header = row
                continue
            assert len(row) == len(header), 'line %d: %d cells' % (first, len(row))
            recs.append((first, row[0], row[header.index('作者')] if '作者' in header else None))
    return recs


def main():
    # (This batch's pages: the folder holds every crawler page.)
    names = sorted(['acd-2026-wrapped-items.json', 'hkstocks-2026-mixed-language.jsonl', 'ltn-2022-multiline-quoted-csv.csv', 'twocr-2026-teaser-items.json', 'udn-2022-multiline-quoted-csv.csv', 'yahootw-2025-bom-author-title.csv'])
    split = {n: ('dev' if i % 2 == 0 else 'test') for i, n in enumerate(names)}
    errors, total = [], 0
    for name in names:
        err = []
        gold = yaml.safe_load(open(os.path.join(PAGES, name.rsplit('.', 1)[0] + '.gold.yaml'), encoding='utf-8'))
        for key, want in (('source', name), ('family', 'crawler'), ('split', split[name]), ('synthetic', False)):
            if gold.get(key) != want:
                err.append('%s %r, want %r' % (key, gold.get(key), want))
        if gold.get('format') not in FORMATS:
            err.append('format %r' % gold.get('format'))
        raw = open(os.path.join(PAGES, name), 'rb').read()
        text = raw.decode('utf-8')
        assert text.encode('utf-8') == raw
        # CR only as CRLF, and only inside the udn page's quoted cells (its records end with LF)
        assert raw.count(b'\r') == raw.count(b'\r\n') and (b'\r' not in raw or name.startswith('udn'))
        lines = text.split('\n')
        if lines[-1] == '':
            lines.pop()
        units = gold.get('units') or []
        owner, last = {}, 0
        for k, u in enumerate(units, 1):
            w = 'unit %d' % k
            if set(u) != {'kind', 'title', 'titleLines', 'byline', 'lines'}:
                err.append('%s: keys %s' % (w, sorted(u)))
            if u.get('kind') not in ('article', 'furniture'):
                err.append('%s: kind %r' % (w, u.get('kind')))
            if (u.get('title') is None) != (not u.get('titleLines')):
                err.append('%s: title/titleLines mismatch' % w)
            for rng in (u.get('titleLines') or []) + (u.get('lines') or []):
                a, b = rng
                if not 1 <= a <= b <= len(lines):
                    err.append('%s: range %r outside 1..%d' % (w, rng, len(lines)))
                for i in range(a, b + 1):
                    if owner.get(i, k) != k:
                        err.append('%s: line %d already in unit %d' % (w, i, owner[i]))
                    owner[i] = k
            first = min(a for a, b in (u.get('titleLines') or []) + (u.get('lines') or []))
            if first <= last:
                err.append('%s: out of page order' % w)
            last = first
        try:
            recs = records(name, text, lines)
        except Exception as e:  # noqa
            err.append('cannot parse records: %r' % e)
            recs = []
        if len(recs) != len(units):
            err.append('%d units for %d records' % (len(units), len(recs)))
        for k, (u, (n, title, field)) in enumerate(zip(units, recs), 1):
            want = title.strip() or None
            if u.get('title') != want:
                err.append('unit %d: title %r != record %r' % (k, u.get('title'), want))
            if u.get('lines') != [[n, n]] or u.get('titleLines') != ([[n, n]] if want else []):
                err.append('unit %d: lines %r/%r, record line %d' % (k, u.get('titleLines'), u.get('lines'), n))
            by = u.get('byline')
            if field is None:
                if by is not None:
                    err.append('unit %d: byline %r without an author field' % (k, by))
            else:
                f = field.strip()
                if OUTLET.search(f) or not f:
                    if by is not None:
                        err.append('unit %d: byline %r from outlet field %r' % (k, by, f))
                elif by != f:
                    err.append('unit %d: byline %r != author field %r' % (k, by, f))
        total += len(units)
        kinds = {}
        for u in units:
            kinds[u.get('kind')] = kinds.get(u.get('kind'), 0) + 1
        print('%s %-44s %-5s %-12s %3d lines %2d units %s' % (
            'ok  ' if not err else 'FAIL', name, gold.get('split'), gold.get('format'), len(lines), len(units), kinds))
        errors += ['%s: %s' % (name, e) for e in err]
    for e in errors:
        print('  ' + e)
    print('%d pages, %d units, %d errors' % (len(names), total, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
