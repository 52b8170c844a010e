#!/usr/bin/env python3
"""Write pages/*.gold.yaml of fresh crawler batch 7 from the decisions in NOTES.md.

The record positions and title strings are read off each page here (JSON / CSV parsing, only to copy
the printed titles exactly); every decision that is not mechanical -- kinds, bylines, which lines are
no unit -- is a hand list below, made by reading the pages.
"""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(os.path.dirname(HERE), 'crawler')
ORDER = sorted(['acd-2026-wrapped-items.json', 'hkstocks-2026-mixed-language.jsonl',
                'ltn-2022-multiline-quoted-csv.csv', 'twocr-2026-teaser-items.json',
                'udn-2022-multiline-quoted-csv.csv', 'yahootw-2025-bom-author-title.csv'])
SPLIT = {n: ('dev' if i % 2 == 0 else 'test') for i, n in enumerate(ORDER)}

# hand decisions ---------------------------------------------------------------------------------
FURNITURE = set()  # no record of this batch is an advertisement, navigation item or empty record
# yahootw: the 作者 column is the dump's author field. byline = the field as printed (trimmed) where it
# names a person; where it names only an outlet or agency it is no byline (null), as outlet fields are
# elsewhere in the corpus.
YAHOO_BYLINE = {
    2: '黃淑莉', 3: '侯家瑜', 4: '庫梅爾·賈弗（Kumail Jaffer）', 5: None,  # 鏡新聞
    6: '張庭維', 7: None,  # 火報
    8: '記者葉志成  ／桃園報導', 9: '胡智凱', 10: None,  # FTNN新聞網
    11: None,  # 財訊快報
    12: '譚兆青', 13: None,  # 台視新聞網
    14: 'Sanji Feng', 15: None, 16: None,  # 時報資訊
    17: '羅心妤', 18: None,  # 三立新聞網
    19: '雅羅斯拉夫·盧基夫（Jaroslav Lukiv）', 20: None,  # 時報資訊
    21: None,  # 中央社
}


def q(s):
    return 'null' if s is None else json.dumps(s, ensure_ascii=False)


def units_for(name, text):
    lines = text.split('\n')
    out = []  # (kind, title, titleLine, byline, line)
    if name.endswith('.json'):
        for n, l in enumerate(lines, 1):
            s = l.strip()
            if s.startswith('"title": '):  # pretty-printed objects: the title value's own line
                out.append((n, json.loads('{' + s.rstrip(',') + '}')['title'], None))
    elif name.endswith('.jsonl'):
        for n, l in enumerate(lines, 1):
            if l.strip():
                out.append((n, json.loads(l)['News_Title'], None))
    else:
        rd = csv.reader(io.StringIO(text.lstrip('\ufeff'), newline=''))
        prev = 0
        for row in rd:
            first = prev + 1
            prev = rd.line_num
            if first == 1:
                continue  # header row: no unit
            by = YAHOO_BYLINE[first] if name.startswith('yahootw') else None
            out.append((first, row[0], by))
    units = []
    for n, title, by in out:
        t = title.strip() or None
        kind = 'furniture' if (name, n) in FURNITURE else 'article'
        units.append((kind, t, n, by))
    return units


def main():
    total = 0
    for name in ORDER:
        text = open(os.path.join(PAGES, name), encoding='utf-8').read()
        fmt = {'json': 'json-records', 'jsonl': 'jsonl', 'csv': 'csv'}[name.rsplit('.', 1)[1]]
        y = ['source: %s' % name, 'family: crawler', 'format: %s' % fmt, 'split: %s' % SPLIT[name],
             'synthetic: false', 'units:']
        for kind, t, n, by in units_for(name, text):
            y += ['  - kind: %s' % kind, '    title: %s' % q(t),
                  '    titleLines: %s' % ('[[%d, %d]]' % (n, n) if t is not None else '[]'),
                  '    byline: %s' % q(by), '    lines: [[%d, %d]]' % (n, n)]
            total += 1
        with open(os.path.join(PAGES, name.rsplit('.', 1)[0] + '.gold.yaml'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(y) + '\n')
        print(name, SPLIT[name])
    print(total, 'units')


if __name__ == '__main__':
    main()
