#!/usr/bin/env python3
"""Write the gold of fresh crawler batch 8 from the decisions below (made by reading the pages).

Record lines and title strings are copied from the pages by parsing each record (json / csv / GBK decoding /
the Markdown block lines); kinds and bylines are the decisions listed here.  Run from anywhere; PAGES is the folder
holding the pages (default ../crawler beside this tools folder).  Nothing here runs the project's segmenter.
"""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.environ.get('PAGES') or os.path.join(os.path.dirname(HERE), 'crawler')

SPLIT = {  # fixed before any gold was written: byte order of the file names, odd positions dev
    'binzhou-2018-nested-feed-array.json': 'dev',
    'bjtcm-2021-html-article-array.json': 'test',
    'dailynews-20260203-hourly-blocks.md': 'dev',
    'edunews-2017-gbk-id-title.csv': 'test',
    'peoplecn-20220530-comma-stripped.csv': 'dev',
    'sohu-2021-clickbait-entities.jsonl': 'test',
}


def q(s):
    return 'null' if s is None else json.dumps(s, ensure_ascii=False)


def unit(kind, title, title_lines, lines, byline=None):
    return {'kind': kind, 'title': title, 'titleLines': title_lines, 'byline': byline, 'lines': lines}


def rng(r):
    return '[' + ', '.join('[%d, %d]' % (a, b) for a, b in r) + ']'


def text(name, enc='utf-8'):
    with open(os.path.join(PAGES, name), 'rb') as f:
        return f.read().decode(enc)


def binzhou():
    # one object a line after `[`; the title is download_data.parsed_data.title, on the object's own line
    out = []
    for n, line in enumerate(text('binzhou-2018-nested-feed-array.json').split('\n'), 1):
        if not line.startswith('{'):
            continue
        o = json.loads(line.rstrip(','))
        t = o['download_data']['parsed_data']['title'].strip()
        out.append(unit('article', t, [[n, n]], [[n, n]]))
    return 'json-records', out


def bjtcm():
    # pretty-printed array; a record's line is the line its "title" value stands on; `source` is the
    # publishing office (or null), not an author: byline null
    out = []
    for n, line in enumerate(text('bjtcm-2021-html-article-array.json').split('\n'), 1):
        if line.startswith('    "title": '):
            t = json.loads(line[len('    "title": '):].rstrip(',')).strip()
            out.append(unit('article', t, [[n, n]], [[n, n]]))
    return 'json-records', out


# dailynews: decisions by line (Markdown blocks).  `####` lines are the records' titles; their `**来源：**` and
# `[阅读全文](…)` lines are source / link fields and belong to no unit; `---` rules are nothing.
DAILY_HEADERS = {1: 'page-header', 8: 'page-header', 11: 'page-header', 54: 'page-header', 59: 'page-header',
                 86: 'page-header', 129: 'page-header'}
DAILY_FURNITURE_TEXT = {3, 56, 172}          # 本页面每小时更新…, 暂时没有经济新闻, *本时段新闻采集于 00:00*
DAILY_FURNITURE_RECORDS = {37, 88}           # Русский язык (a language-edition link), 2025年全国两会_网易新闻_网易网 (a topic landing page)


def dailynews():
    out = []
    for n, line in enumerate(text('dailynews-20260203-hourly-blocks.md').split('\n'), 1):
        if n in DAILY_HEADERS:
            out.append(unit(DAILY_HEADERS[n], None, [], [[n, n]]))
        elif n in DAILY_FURNITURE_TEXT:
            out.append(unit('furniture', None, [], [[n, n]]))
        elif line.startswith('#### '):
            t = line[5:].strip()
            kind = 'furniture' if n in DAILY_FURNITURE_RECORDS else 'article'
            out.append(unit(kind, t, [[n, n]], []))
    return 'blocks', out


def edunews():
    out = []
    for n, line in enumerate(text('edunews-2017-gbk-id-title.csv', 'gbk').split('\n'), 1):
        if line:
            t = line.split(',', 1)[1].strip()
            out.append(unit('article', t, [[n, n]], [[n, n]]))
    return 'csv', out


def peoplecn():
    out = []
    t = text('peoplecn-20220530-comma-stripped.csv').lstrip('\ufeff')
    for n, row in enumerate(csv.reader(io.StringIO(t)), 1):   # one record a physical line (checked in check.py)
        out.append(unit('article', row[1].strip(), [[n, n]], [[n, n]]))
    return 'csv', out


def sohu():
    out = []
    for n, line in enumerate(text('sohu-2021-clickbait-entities.jsonl').split('\n'), 1):
        if line:
            o = json.loads(line)
            out.append(unit('article', o['title'].strip(), [[n, n]], [[n, n]]))
    return 'jsonl', out


MAKERS = {
    'binzhou-2018-nested-feed-array.json': binzhou,
    'bjtcm-2021-html-article-array.json': bjtcm,
    'dailynews-20260203-hourly-blocks.md': dailynews,
    'edunews-2017-gbk-id-title.csv': edunews,
    'peoplecn-20220530-comma-stripped.csv': peoplecn,
    'sohu-2021-clickbait-entities.jsonl': sohu,
}


def main():
    for name, make in MAKERS.items():
        fmt, units = make()
        lines = ['source: ' + name, 'family: crawler', 'format: ' + fmt, 'split: ' + SPLIT[name],
                 'synthetic: false', 'units:']
        for u in units:
            lines += ['  - kind: ' + u['kind'], '    title: ' + q(u['title']),
                      '    titleLines: ' + rng(u['titleLines']), '    byline: ' + q(u['byline']),
                      '    lines: ' + rng(u['lines'])]
        gold = os.path.join(PAGES, name.rsplit('.', 1)[0] + '.gold.yaml')
        with open(gold, 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
        print('%-44s %3d units' % (name, len(units)))


if __name__ == '__main__':
    main()
