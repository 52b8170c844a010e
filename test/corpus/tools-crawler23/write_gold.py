#!/usr/bin/env python3
"""Write the gold of crawler batch 23 (decisions in ../crawler/SOURCES.md, section "Batch crawler23").

One unit per record (a JSON Lines record is one line): titleLines = lines = [[n, n]]. Every record is an
`article` (the whitespace-only bodies too: title-only records, extent = the title line). Title = the `title`
field decoded and trimmed (str.strip), as printed, column tags such as `【改革开放我见证】` kept.
Byline (decided here): the 西藏在线 pages' `source` field carries the author after `作者：`; that part, trimmed,
is the byline where it is present; the outlet (`来源：…`) is not a byline; the 中国西藏网 pages have no author
field (the `（中国西藏网 记者/王茜）` credits at body ends stay text), so their bylines are null.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.environ.get('PAGES') or os.path.join(os.path.dirname(HERE), 'crawler')

SPLIT = {  # as fixed in NOTES.md before any page or gold
    'tibetcn-2018-labelled-time-source.jsonl': 'dev',
    'tibetcnzqdt-2018-regional-outlets.jsonl': 'test',
    'tibetol-2018-crlf-author-in-source.jsonl': 'dev',
    'tibetolxgbd-2018-nbsp-source-author.jsonl': 'test',
}


def byline(source):
    if '作者：' not in source:
        return None
    b = source.split('作者：', 1)[1].strip()
    return b or None


def main():
    for name, split in SPLIT.items():
        t = open(os.path.join(PAGES, name), encoding='utf-8').read()
        out = ['source: %s' % name, 'family: crawler', 'format: jsonl', 'split: %s' % split,
               'synthetic: false', 'units:']
        k = 0
        for n, line in enumerate(t.split('\n'), 1):
            if not line:
                continue
            o = json.loads(line)
            title = o['title'].strip()
            by = byline(o['source'])
            out += ['  - kind: article',
                    '    title: %s' % (json.dumps(title, ensure_ascii=False) if title else 'null'),
                    '    titleLines: [[%d, %d]]' % (n, n) if title else '    titleLines: []',
                    '    byline: %s' % (json.dumps(by, ensure_ascii=False) if by else 'null'),
                    '    lines: [[%d, %d]]' % (n, n)]
            k += 1
        gold = os.path.join(PAGES, name.rsplit('.', 1)[0] + '.gold.yaml')
        open(gold, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
        print('wrote', os.path.basename(gold), k, 'units')


if __name__ == '__main__':
    main()
