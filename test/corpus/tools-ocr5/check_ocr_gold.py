#!/usr/bin/env python3
"""Check the OCR-JSON gold files of the batch's ocr/ folder against their pages.

Usage: python3 tools/check_ocr_gold.py

For every ocr/<name>.gold.yaml: the source JSON exists and is a PaddleOCR-style list
[[box, [text, score]], ...]; block N is the N-th element (1-based); every range lies in 1..nblocks;
every block is covered by exactly one unit's titleLines or lines; kinds and header fields are valid;
a title (white space removed) is a substring of its titleLines' texts joined in the listed order;
units are in page order (first block of each unit increasing). Exit status 1 on any error.
"""
import glob, json, os, sys
import yaml

KINDS = {'article', 'fragment', 'photo-caption', 'column-intro', 'page-header', 'furniture'}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    errs = []
    folder = os.path.join(ROOT, 'ocr')
    # This batch's pages only (the folder holds the others too).
    for g in sorted(glob.glob(os.path.join(folder, 'hk*-tesseract.gold.yaml'))):
        name = os.path.basename(g)
        d = yaml.safe_load(open(g, encoding='utf-8'))
        src = os.path.join(folder, d['source'])
        blocks = json.load(open(src, encoding='utf-8'))
        texts = [b[1][0] for b in blocks]
        n = len(texts)
        if d.get('family') != 'ocr' or d.get('format') != 'ocr-json':
            errs.append(f'{name}: family/format')
        if d.get('split') not in ('dev', 'test') or not isinstance(d.get('synthetic'), bool):
            errs.append(f'{name}: split/synthetic')
        owner = {}
        for ui, u in enumerate(d['units'], 1):
            for key in ('kind', 'title', 'titleLines', 'byline', 'lines'):
                if key not in u:
                    errs.append(f'{name} unit {ui}: missing {key}')
            if u.get('kind') not in KINDS:
                errs.append(f'{name} unit {ui}: bad kind {u.get("kind")}')
            for field in ('titleLines', 'lines'):
                for a, b in u.get(field) or []:
                    if not 1 <= a <= b <= n:
                        errs.append(f'{name} unit {ui}: {field} [{a}, {b}] outside 1..{n}'); continue
                    for i in range(a, b + 1):
                        if i in owner:
                            errs.append(f'{name}: block {i} in unit {owner[i]} and unit {ui}')
                        owner[i] = ui
            if u.get('title') is not None:
                if not u.get('titleLines'):
                    errs.append(f'{name} unit {ui}: title without titleLines')
                head = ''.join(''.join(texts[i - 1] for a, b in u['titleLines'] for i in range(a, b + 1)).split())
                if ''.join(u['title'].split()) not in head:
                    errs.append(f'{name} unit {ui}: title {u["title"]!r} not in its titleLines {head!r}')
        for i in range(1, n + 1):
            if i not in owner:
                errs.append(f'{name}: block {i} covered by no unit: {texts[i - 1][:30]!r}')
        firsts = [min(r[0] for r in (u.get('titleLines') or []) + (u.get('lines') or [])) for u in d['units']]
        if firsts != sorted(firsts):
            errs.append(f'{name}: units not in page order {firsts}')
        kinds = {}
        for u in d['units']:
            kinds[u['kind']] = kinds.get(u['kind'], 0) + 1
        print(f'  {d["source"]}: {len(d["units"])} units {kinds}, {n} blocks, {d["split"]}')
    for e in errs:
        print('ERROR', e)
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
