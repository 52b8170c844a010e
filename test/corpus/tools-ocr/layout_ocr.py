#!/usr/bin/env python3
"""Lay real article text out as a synthetic OCR page (PaddleOCR-style JSON) and write its gold.

Deterministic: the same inputs give byte-identical outputs. Run from anywhere:

    python3 test/corpus/tools-ocr/layout_ocr.py

Input: tools-ocr/pages/<id>.txt, one page each:
    @@ header            a page banner (one block, full page width, kind page-header)
    H: banner text
    @@ article <key>     an article; <key> names its source item
    T: headline          printed headline (wrapped to the column, larger type)
    S: subhead           in-article subhead (a body block)
    P: paragraph         body paragraph (first line indented two characters)

Output: ocr/<name>.json and ocr/<name>.gold.yaml. In the gold, block N is the N-th block in the
file's own order (1-based). Page parameters are in PAGES below and are copied to ocr/SOURCES.md.
"""
import hashlib
import json
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'ocr')

# name, split, JSON shape, block granularity, columns, body characters per line, block order,
# marked OCR slips (article key, printed text, OCR text; same length so wrapping is unchanged)
PAGES = {
    'p1': dict(name='xwlb-20120702-p1-2col-paddle', split='dev', shape='paddle', gran='line',
               cols=2, chars=16, order='reading', slips=[('20120706#13', '摸爬滚打', '摸爬滾打')]),
    'p2': dict(name='xwlb-20120706-p2-3col-rows-blocks', split='dev', shape='blocks', gran='line',
               cols=3, chars=14, order='rows', slips=[]),
    'p3': dict(name='xwlb-20120706-p3-2col-para-pages', split='test', shape='pages', gran='para',
               cols=2, chars=18, order='reading', slips=[]),
    'p4': dict(name='xwlb-20120705-p4-3col-rows-paddle', split='dev', shape='paddle', gran='line',
               cols=3, chars=15, order='rows',
               slips=[('20120705#14b', '飞行员遗体', '飞行员遣体'), ('20120705#14c', '未雨绸缪', '末雨绸缪')]),
    'p5': dict(name='xwlb-20120707-p5-2col-blocks', split='dev', shape='blocks', gran='line',
               cols=2, chars=20, order='reading', slips=[]),
    'p6': dict(name='xwlb-20120707-p6-3col-rows-para-paddle', split='test', shape='paddle', gran='para',
               cols=3, chars=13, order='rows', slips=[]),
}

MARGIN = 60          # page margin, px
GUTTER = 36          # space between columns
CS = 24              # body character size (px); line pitch LH
LH = 36
HS = 38              # headline character size; line pitch HLH
HLH = 54
SS = 28              # subhead size; pitch SLH
SLH = 40
BANNER_H = 56
ARTICLE_GAP = 28
NOHEAD = '，。、；：？！”’）》」』…%'


def width(s):
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s)


def wrap(text, first, rest):
    """Break text into lines of at most `first` (then `rest`) character widths; closing
    punctuation never starts a line (it hangs at the end of the previous one)."""
    lines, cur, cap = [], '', first
    for c in text:
        if width(cur + c) > cap and cur and c not in NOHEAD:
            lines.append(cur)
            cur, cap = '', rest
        cur += c
    if cur:
        lines.append(cur)
    return lines


def parse(path):
    items = []
    for raw in open(path, encoding='utf-8'):
        line = raw.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        if line.startswith('@@ header'):
            items.append({'kind': 'header', 'key': 'header', 'parts': []})
        elif line.startswith('@@ article '):
            items.append({'kind': 'article', 'key': line.split()[2], 'parts': []})
        else:
            tag, text = line[0], line[3:]
            items[-1]['parts'].append((tag, text))
    return items


def score(page, n, text, slipped):
    h = int(hashlib.md5(f'{page}/{n}/{text}'.encode('utf-8')).hexdigest()[:8], 16) / 0xffffffff
    lo, hi = (0.74, 0.88) if slipped else (0.905, 0.999)
    return round(lo + (hi - lo) * h, 4)


