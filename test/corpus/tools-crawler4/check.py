#!/usr/bin/env python3
"""Check every gold of the fourth batch against its data file (run from anywhere).

- header fields: source names the file beside the gold; family crawler; a known format; split as
  the fixed rule gives it (this batch's data files sorted by name, odd positions dev, even test);
  synthetic false;
- each file is parsed with Python's csv module (UTF-8; a BOM is allowed and belongs to no cell),
  its header row checked and skipped; every record gives (title field trimmed, head, body) where
  head = body = [[n, n]], n = the record's first physical line;
- units must be the records in file order, each covered once, no line in two units; titles equal
  the trimmed title field (null and titleLines [] when empty); byline null (no author field);
  kind article or furniture.  Exit 1 on any failure."""
import csv, io, os, sys
import yaml

CRAWLER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'crawler')
FORMATS = {'delimited', 'tsv', 'csv', 'jsonl', 'json-records', 'labelled', 'tagged', 'blocks'}
SPEC = {  # file: (expected header, title column, number of records)
    'covidnews-2021-bom-title-abstract.csv': (['title', 'abstract', 'mark'], 'title', 15),
    'xinmin-20220401-epaper-kicker-title.csv':
        (['special_title', 'title', 'subtitle', 'content', 'url', 'date', 'ban'], 'title', 13),
}


def records(name):
    raw = open(os.path.join(CRAWLER, name), 'rb').read()
    assert raw.endswith(b'\n') and b'\r' not in raw
    src = raw.decode('utf-8-sig')
    header, col, count = SPEC[name]
    r = csv.reader(io.StringIO(src, newline=''))
    assert next(r) == header, 'header'
    recs, prev = [], r.line_num
    for row in r:
        n = prev + 1
        prev = r.line_num
        assert len(row) == len(header), 'line %d: %d cells' % (n, len(row))
        assert any(c.strip() for c in row), 'line %d: empty record' % n
        t = row[header.index(col)].strip() or None
        recs.append((t, [[n, n]] if t else [], [[n, n]]))
    assert len(recs) == count, '%d records, want %d' % (len(recs), count)
    assert prev == src.count('\n'), 'trailing lines'
    return recs


def flat(ranges):
    return [i for a, b in ranges for i in range(a, b + 1)]


def main():
    names = sorted(SPEC)
    split = {n: ('dev' if i % 2 == 0 else 'test') for i, n in enumerate(names)}
    errors, total = [], 0
    for name in names:
        gpath = os.path.join(CRAWLER, os.path.splitext(name)[0] + '.gold.yaml')
        gold = yaml.safe_load(open(gpath, encoding='utf-8'))
        err = []
        if gold.get('source') != name:
            err.append('source %r' % gold.get('source'))
        for key, want in (('family', 'crawler'), ('split', split[name]), ('synthetic', False)):
            if gold.get(key) != want:
                err.append('%s %r, want %r' % (key, gold.get(key), want))
        if gold.get('format') not in FORMATS:
            err.append('format %r' % gold.get('format'))
        try:
            recs = records(name)
        except Exception as e:  # noqa
            errors.append('%s: cannot parse: %s' % (name, e))
            continue
        units = gold.get('units') or []
        if len(units) != len(recs):
            err.append('%d units for %d records' % (len(units), len(recs)))
        seen = set()
        for k, (u, (t, head, body)) in enumerate(zip(units, recs), 1):
            w = 'unit %d' % k
            if u.get('kind') not in ('article', 'furniture'):
                err.append('%s: kind %r' % (w, u.get('kind')))
            if u.get('title') != t:
                err.append('%s: title %r != field %r' % (w, u.get('title'), t))
            if u.get('titleLines') != head:
                err.append('%s: titleLines %r != %r' % (w, u.get('titleLines'), head))
            if u.get('lines') != body:
                err.append('%s: lines %r != %r' % (w, u.get('lines'), body))
            if u.get('byline') is not None:
                err.append('%s: byline %r (no author field)' % (w, u.get('byline')))
            own = set(flat(u.get('titleLines') or [])) | set(flat(u.get('lines') or []))
            if own & seen or (own and seen and min(own) <= max(seen)):
                err.append('%s: overlap or out of order' % w)
            seen |= own
        total += len(units)
        print('%s %-44s %-5s %-5s %2d units' % ('ok  ' if not err else 'FAIL', name, gold.get('split'),
                                              gold.get('format'), len(units)))
        errors += ['%s: %s' % (name, e) for e in err]
    for e in errors:
        print('  ' + e)
    print('%d files, %d units, %d errors' % (len(names), total, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
