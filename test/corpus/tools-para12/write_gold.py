#!/usr/bin/env python3
"""The gold of the twelfth paragraph batch, as entered by reading the page (no segmenter, ingest or eval was run
before it was written). Writes <OUT_DIR>/<page>.gold.yaml. Split: see SPLIT in SOURCES.md (one page, dev)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get('OUT_DIR') or os.path.join(os.path.dirname(HERE), 'paragraph')


def u(kind, title, tl, byline, lines):
    return dict(kind=kind, title=title, titleLines=tl, byline=byline, lines=lines)


GOLD = {
    'henanrb-2010-09-10-teachers-day': ('dev', [
        # the web copy's headline and its date/source line: the banner of this copy
        u('page-header', None, [], None, [[1, 3]]),
        # the four pictures printed at the top of the page, each caption with its credit on the line
        u('photo-caption', None, [], None, [[4, 4]]),
        u('photo-caption', None, [], None, [[5, 5]]),
        u('photo-caption', None, [], None, [[6, 6]]),
        u('photo-caption', None, [], None, [[7, 7]]),
        # 编者按 opening the page's package
        u('column-intro', None, [], None, [[8, 9]]),
        u('article', '110万“园丁”奉献三尺讲台', [[10, 10]], '记者冯芸', [[11, 14]]),
        # section label of the next three items
        u('page-header', None, [], None, [[15, 15]]),
        u('photo-caption', '葛堂友：深山从教42年', [[16, 16]], None, [[17, 17]]),
        u('article', '王生英：以校为家以家为校', [[18, 18]], None, [[19, 27]]),
        u('photo-caption', '蒋二军：用生命坚守讲台', [[28, 28]], None, [[29, 29]]),
        u('page-header', None, [], None, [[30, 30]]),
        u('article', '清丰开展“党员谢师恩”活动', [[31, 31]], '记者李铮通讯员王飞李永', [[32, 33]]),
        u('article', '长垣民企重奖优秀教师', [[34, 34]], '记者李虎成通讯员张宗桥贾胜波', [[35, 36]]),
        u('page-header', None, [], None, [[37, 37]]),
        u('article', '蚕丝吐尽春未老', [[38, 40]], '本报记者张靖本报通讯员郜敏', [[41, 49]]),
    ]),
}


def q(v):
    return 'null' if v is None else json.dumps(v, ensure_ascii=False)


def render(page, split, units):
    out = ['source: %s.txt' % page, 'family: paragraph', 'format: paragraph-lines', 'split: %s' % split,
           'synthetic: false', 'units:']
    for x in units:
        out.append('  - kind: %s' % x['kind'])
        out.append('    title: %s' % q(x['title']))
        out.append('    titleLines: %s' % json.dumps(x['titleLines']))
        out.append('    byline: %s' % q(x['byline']))
        out.append('    lines: %s' % json.dumps(x['lines']))
    return '\n'.join(out) + '\n'


def main():
    os.makedirs(OUT, exist_ok=True)
    for page, (split, units) in GOLD.items():
        with open(os.path.join(OUT, page + '.gold.yaml'), 'w', encoding='utf-8') as f:
            f.write(render(page, split, units))
        print('wrote', page, len(units), 'units')


if __name__ == '__main__':
    main()