def elements(items, cfg):
    """Turn the page's items into typeset elements: (article index, role, text lines, size, pitch)."""
    colw = cfg['chars'] * CS
    hchars = math.floor(colw / HS)
    schars = math.floor(colw / SS)
    els = []
    for ai, it in enumerate(items):
        if it['kind'] == 'header':
            continue
        slips = [[a, b] for k, a, b in cfg['slips'] if k == it['key']]
        for tag, text in it['parts']:
            printed = text
            for s in slips:  # slips touch body text only, each once
                if tag == 'P' and s[0] and s[0] in text:
                    assert len(s[0]) == len(s[1])
                    text = text.replace(s[0], s[1], 1)
                    s[0] = None
            if tag == 'T':
                els.append((ai, 'title', wrap(text, hchars, hchars), HS, HLH, []))
            elif tag == 'S':
                els.append((ai, 'sub', wrap(text, schars, schars), SS, SLH, []))
            else:
                lines = wrap(text, cfg['chars'] - 2, cfg['chars'])
                # a slip keeps the length, so the printed text wraps the same way: flag the lines that differ
                slipped = [a != b for a, b in zip(lines, wrap(printed, cfg['chars'] - 2, cfg['chars']))]
                els.append((ai, 'body', lines, CS, LH, slipped))
    return els


def flow(items, cfg, cap):
    """Column-major flow. Returns blocks in reading order or None if the page overflows."""
    colw = cfg['chars'] * CS
    top = MARGIN + BANNER_H + 30
    blocks = []
    for ai, it in enumerate(items):
        if it['kind'] == 'header':
            text = it['parts'][0][1]
            pagew = 2 * MARGIN + cfg['cols'] * colw + (cfg['cols'] - 1) * GUTTER
            w = width(text) * 30
            x0 = (pagew - w) / 2
            blocks.append(dict(article=ai, role='header', text=text, col=-1,
                               box=[x0, MARGIN, x0 + w, MARGIN + 40], slipped=False, para=0))
    col, y = 0, top
    prev_ai = None
    for pi, (ai, role, lines, size, pitch, slipped) in enumerate(elements(items, cfg)):
        if prev_ai is not None and ai != prev_ai:
            y += ARTICLE_GAP
        prev_ai = ai
        need = len(lines) * pitch if role == 'title' else pitch  # keep a headline together
        if y + need > top + cap:
            col, y = col + 1, top
            if col >= cfg['cols']:
                return None
        for li, text in enumerate(lines):
            if y + pitch > top + cap:
                col, y = col + 1, top
                if col >= cfg['cols']:
                    return None
            x = MARGIN + col * (colw + GUTTER)
            if role == 'body' and li == 0:
                x += 2 * CS
            w = width(text) * size
            blocks.append(dict(article=ai, role=role, text=text, col=col, para=pi,
                               box=[x, y + (pitch - size) / 2 - 2, x + w, y + (pitch + size) / 2 + 2],
                               slipped=bool(slipped and slipped[li])))
            y += pitch
    return blocks


def merge_paragraphs(blocks):
    """Paragraph granularity: one block per paragraph and column (a paragraph broken by the
    column end becomes two blocks); headline lines likewise merge into one block."""
    out = []
    for b in blocks:
        last = out[-1] if out else None
        if last and b['role'] != 'header' and last['para'] == b['para'] and last['col'] == b['col'] \
                and last['role'] == b['role'] and last['article'] == b['article']:
            last['text'] += b['text']
            last['box'] = [min(last['box'][0], b['box'][0]), last['box'][1],
                           max(last['box'][2], b['box'][2]), b['box'][3]]
            last['slipped'] = last['slipped'] or b['slipped']
        else:
            out.append(dict(b, box=list(b['box'])))
    return out


