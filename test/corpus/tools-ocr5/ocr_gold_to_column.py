#!/usr/bin/env python3
"""Write column/<name>.gold.yaml from ocr/<name>.gold.yaml.

Usage: python3 tools/ocr_gold_to_column.py NAME

The .txt from `tesseract IMG OUT -l chi_sim --psm 3` and the .json from the tsv run of the same image
hold the same text lines in the same order (checked here: the k-th non-blank .txt line equals the k-th
block with white space removed). Block N becomes the line number of the N-th non-blank line; a range of
blocks [a, b] becomes [line(a), line(b)] (blank lines inside a range do not matter). Everything else
(kinds, titles, bylines, split) is copied.
"""
import json, os, sys
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
name = sys.argv[1]
blocks = json.load(open(os.path.join(ROOT, 'ocr', name + '.json'), encoding='utf-8'))
lines = open(os.path.join(ROOT, 'column', name + '.txt'), encoding='utf-8').read().split('\n')
nonblank = [i + 1 for i, l in enumerate(lines) if l.strip()]
assert len(nonblank) == len(blocks), (len(nonblank), len(blocks))
for k, (ln, b) in enumerate(zip(nonblank, blocks), 1):
    assert ''.join(lines[ln - 1].split()) == ''.join(b[1][0].split()), (k, ln)
line_of = {k: ln for k, ln in enumerate(nonblank, 1)}
d = yaml.safe_load(open(os.path.join(ROOT, 'ocr', name + '.gold.yaml'), encoding='utf-8'))


def conv(ranges):
    return '[' + ', '.join(f'[{line_of[a]}, {line_of[b]}]' for a, b in ranges) + ']'


def q(v):
    return 'null' if v is None else json.dumps(v, ensure_ascii=False)


out = [f'source: {name}.txt', 'family: column', 'format: column-text', f'split: {d["split"]}',
       f'synthetic: {str(d["synthetic"]).lower()}', 'units:']
for u in d['units']:
    out += [f'  - kind: {u["kind"]}', f'    title: {q(u["title"])}', f'    titleLines: {conv(u["titleLines"])}',
            f'    byline: {q(u["byline"])}', f'    lines: {conv(u["lines"])}']
open(os.path.join(ROOT, 'column', name + '.gold.yaml'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('wrote column/' + name + '.gold.yaml')
