#!/usr/bin/env python3
"""Write the gold of crawler batch 24 (decisions in ../crawler/SOURCES.md, section "Batch crawler24").

Every record stands on one physical line (JSON Lines, or one object a line inside the JSON arrays), so a unit's
titleLines = lines = [[n, n]], n = the record's line. A record with neither title nor text (财联社 lines 8, 9:
`"title": ""`, `"summary": ""`, `"content": ""`) is no unit; lines that are no record (`[`, `]`, `][`, empty lines,
the git merge-conflict marker `<<<<<<< HEAD`) are no unit. Every other record is an `article`, title-only records
(empty content, `"[]"`, a lone zero-width joiner) too. Title = the `title` field decoded and trimmed (str.strip).
Byline: none of the dumps has an author field (`source` is empty on 财联社, an outlet label `来源：华南师范大学` /
`文章来源：…` on the university pages; the 广州医科大学 `date` field's `编辑：叶晓宪` is an editor credit in a date
field, not an author field), so every byline is null.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.environ.get('PAGES') or os.path.join(os.path.dirname(HERE), 'crawler')

SPLIT = {  # as fixed in NOTES.md before any page or gold
    'cls-2025-empty-records-summary.jsonl': ('dev', 'jsonl'),
    'gdhsc-2024-title-only-array.json': ('test', 'json-records'),
    'gzucm-2024-merge-conflict-html.json': ('dev', 'json-records'),
    'scnu-2024-concatenated-arrays.json': ('test', 'json-records'),
}


def records(text):
    dec = json.JSONDecoder()
    for n, line in enumerate(text.split('\n'), 1):
        if line.startswith('{'):
            o, end = dec.raw_decode(line)
            assert line[end:] in ('', ','), (n, line[end:])
            yield n, o


def main():
    for name, (split, fmt) in SPLIT.items():
        t = open(os.path.join(PAGES, name), encoding='utf-8').read()
        out = ['source: %s' % name, 'family: crawler', 'format: %s' % fmt, 'split: %s' % split,
               'synthetic: false', 'units:']
        k = 0
        for n, o in records(t):
            title = o['title'].strip()
            if not title and not o['content'].strip():
                continue
            out += ['  - kind: article',
                    '    title: %s' % (json.dumps(title, ensure_ascii=False) if title else 'null'),
                    '    titleLines: [[%d, %d]]' % (n, n) if title else '    titleLines: []',
                    '    byline: null',
                    '    lines: [[%d, %d]]' % (n, n)]
            k += 1
        gold = os.path.join(PAGES, name.rsplit('.', 1)[0] + '.gold.yaml')
        open(gold, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
        print('wrote', os.path.basename(gold), k, 'units')


if __name__ == '__main__':
    main()
