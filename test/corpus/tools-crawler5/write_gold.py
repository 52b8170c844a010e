#!/usr/bin/env python3
"""Write pages/<name>.gold.yaml for every page of this batch from the decisions in NOTES.md.

The gold was decided by reading each page (see NOTES.md, "Gold decisions"); this script only
writes those decisions down mechanically, one unit per record, in file order:
- title = the record's title field as the dump gives it after JSON/CSV/TSV unescaping, trimmed with
  str.strip(); titleLines = lines = [[n, n]] for one-record-a-line files (n = the record's line);
- blocks (xwlb-…): titleLines = the block's first line, lines = the block's other lines;
- header rows (also a header row repeated inside a file, and the dated first line of the blocks
  file) and blank lines are no unit;
- byline null everywhere (no dump of this batch has an author or reporter field);
- kind: article for every record (no advertisement, navigation or empty record occurs in the cuts).
No segmenter output is read or used.
"""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(os.path.dirname(HERE), 'crawler')

SPLIT = {  # fixed in NOTES.md before any gold was written (sorted names, odd dev / even test)
    'piyao-2020-crlf-repeated-header.tsv': 'dev',
    'sina-2017-html-content-array.json': 'test',
    'sina-2018-comma-terminated-lines.json': 'dev',
    'sinamil-2018-gb2312-crlf.csv': 'test',
    'toutiao-2019-count-source-title.csv': 'dev',
    'toutiao-2019-gbk-feed.jsonl': 'test',
    'xwlb-20161010-dated-blocks.txt': 'dev',
}
FORMAT = {
    'piyao-2020-crlf-repeated-header.tsv': 'tsv',
    'sina-2017-html-content-array.json': 'json-records',
    'sina-2018-comma-terminated-lines.json': 'jsonl',
    'sinamil-2018-gb2312-crlf.csv': 'csv',
    'toutiao-2019-count-source-title.csv': 'csv',
    'toutiao-2019-gbk-feed.jsonl': 'jsonl',
    'xwlb-20161010-dated-blocks.txt': 'blocks',
}


def raw(name):
    with open(os.path.join(PAGES, name), 'rb') as f:
        return f.read()


def one_line(n, title):
    return {'kind': 'article', 'title': title, 'titleLines': [[n, n]], 'byline': None, 'lines': [[n, n]]}


def piyao(name):
    text = raw(name).decode('utf-8')
    assert text.endswith('\r\n')
    units = []
    for n, line in enumerate(text[:-2].split('\r\n'), 1):
        if not line.strip():
            continue                          # blank separator line: no unit
        f = line.split('\t')
        if f == ['title', 'date', 'sourse', 'content', 'link']:
            continue                          # header row (line 1, repeated at line 12): no unit
        units.append(one_line(n, f[0].strip()))
    return units


def json_lines(name, enc='utf-8', first=1, last=None):
    lines = raw(name).decode(enc).split('\n')
    units = []
    for n, line in enumerate(lines, 1):
        if n < first or (last and n > last) or not line.strip():
            continue
        obj = json.loads(line.rstrip(','))
        units.append(one_line(n, obj['title'].strip()))
    return units


def csv_title(name, enc, col):
    text = raw(name).decode(enc)
    r = csv.reader(io.StringIO(text, newline=''))
    header = next(r)
    units, prev = [], r.line_num
    for row in r:
        n = prev + 1
        prev = r.line_num
        assert n == prev, 'one record a line'
        units.append(one_line(n, row[header.index(col)].strip()))
    return units


def blocks(name):
    lines = raw(name).decode('utf-8').split('\n')
    assert lines[0] == '2016年10月10日'    # the dump's dated first line: no unit
    units, block = [], []
    for n, line in list(enumerate(lines, 1))[1:] + [(len(lines) + 1, '')]:
        if line.strip():
            block.append(n)
            continue
        if block:
            units.append({'kind': 'article', 'title': lines[block[0] - 1].strip(),
                          'titleLines': [[block[0], block[0]]], 'byline': None,
                          'lines': [[block[1], block[-1]]]})
            block = []
    return units


READERS = {
    'piyao-2020-crlf-repeated-header.tsv': piyao,
    'sina-2017-html-content-array.json': lambda n: json_lines(n, first=2, last=12),
    'sina-2018-comma-terminated-lines.json': json_lines,
    'sinamil-2018-gb2312-crlf.csv': lambda n: csv_title(n, 'gb2312', 'title'),
    'toutiao-2019-count-source-title.csv': lambda n: csv_title(n, 'utf-8', 'title'),
    'toutiao-2019-gbk-feed.jsonl': lambda n: json_lines(n, enc='gbk'),
    'xwlb-20161010-dated-blocks.txt': blocks,
}


def q(s):
    return 'null' if s is None else json.dumps(s, ensure_ascii=False)


def dump(name, units):
    out = ['source: %s' % name, 'family: crawler', 'format: %s' % FORMAT[name], 'split: %s' % SPLIT[name],
           'synthetic: false', 'units:']
    for u in units:
        out += ['  - kind: %s' % u['kind'],
                '    title: %s' % q(u['title']),
                '    titleLines: %s' % json.dumps(u['titleLines']),
                '    byline: %s' % q(u['byline']),
                '    lines: %s' % json.dumps(u['lines'])]
    return '\n'.join(out) + '\n'


def main():
    for name in sorted(READERS):
        units = READERS[name](name)
        path = os.path.join(PAGES, os.path.splitext(name)[0] + '.gold.yaml')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(dump(name, units))
        print('%-42s %-5s %-12s %2d units' % (name, SPLIT[name], FORMAT[name], len(units)))


if __name__ == '__main__':
    main()
