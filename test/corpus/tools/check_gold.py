#!/usr/bin/env python3
"""Check the gold files of corpus families against their pages.

Usage: python3 test/corpus/tools/check_gold.py [family ...]   (default: paragraph column)

For every <name>.gold.yaml: the source file exists, every line range lies inside the
file, no line belongs to two units, every non-blank line is covered by exactly one
unit's titleLines or lines, kinds and header fields are valid. Prints per-family
page/unit/split counts. Exit status 1 on any error.
"""
import sys, os, glob
import yaml

KINDS = {'article', 'fragment', 'photo-caption', 'column-intro', 'page-header', 'furniture'}
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def read_lines(path, legacy='gb18030'):
    """The page's lines: UTF-8 (a byte-order mark dropped), else the family's legacy encoding, which must
    round-trip (gb18030 for Simplified pages, big5hkscs for the Traditional family)."""
    raw = open(path, 'rb').read()
    try:
        text = raw.decode('utf-8')
        enc = 'utf-8'
        if text.startswith('\ufeff'):
            text, enc = text[1:], 'utf-8-bom'
    except UnicodeDecodeError:
        text = raw.decode(legacy)
        enc = legacy
        if text.encode(legacy) != raw:
            raise SystemExit(f'{path}: {legacy} does not round-trip')
    crlf = b'\r\n' in raw
    text = text.replace('\r\n', '\n')
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return lines, enc, crlf


def check_family(fam):
    errs = []
    folder = os.path.join(ROOT, fam)
    golds = sorted(glob.glob(os.path.join(folder, '*.gold.yaml')))
    splits = {}
    nunits = 0
    kinds = {}
    for g in golds:
        name = os.path.basename(g)
        d = yaml.safe_load(open(g, encoding='utf-8'))
        src = os.path.join(folder, d['source'])
        if not os.path.exists(src):
            errs.append(f'{name}: source {d["source"]} missing'); continue
        if d.get('family') != fam:
            errs.append(f'{name}: family {d.get("family")} != {fam}')
        if d.get('split') not in ('dev', 'test'):
            errs.append(f'{name}: bad split')
        if not isinstance(d.get('synthetic'), bool):
            errs.append(f'{name}: synthetic must be true/false')
        lines, enc, crlf = read_lines(src, 'big5hkscs' if fam == 'traditional' else 'gb18030')
        n = len(lines)
        owner = {}
        for ui, u in enumerate(d['units'], 1):
            for key in ('kind', 'title', 'titleLines', 'byline', 'lines'):
                if key not in u:
                    errs.append(f'{name} unit {ui}: missing {key}')
            if u.get('kind') not in KINDS:
                errs.append(f'{name} unit {ui}: bad kind {u.get("kind")}')
            kinds[u.get('kind')] = kinds.get(u.get('kind'), 0) + 1
            if u.get('title') is not None and not u.get('titleLines'):
                errs.append(f'{name} unit {ui}: title without titleLines')
            for field in ('titleLines', 'lines'):
                for r in u.get(field) or []:
                    a, b = r
                    if not (1 <= a <= b <= n):
                        errs.append(f'{name} unit {ui}: {field} range {r} outside 1..{n}'); continue
                    for i in range(a, b + 1):
                        if not lines[i - 1].strip():
                            continue
                        if i in owner:
                            errs.append(f'{name}: line {i} in unit {owner[i]} and unit {ui}')
                        owner[i] = ui
            if u.get('title') is not None:
                t = ''.join(u['title'].split())
                head = ''.join(''.join(lines[i - 1] for r in u['titleLines'] for i in range(r[0], r[1] + 1)).split())
                if t not in head:
                    errs.append(f'{name} unit {ui}: title {u["title"]!r} not found in its titleLines')
        for i, l in enumerate(lines, 1):
            if l.strip() and i not in owner:
                errs.append(f'{name}: line {i} covered by no unit: {l[:30]!r}')
        # units in page order: first line of each unit increasing
        firsts = [min([r[0] for r in (u.get('titleLines') or []) + (u.get('lines') or [])] or [0]) for u in d['units']]
        if firsts != sorted(firsts):
            errs.append(f'{name}: units not in page order')
        splits[d.get('split')] = splits.get(d.get('split'), 0) + 1
        nunits += len(d['units'])
        size = os.path.getsize(src)
        print(f'  {d["source"]}: {len(d["units"])} units, {n} lines, {size} bytes, {enc}{" CRLF" if crlf else ""}, {d.get("split")}')
    print(f'{fam}: {len(golds)} pages, {nunits} units, splits {splits}, kinds {kinds}')
    return errs


def main():
    fams = sys.argv[1:] or ['paragraph', 'column']
    errs = []
    for f in fams:
        errs += check_family(f)
    for e in errs:
        print('ERROR', e)
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
