#!/usr/bin/env python3
"""Check the para28 gold against the page bytes, independently of build_pages.py's arithmetic.

Usage: python3 test/corpus/tools-para28/check_gold.py

Per page: decoding (UTF-8, or GBK where pages.json says so) round-trips and line ends are as fixed; header
fields and split as in pages.json (the split rule of SPLIT.md: pages 3 and 6 of the build order `test`); every
range inside the page and on non-blank lines; no line in two units; every non-blank line in a unit; units in
page order; a banner (where fixed) is line 1 and a page-header; an article's or caption's title equals one of
its head lines exactly (broken lines: none in this source, each head is one line) and equals the record's `#`
headline; the byline (where not null) is printed in a head line (author line) or in the first body line
(a `本报…电  （…）` lead); on indent pages every body line and no head line starts with U+3000 U+3000;
body text (indent removed) equals the record's paragraphs in order, head lines its kicker/headline/subtitle/
author/standfirst (for a `gold.package` record: the column-intro's head is the headline and its body the intro
paragraphs; each piece's head and body are its paragraph ranges). Exit 1 on any error. Needs PyYAML.
"""
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'paragraph')
IND = '\u3000\u3000'


def main():
    plan = json.load(open(os.path.join(HERE, 'pages.json'), encoding='utf-8'))
    recs = json.load(open(os.path.join(HERE, 'records.json'), encoding='utf-8'))
    errors = total = 0
    for i, (page, rp) in enumerate(zip(plan['pages'], recs['pages']), 1):
        name = page['name']
        err = []
        expect_split = 'test' if i % 3 == 0 else 'dev'
        if page['split'] != expect_split:
            err.append('split rule')
        raw = open(os.path.join(OUT, name + '.txt'), 'rb').read()
        enc = 'gbk' if page['encoding'] == 'gbk' else 'utf-8'
        text = raw.decode(enc)
        if text.encode(enc) != raw:
            err.append('encoding round trip')
        if page['newline'] == 'CRLF':
            if text.count('\r\n') != text.count('\n'):
                err.append('CRLF')
        elif '\r' in text:
            err.append('LF')
        lines = text.replace('\r\n', '\n').split('\n')
        assert lines[-1] == ''
        lines = lines[:-1]
        g = yaml.safe_load(open(os.path.join(OUT, name + '.gold.yaml'), encoding='utf-8'))
        if (g['source'], g['family'], g['format'], g['split'], g['synthetic']) != \
                (name + '.txt', 'paragraph', 'paragraph-lines', page['split'], False):
            err.append('header')
        owner = {}
        prev = 0
        heads, bodies = [], []
        for k, u in enumerate(g['units']):
            hl = [n for a, b in u['titleLines'] for n in range(a, b + 1)]
            bl = [n for a, b in u['lines'] for n in range(a, b + 1)]
            for n in hl + bl:
                if not (1 <= n <= len(lines)) or not lines[n - 1].strip():
                    err.append((k, 'range', n))
                    continue
                if n in owner:
                    err.append(('twice', n))
                owner[n] = k
            first = min(hl + bl)
            if first < prev:
                err.append((k, 'order'))
            prev = max(hl + bl)
            if page['indent']:
                if any(not lines[n - 1].startswith(IND) for n in bl) or any(lines[n - 1].startswith(IND) for n in hl):
                    err.append((k, 'indent'))
            if u['kind'] in ('article', 'photo-caption', 'column-intro'):
                if u['title'] not in [lines[n - 1] for n in hl]:
                    err.append((k, 'title not a head line'))
                if u['byline'] and not (any(u['byline'] in lines[n - 1] for n in hl)
                                        or (bl and '（' + u['byline'] + '）' in lines[bl[0] - 1])):
                    err.append((k, 'byline not printed'))
                heads.append([lines[n - 1] for n in hl])
                bodies.append([lines[n - 1][len(IND):] if page['indent'] else lines[n - 1] for n in bl])
            elif u['kind'] == 'page-header':
                if not (page['banner'] and k == 0 and hl == [1] and not bl):
                    err.append((k, 'page-header'))
                if lines[0] != f"人民日报 {page['date'][:4]}年{int(page['date'][5:7])}月{int(page['date'][8:])}日 第{page['page']}版 {page['section_name']}":
                    err.append('banner text')
            elif u['kind'] == 'furniture':
                bodies[-1] = bodies[-1] + [lines[n - 1] for n in bl]  # the record's tail line
        for n, l in enumerate(lines, 1):
            if l.strip() and n not in owner:
                err.append(('uncovered', n))
        if page['banner'] != (g['units'][0]['kind'] == 'page-header'):
            err.append('banner')
        # against the records
        want = []  # (content id, head lines, body lines) per story/caption/intro unit, from the records alone
        for r in rp['records']:
            gd = r.get('gold') or {}
            paras = [p.replace('**', '') for p in r['paragraphs']]
            if gd.get('package'):
                pk = gd['package']
                want.append((r['content_id'], [r['headline']], paras[pk['intro'][0]:pk['intro'][1] + 1]))
                for pc in pk['pieces']:
                    want.append((r['content_id'], paras[pc['head'][0]:pc['head'][1] + 1],
                                 paras[pc['body'][0]:pc['body'][1] + 1]))
                continue
            k = int(gd.get('standfirst', 0))
            t = int(gd.get('furniture_tail', 0))
            want.append((r['content_id'], r['kicker'] + [r['headline']] + r['subtitle']
                         + ([r['series']] if r['series'] else []) + ([r['author']] if r['author'] else [])
                         + r['paragraphs'][:k], paras[k:]))
        if len(want) != len(heads):
            err.append('unit count')
        for (cid, wh, wb), h, b in zip(want, heads, bodies):
            if h != wh:
                err.append((cid, 'head lines'))
            if b != wb:
                err.append((cid, 'body lines'))
        if len(raw) > 15360:
            err.append('size')
        total += len(g['units'])
        print(f"{name}: {page['split']}, {len(lines)} lines, {len(g['units'])} units, {len(raw)} bytes, errors {err}")
        errors += len(err)
    print(f"{len(plan['pages'])} pages, {total} units, {errors} errors")
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
