#!/usr/bin/env python3
"""Write pages/<name>.gold.yaml for every page of fresh crawler batch 6 from the decisions in NOTES.md.

The gold was decided by reading each page (NOTES.md, "Gold decisions"); the record positions below
(title lines, text lines, record ends) were read off the pages by eye and are listed here by hand;
this script only reads the title (and, for thepaper, the reporter credit) off those lines and writes
the units down, one per record, in file order.  check.py re-derives every record from the page with
its own parser and compares.  No segmenter output is read or used.
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(os.path.dirname(HERE), 'crawler')

SPLIT = {  # fixed in NOTES.md before any gold was written (sorted names, odd dev / even test)
    'cnr-2019-gbk-labelled-fields.txt': 'dev',
    'cstc-2019-gbk-unquoted-csv.csv': 'test',
    'sinamil-2018-minidom-xml.xml': 'dev',
    'thepaper-2019-jsonl-named-csv.csv': 'test',
    'wangyi-2019-colon-continued.txt': 'dev',
    'wangyi-2020-bare-title-whitespace.txt': 'test',
}
FORMAT = {
    'cnr-2019-gbk-labelled-fields.txt': 'labelled',
    'cstc-2019-gbk-unquoted-csv.csv': 'csv',
    'sinamil-2018-minidom-xml.xml': 'tagged',
    'thepaper-2019-jsonl-named-csv.csv': 'jsonl',
    'wangyi-2019-colon-continued.txt': 'delimited',
    'wangyi-2020-bare-title-whitespace.txt': 'blocks',
}
ENC = {'cnr-2019-gbk-labelled-fields.txt': 'gbk', 'cstc-2019-gbk-unquoted-csv.csv': 'gbk'}


def page(name):
    with open(os.path.join(PAGES, name), 'rb') as f:
        return f.read().decode(ENC.get(name, 'utf-8')).split('\n')


def unit(title, head, body, byline=None, kind='article'):
    return {'kind': kind, 'title': title, 'titleLines': head, 'byline': byline, 'lines': body}


def cnr(name):
    # `Title: ` line heads each record, `Text:  ` four lines below it; record 2 (line 7) has no Text line
    L = page(name)
    titles = [1, 7, 11, 17, 23, 29, 35, 41, 47, 53, 59, 65, 71, 77, 83, 89, 95, 101, 107]
    units = []
    for t in titles:
        assert L[t - 1].startswith('Title: ')
        text = t + 4 if t != 7 else None
        if text:
            assert L[text - 1].startswith('Text:  ')
        units.append(unit(L[t - 1][len('Title: '):].strip(), [[t, t]], [[text, text]] if text else []))
    return units


def cstc(name):
    # header on line 1 (no unit); one notice a line, lines 2-20; title = 2nd comma field
    L = page(name)
    return [unit(L[n - 1].split(',')[1].strip(), [[n, n]], [[n, n]]) for n in range(2, 21)]


def sinamil(name):
    # 7-line <News> blocks from line 3; <Title> is the block's 4th line, <Text> its 6th
    L = page(name)
    units = []
    for t in range(6, 84, 7):
        s = L[t - 1]
        assert s.startswith('\t\t<Title>') and s.endswith('</Title>') and L[t + 1].startswith('\t\t<Text>')
        units.append(unit(html.unescape(s[len('\t\t<Title>'):-len('</Title>')]).strip(), [[t, t]], [[t + 2, t + 2]]))
    return units


def reporters(person):
    """The reporter credit of thepaper's `person` field: its first line after the timestamp and the two
    no-break spaces, up to the editors (` 编辑 `); None where the field is null."""
    if person is None:
        return None
    first = person.split('\n')[0]
    stamp, credit = first.split('\xa0\xa0', 1)
    return credit.split(' 编辑 ')[0].strip()


def thepaper(name):
    L = page(name)
    units = []
    for n in range(1, 17):
        o = json.loads(L[n - 1])
        units.append(unit(o['title'].strip(), [[n, n]], [[n, n]], reporters(o['person'])))
    return units


def wangyi2019(name):
    # `title:text` on a record's first line (first ASCII colon), the text going on down to 责任编辑
    L = page(name)
    starts = [1, 12, 73, 84, 95, 106, 120, 131, 142, 153, 164]
    ends = [11, 72, 83, 94, 105, 119, 130, 141, 152, 163, 174]
    units = []
    for s, e in zip(starts, ends):
        assert L[e - 1].strip().startswith('责任编辑：')
        units.append(unit(L[s - 1].split(':', 1)[0].strip(), [[s, s]], [[s, e]]))
    return units


def wangyi2020(name):
    # bare title line; body from the first non-blank line after it to the 责任编辑 line
    L = page(name)
    starts = [1, 53, 79, 105, 131, 182, 207, 233, 268, 293, 319]
    ends = [44, 70, 96, 122, 173, 199, 224, 259, 285, 310, 361]
    units = []
    for s, e in zip(starts, ends):
        assert L[e - 1].strip().startswith('责任编辑：')
        b = next(i for i in range(s + 1, e + 1) if L[i - 1].strip())
        units.append(unit(L[s - 1].strip(), [[s, s]], [[b, e]]))
    return units


READERS = {
    'cnr-2019-gbk-labelled-fields.txt': cnr,
    'cstc-2019-gbk-unquoted-csv.csv': cstc,
    'sinamil-2018-minidom-xml.xml': sinamil,
    'thepaper-2019-jsonl-named-csv.csv': thepaper,
    'wangyi-2019-colon-continued.txt': wangyi2019,
    'wangyi-2020-bare-title-whitespace.txt': wangyi2020,
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
        print('%-42s %-5s %-10s %2d units' % (name, SPLIT[name], FORMAT[name], len(units)))


if __name__ == '__main__':
    main()
