#!/usr/bin/env python3
"""Write (or --check) the gold of batch para24 (平潭综合实验区 工作动态). Ranges and bylines were read off the
numbered listings (`build.py --list`) by hand, before any segmenter run. Every item is one `article`:
title = its headline line; titleLines = headline + the `时间：` field line printed under it; byline = the reporter
part of the lead `平潭网8月28日讯（融媒体记者 林小玉 林君斌）` as printed (null where the item has no lead byline);
lines = the paragraphs (and the two bold subheads of 49555) through the closing `来源：平潭网` field line.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build

SPLIT = {  # fixed in SPLIT.md before any page or gold was written (odd positions of the five-page list dev)
    'pingtan-gzdt-2023-08-28': 'dev',
    'pingtan-gzdt-2023-08-29': 'test',
    'pingtan-gzdt-2023-08-31': 'dev',
}
R = '融媒体记者 '
# page: [(head first, head last, body first, body last, byline)]
GOLD = {
    'pingtan-gzdt-2023-08-28': [(1, 2, 3, 6, R + '林小玉 林君斌'), (7, 8, 9, 12, R + '林小玉'),
                                (13, 14, 15, 19, R + '林伊铭'), (20, 21, 22, 25, R + '杨咏林'),
                                (26, 27, 28, 32, R + '黄莺莺/文 林君斌/摄')],
    'pingtan-gzdt-2023-08-29': [(1, 2, 3, 6, R + '黄莺莺'), (8, 9, 10, 14, R + '林璟 通讯员 魏欢'),
                                (16, 17, 18, 30, None), (32, 33, 34, 39, R + '黄莺莺 陈文玲'),
                                (41, 42, 43, 47, R + '林小玉 林君斌'), (49, 50, 51, 56, R + '林小玉'),
                                (58, 59, 60, 67, R + '何燕')],
    'pingtan-gzdt-2023-08-31': [(1, 2, 3, 7, R + '陈文玲'), (8, 9, 10, 13, R + '林伊铭'), (14, 15, 16, 19, R + '林小玉'),
                                (20, 21, 22, 25, R + '林海艳'), (26, 27, 28, 32, R + '陈梦菲'),
                                (33, 34, 35, 38, R + '何燕'), (39, 40, 41, 44, R + '蔡曦媛')],
}


def render(name, lines):
    y = [f'source: {name}.txt', 'family: paragraph', 'format: paragraph-lines', f'split: {SPLIT[name]}',
         'synthetic: false', 'units:']
    for h1, h2, b1, b2, by in GOLD[name]:
        y += ['  - kind: article', f'    title: {json.dumps(lines[h1 - 1], ensure_ascii=False)}',
              f'    titleLines: [[{h1}, {h2}]]',
              f'    byline: {json.dumps(by, ensure_ascii=False) if by else "null"}',
              f'    lines: [[{b1}, {b2}]]']
    return '\n'.join(y) + '\n'


def main():
    recs = json.load(open(build.RECORDS, encoding='utf-8'))
    bad = 0
    for name in sorted(build.PAGES):
        lines = build.page_text(name, recs).replace('\r\n', '\n').split('\n')[:-1]
        text = render(name, lines)
        path = os.path.join(build.OUT, name + '.gold.yaml')
        if '--check' in sys.argv:
            ok = os.path.exists(path) and open(path, encoding='utf-8').read() == text
            print('ok' if ok else 'DIFFERS', name); bad += not ok
        else:
            open(path, 'w', encoding='utf-8').write(text); print('wrote', path)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
