#!/usr/bin/env python3
"""Check the gold files of the PDF batches (column/pdf-rmrb-*, ocr/pdfocr-tess-*) against their pages.

Adapted from test/corpus/tools/check_gold.py: the source exists; every range lies inside the file;
no line (block) belongs to two units; every non-blank line (every block) is covered by exactly one unit's
titleLines or lines; kinds and header fields are valid; a title's characters are found in its titleLines (for a
text page: as a substring; for an OCR page, whose title is joined in reading order: as a multiset); units in page
order. In an OCR JSON page a "line" is a block, the N-th in the file's order.
"""
import collections, glob, json, os, sys
import yaml

KINDS = {'article', 'fragment', 'photo-caption', 'column-intro', 'page-header', 'furniture'}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_lines(path):
    if path.endswith('.json'):
        return [b[1][0] for b in json.load(open(path, encoding='utf-8'))]
    lines = open(path, encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return lines


def main():
    errs = []
    # The PDF batches' pages (this one's and the two after it, which use this checker too): their pdftotext text and
    # their Tesseract OCR. (The corpus's other pages are checked by ../tools/check_gold.py.)
    for fam, pattern in (('column', 'pdf-rmrb-*.gold.yaml'), ('ocr', 'pdfocr-tess-*.gold.yaml')):
        golds = sorted(glob.glob(os.path.join(ROOT, fam, pattern)))
        nunits = 0
        splits = collections.Counter()
        for g in golds:
            name = os.path.basename(g)
            d = yaml.safe_load(open(g, encoding='utf-8'))
            src = os.path.join(ROOT, fam, d['source'])
            if not os.path.exists(src):
                errs.append(f'{name}: source missing'); continue
            # (A `pdftotext -layout` page is read as `layout-text`.)
            if d.get('family') != fam or d.get('format') not in {'column': ('column-text', 'layout-text'), 'ocr': ('ocr-json',)}[fam]:
                errs.append(f'{name}: family/format')
            if d.get('split') not in ('dev', 'test') or d.get('synthetic') is not True:
                errs.append(f'{name}: split/synthetic')
            lines = read_lines(src)
            n = len(lines)
            owner = {}
            for ui, u in enumerate(d['units'], 1):
                for key in ('kind', 'title', 'titleLines', 'byline', 'lines'):
                    if key not in u:
                        errs.append(f'{name} unit {ui}: missing {key}')
                if u['kind'] not in KINDS:
                    errs.append(f'{name} unit {ui}: bad kind')
                if u['title'] is not None and not u['titleLines']:
                    errs.append(f'{name} unit {ui}: title without titleLines')
                for field in ('titleLines', 'lines'):
                    for a, b in u[field]:
                        if not (1 <= a <= b <= n):
                            errs.append(f'{name} unit {ui}: range {[a, b]} outside 1..{n}'); continue
                        for i in range(a, b + 1):
                            if not lines[i - 1].strip():
                                continue
                            if i in owner:
                                errs.append(f'{name}: line {i} in unit {owner[i]} and unit {ui}')
                            owner[i] = ui
                if u['title'] is not None:
                    t = ''.join(u['title'].split())
                    head = ''.join(''.join(lines[i - 1] for a, b in u['titleLines'] for i in range(a, b + 1)).split())
                    ok = (t in head) if fam == 'column' else not (collections.Counter(t) - collections.Counter(head))
                    if not ok:
                        errs.append(f'{name} unit {ui}: title {u["title"]!r} not in its titleLines')
            for i, l in enumerate(lines, 1):
                if l.strip() and i not in owner:
                    errs.append(f'{name}: line {i} covered by no unit: {l[:30]!r}')
            firsts = [min(r[0] for r in u['titleLines'] + u['lines']) for u in d['units']]
            if firsts != sorted(firsts):
                errs.append(f'{name}: units not in page order')
            kinds = collections.Counter(u['kind'] for u in d['units'])
            nunits += len(d['units'])
            splits[d['split']] += 1
            print(f'  {fam}/{d["source"]}: {n} lines/blocks, {len(d["units"])} units {dict(kinds)}, {d["split"]}')
        print(f'{fam}: {len(golds)} pages, {nunits} units, splits {dict(splits)}')
    for e in errs:
        print('ERROR', e)
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