def layout(pid, cfg):
    items = parse(os.path.join(HERE, 'pages', pid + '.txt'))
    total = sum((len(ls) * p) + ARTICLE_GAP for _, _, ls, _, p, _ in elements(items, cfg))
    cap = total / cfg['cols']
    while True:
        blocks = flow(items, cfg, cap)
        if blocks is not None:
            break
        cap += LH
    if cfg['gran'] == 'para':
        blocks = merge_paragraphs(blocks)
    if cfg['order'] == 'rows':
        # what a naive OCR export does: top-to-bottom by row, left-to-right across the columns
        blocks.sort(key=lambda b: (round((b['box'][1] + b['box'][3]) / 2 / 12), b['box'][0]))
    pagew = 2 * MARGIN + cfg['cols'] * cfg['chars'] * CS + (cfg['cols'] - 1) * GUTTER
    pageh = int(max(b['box'][3] for b in blocks) + MARGIN)
    for n, b in enumerate(blocks, 1):
        b['box'] = [float(round(v, 1)) for v in b['box']]
        b['score'] = score(pid, n, b['text'], b['slipped'])
    return items, blocks, pagew, pageh


def dump_json(cfg, blocks, pagew, pageh):
    if cfg['shape'] == 'paddle':
        rows = []
        for b in blocks:
            x0, y0, x1, y1 = b['box']
            quad = [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]
            rows.append('  ' + json.dumps([quad, [b['text'], b['score']]], ensure_ascii=False))
        return '[\n' + ',\n'.join(rows) + '\n]\n'
    rows = ['    ' + json.dumps({'text': b['text'], 'box': b['box'], 'score': b['score']},
                                ensure_ascii=False) for b in blocks]
    body = ',\n'.join(rows)
    if cfg['shape'] == 'blocks':
        return '{"width": %d, "height": %d, "blocks": [\n%s\n]}\n' % (pagew, pageh, body)
    body = ',\n'.join('  ' + r for r in rows)
    return '{"pages": [\n  {"page": 1, "width": %d, "height": %d, "blocks": [\n%s\n  ]}\n]}\n' % (
        pagew, pageh, body)


def ranges(nums):
    nums = sorted(nums)
    out = []
    for n in nums:
        if out and n == out[-1][1] + 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return out


def gold(cfg, items, blocks):
    y = ['source: %s.json' % cfg['name'], 'family: ocr', 'format: ocr-json',
         'split: %s' % cfg['split'], 'synthetic: true', 'units:']
    for ai, it in enumerate(items):
        mine = [(n, b) for n, b in enumerate(blocks, 1) if b['article'] == ai]
        if it['kind'] == 'header':
            y += ['  - kind: page-header', '    title: null', '    titleLines: []', '    byline: null',
                  '    lines: %s' % json.dumps(ranges([n for n, _ in mine]))]
            continue
        title = ''.join(t for tag, t in it['parts'] if tag == 'T')
        y += ['  - kind: article', '    title: %s' % json.dumps(title, ensure_ascii=False),
              '    titleLines: %s' % json.dumps(ranges([n for n, b in mine if b['role'] == 'title'])),
              '    byline: null',
              '    lines: %s' % json.dumps(ranges([n for n, b in mine if b['role'] in ('body', 'sub')]))]
    return '\n'.join(y) + '\n'


def main():
    os.makedirs(OUT, exist_ok=True)
    for pid, cfg in PAGES.items():
        items, blocks, pagew, pageh = layout(pid, cfg)
        js = dump_json(cfg, blocks, pagew, pageh)
        with open(os.path.join(OUT, cfg['name'] + '.json'), 'w', encoding='utf-8') as f:
            f.write(js)
        with open(os.path.join(OUT, cfg['name'] + '.gold.yaml'), 'w', encoding='utf-8') as f:
            f.write(gold(cfg, items, blocks))
        print('%-42s %4d blocks %6d bytes %2d units  %dx%d px' % (
            cfg['name'], len(blocks), len(js.encode('utf-8')), len(items), pagew, pageh))


if __name__ == '__main__':
    main()
