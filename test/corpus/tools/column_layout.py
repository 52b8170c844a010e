#!/usr/bin/env python3
"""Lay real 1946 People's Daily articles out as PDF-extraction-like column text.

Deterministic: reads column_sources.json (records copied from the public repository
fangj/rmrb, example/1946年05月/, one record per article: head lines then paragraphs)
and writes ../column/<page>.txt and <page>.gold.yaml, the gold by construction.
Run: python3 test/corpus/tools/column_layout.py

Damage applied, per page (see PAGES): lines broken every `width` characters (no
regard for punctuation), paragraph indents, blank lines between paragraphs or not,
headlines before or after their body, two stories interleaved in blocks, a story
split over two pages with （下转第四版）/（上接第二版）, a banner at the top and a folio at
the foot. No word of an article is changed, added or dropped, except where a
fragment ends or starts.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'column')
SRC = json.load(open(os.path.join(HERE, 'column_sources.json'), encoding='utf-8'))['records']

# Article specs: key -> (nhead, title line indexes, byline, indexes of body lines that are
# subheads, indexes of body lines that are standalone signatures)
A = {
    '0522_jianyu': (3, [1], None, [], []),
    '0522_canguan': (2, [0], None, [], []),
    '0522_guer': (2, [0, 1], None, [], []),
    '0522_jianguo': (3, [0], None, [], []),
    '0522_gaiban': (2, [1], None, [], []),
    '0522_fengfeng': (2, [0, 1], None, [], []),
    '0522_jinian': (1, [0], '冀南行署', [], [1]),
    '0522_huibei': (2, [0, 1], None, [], []),
    '0523_yougong': (2, [0, 1], None, [], []),
    '0523_wenshang': (2, [0, 1], None, [], []),
    '0523_sanjiefangqu': (3, [0, 1], None, [], []),
    '0523_jutuan': (2, [0, 1], None, [], []),
    '0523_muke': (2, [0, 1], None, [], []),
    '0523_jining': (1, [0], None, [1, 3, 8, 10], []),
    '0523_taiyuan': (2, [0], None, [], []),
    '0523_aiji': (1, [0], None, [], []),
    '0523_yindu': (2, [0], None, [], []),
    '0523_tuoyan': (1, [0], None, [], []),
    '0523_mengguo': (1, [0], None, [], []),
    '0524_jilin': (2, [0], None, [], []),
    '0524_ningyang': (2, [1], None, [], []),
    '0524_jiguan': (2, [0, 1], None, [], []),
    '0524_botou': (2, [0], None, [], []),
    '0524_meishu': (2, [0], None, [], []),
    '0524_jiaoyu': (2, [0, 1], None, [], []),
    '0526_binhai': (1, [0], None, [], []),
    '0526_mujuan': (1, [0], None, [], []),
    '0526_heze': (2, [0], None, [], []),
    '0526_wujia': (1, [0], '元、汤', [0, 2, 4], []),
    '0526_kuaiji': (1, [0], None, [], []),
    '0526_qianming': (1, [0], None, [], []),
    '0526_lulu': (1, [0], '马克、允谦', [], []),
    '0525_yunlianghe': (2, [0], None, [], []),
    '0525_tuixiu': (2, [0], None, [], []),
    '0525_shiye': (2, [0, 1], None, [], []),
    '0525_changchun': (2, [0], None, [], []),
    '0525_taiyue': (2, [0, 1], None, [], []),
    '0525_jiaozuo': (3, [1], None, [], []),
}

# The 济宁 feature is cut in two: body paragraphs [0:3) on 05-23 p2, [3:) on the made-up 05-23 p4.
SPLIT = {'0523_jining': 3}

PAGES = [
    dict(name='col-rmrb-1946-05-22-p2', split='dev', width=18, head='before', blank_para=True, indent='　　',
         banner=['人 民 日 报', '一九四六年五月二十二日　第二版'], folio='２',
         items=['0522_jianyu', '0522_canguan', '0522_guer', '0522_jianguo', '0522_gaiban', '0522_fengfeng',
                '0522_jinian', '0522_huibei']),
    dict(name='col-rmrb-1946-05-23-p2', split='dev', width=16, head='after', blank_para=False, indent='  ',
         banner=['人民日报　　一九四六年五月二十三日　　第二版'], folio='— 2 —',
         items=['0523_yougong', '0523_wenshang', '0523_sanjiefangqu', '0523_jutuan', '0523_muke',
                ('0523_jining', 'first', '（下转第四版）')]),
    dict(name='col-rmrb-1946-05-24-p2', split='dev', width=14, head='before', blank_para=False, indent='',
         banner=['人民日报', '第二版', '一九四六年五月二十四日'], folio='2',
         items=[('interleave', '0524_jilin', '0524_ningyang', 7), '0524_jiguan', '0524_botou', '0524_meishu',
                '0524_jiaoyu']),
    dict(name='col-rmrb-1946-05-26-p2', split='test', width=22, head='after', blank_para=True, indent='　',
         banner=['一九四六年五月二十六日　人民日报　第二版'], folio='２',
         items=['0526_binhai', '0526_mujuan', '0526_heze', '0526_wujia', '0526_kuaiji', '0526_qianming',
                '0526_lulu']),
    dict(name='col-rmrb-1946-05-23-p4', split='test', width=20, head='before', blank_para=False, indent='',
         banner=['人民日报', '一九四六年五月二十三日　第四版'], folio='４',
         items=[('0523_jining', 'rest', '（上接第二版）'), '0523_taiyuan', '0523_aiji', '0523_yindu',
                '0523_tuoyan', '0523_mengguo']),
    dict(name='col-rmrb-1946-05-25-p2', split='dev', width=12, head='before', blank_para=False, indent=' ',
         banner=['人民日报　第二版　一九四六年五月二十五日'], folio='— 2 —',
         items=['0525_yunlianghe', '0525_tuixiu', '0525_shiye', '0525_changchun', '0525_taiyue', '0525_jiaozuo']),
]


def wrap(text, width, indent):
    out = []
    first = True
    while text:
        w = width - (len(indent) if first and indent and indent[0] == '　' else 0)
        w = max(w, 1)
        out.append((indent if first else '') + text[:w])
        text = text[w:]
        first = False
    return out


def lay_article(key, page, unit, part=None, marker=None):
    """Return (rows, unit dict). rows: list of (text, unit, role) with None text for blank."""
    nhead, tidx, byline, subheads, sigs = A[key]
    lines = SRC[key]['lines']
    head, body = lines[:nhead], lines[nhead:]
    kind = 'article'
    title = ''.join(head[i] for i in tidx)
    body_idx = list(range(len(body)))
    if part:
        cut = SPLIT[key]
        kind = 'fragment'
        if part == 'first':
            body_idx = body_idx[:cut]
        else:
            body_idx = body_idx[cut:]
            head, title = [], None
    head_rows = [(h, unit, 'title') for h in head]
    body_rows = []
    if part == 'rest':
        body_rows.append((marker, unit, 'body'))
    for n, i in enumerate(body_idx):
        p = body[i]
        if n and page['blank_para']:
            body_rows.append((None, None, None))
        if i in subheads:
            body_rows.append((p, unit, 'body'))
        elif i in sigs:
            body_rows.append((p, unit, 'title'))
        else:
            for l in wrap(p, page['width'], page['indent']):
                body_rows.append((l, unit, 'body'))
    if part == 'first':
        body_rows.append((marker, unit, 'body'))
    rows = head_rows + body_rows if page['head'] == 'before' else body_rows + head_rows
    return rows, dict(kind=kind, title=title or None, byline=byline, key=key)


def build(page):
    rows = []
    units = [dict(kind='page-header', title=None, byline=None, key=None)]
    for b in page['banner']:
        rows.append((b, 0, 'title'))
    for it in page['items']:
        rows.append((None, None, None))
        if isinstance(it, tuple) and it[0] == 'interleave':
            _, ka, kb, k = it
            ua = len(units); ra, da = lay_article(ka, page, ua); units.append(da)
            ub = len(units); rb, db = lay_article(kb, page, ub); units.append(db)
            ia = ib = 0
            while ia < len(ra) or ib < len(rb):
                if ia < len(ra):
                    rows.extend(ra[ia:ia + k]); ia += k
                    rows.append((None, None, None))
                if ib < len(rb):
                    rows.extend(rb[ib:ib + k]); ib += k
                    rows.append((None, None, None))
            continue
        if isinstance(it, tuple):
            key, part, marker = it
        else:
            key, part, marker = it, None, None
        u = len(units)
        r, d = lay_article(key, page, u, part, marker)
        units.append(d)
        rows.extend(r)
    rows.append((None, None, None))
    units.append(dict(kind='furniture', title=None, byline=None, key=None))
    rows.append((page['folio'], len(units) - 1, 'body'))
    # drop doubled blank lines
    clean = []
    for r in rows:
        if r[0] is None and (not clean or clean[-1][0] is None):
            continue
        clean.append(r)
    while clean and clean[-1][0] is None:
        clean.pop()
    return clean, units


def ranges(rows, unit, role):
    nums = [i for i, r in enumerate(rows, 1) if r[1] == unit and r[2] == role]
    out = []
    for n in nums:
        if out and all(rows[j - 1][0] is None for j in range(out[-1][1] + 1, n)):
            out[-1][1] = n
        else:
            out.append([n, n])
    return out


def fmt(rs):
    return '[' + ', '.join(f'[{a}, {b}]' for a, b in rs) + ']'


def q(s):
    return 'null' if s is None else json.dumps(s, ensure_ascii=False)


def main():
    os.makedirs(OUT, exist_ok=True)
    for page in PAGES:
        rows, units = build(page)
        text = '\n'.join('' if r[0] is None else r[0] for r in rows) + '\n'
        open(os.path.join(OUT, page['name'] + '.txt'), 'w', encoding='utf-8').write(text)
        g = [f'source: {page["name"]}.txt', 'family: column', 'format: column-text', f'split: {page["split"]}',
             'synthetic: true', 'units:']
        for ui, u in enumerate(units):
            g.append(f'  - kind: {u["kind"]}')
            g.append(f'    title: {q(u["title"])}')
            g.append(f'    titleLines: {fmt(ranges(rows, ui, "title"))}')
            g.append(f'    byline: {q(u["byline"])}')
            g.append(f'    lines: {fmt(ranges(rows, ui, "body"))}')
        open(os.path.join(OUT, page['name'] + '.gold.yaml'), 'w', encoding='utf-8').write('\n'.join(g) + '\n')
        print(page['name'], len(units), 'units', len(rows), 'lines')


if __name__ == '__main__':
    main()
