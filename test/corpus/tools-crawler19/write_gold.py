#!/usr/bin/env python3
"""Write the gold of crawler batch 19 (decisions in ../crawler/SOURCES.md, batch 19 section).

One unit per record; a record's line: the CSV record's first physical line (its title cell), the JSON Lines
record's line, the JSON array's `"Title":` line. titleLines = lines = [[n, n]]. Header row: no unit.
Title = the title field decoded and trimmed, with (decided here) HTML tags removed from the Hunan titles
(`<span>…</span>`) and the line breaks inside the 文艺报 titles joined; `...` cut marks kept as printed.
"""
import csv
import io
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.environ.get('PAGES') or os.path.join(os.path.dirname(HERE), 'crawler')

SPLIT = {
    'hebeiedu-2023-student-aid-multiline.csv': 'dev',
    'hunannea-2025-span-title-lines.jsonl': 'test',
    'taoyuanpolice-2025-capitalized-keys.json': 'dev',
    'wenyibao-2026-summary-split-titles.jsonl': 'test',
}
FORMAT = {'csv': 'csv', 'jsonl': 'jsonl', 'json': 'json-records'}
# kinds other than article, by (page, record line)
KIND = {
    ('wenyibao-2026-summary-split-titles.jsonl', 1): 'column-intro',   # 主持人语
    ('wenyibao-2026-summary-split-titles.jsonl', 6): 'column-intro',   # 编者
}


def clean(title, name):
    if name.startswith('hunannea'):
        title = re.sub(r'</?span>', '', title)
    if name.startswith('wenyibao'):
        title = title.replace('\n', '')
    return title.strip()


def records(name):
    t = open(os.path.join(PAGES, name), encoding='utf-8').read()
    if name.endswith('.csv'):
        rdr = csv.reader(io.StringIO(t))
        prev, out = 0, []
        for i, row in enumerate(rdr):
            if i:  # header row is no unit
                out.append((prev + 1, row[0]))
            prev = rdr.line_num
        return out
    if name.endswith('.jsonl'):
        return [(n, json.loads(l)['title']) for n, l in enumerate(t.split('\n'), 1) if l]
    if name.endswith('.json'):
        arr = json.loads(t)
        tl = [n for n, l in enumerate(t.split('\n'), 1) if l.startswith('        "Title": ')]
        assert len(tl) == len(arr)
        return [(n, o['Title']) for n, o in zip(tl, arr)]
    raise ValueError(name)


def main():
    for name, split in SPLIT.items():
        ext = name.rsplit('.', 1)[1]
        out = ['source: %s' % name, 'family: crawler', 'format: %s' % FORMAT[ext], 'split: %s' % split,
               'synthetic: false', 'units:']
        for k, (n, title) in enumerate(records(name), 1):
            t = clean(title, name)
            out += ['  - kind: %s' % KIND.get((name, k), 'article'),
                    '    title: %s' % (json.dumps(t, ensure_ascii=False) if t else 'null'),
                    '    titleLines: [[%d, %d]]' % (n, n) if t else '    titleLines: []',
                    '    byline: null',
                    '    lines: [[%d, %d]]' % (n, n)]
        gold = os.path.join(PAGES, name.rsplit('.', 1)[0] + '.gold.yaml')
        open(gold, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
        print('wrote', os.path.basename(gold), len(records(name)), 'units')


if __name__ == '__main__':
    main()
