#!/usr/bin/env python3
"""Check every crawler9 gold against its page (needs PyYAML). Independent of write_gold.py's parsers where it can be."""
import ast, json, os, re, sys, yaml

PAGES = os.environ.get('PAGES', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'crawler'))  # test/corpus/crawler
SPLIT = ['dev', 'test', 'dev', 'test', 'dev']
# lines that by decision belong to no unit (regexes on the line without CR)
NO_UNIT = {
    'netease-2017-jsonp-callback.txt': r'.*',   # JSON syntax and non-title fields: only the title lines are units
    'sinarss-20251127-markdown-archive.md': r'^(\*\*(归档日期|新闻数量|分类|来源|时间|语言)：\*\*.*|---|\*\*原文链接：\*\*.*)$',
    'toutiao-2018-header-comment-blocks.txt': r'^(--------headers------------|--------comments------------|\d{4}--\d\d--\d\d \d\d:\d\d:\d\d|https://www\.toutiao\.com/group/\d+)$',
    'toutiao-2018-pipecomma-labels.txt': r'^$',
    'xinhuanet-2017-pydict-lines.txt': r'^$',
}
SOURCE_LINE = {'toutiao-2018-header-comment-blocks.txt'}  # the line after the date is the outlet field


def records(name, ls):
    """Independent record reading: (title line, title) for every record."""
    if name.startswith('netease'):
        text = '\n'.join(ls)
        objs = json.loads(text[len('data_callback('):-1])
        tl = [i for i, l in enumerate(ls, 1) if l.lstrip().startswith('"title":')]
        return list(zip(tl, [o['title'] for o in objs]))
    if name.startswith('sinarss'):
        return [(i, l.split('. ', 1)[1]) for i, l in enumerate(ls, 1) if l.startswith('## ')]
    if name.startswith('toutiao-2018-header'):
        return [(i + 2, ls[i + 1].rstrip('\r')) for i, l in enumerate(ls) if l.rstrip('\r') == '--------headers------------']
    if name.startswith('toutiao-2018-pipecomma'):
        return [(i, l.split('|,|')[2]) for i, l in enumerate(ls, 1) if l]
    if name.startswith('xinhuanet'):
        return [(i, ast.literal_eval(l)['title']) for i, l in enumerate(ls, 1) if l]


def main():
    errs = 0
    nunits = 0
    names = sorted(NO_UNIT)  # this batch's pages only
    for pos, name in enumerate(names):
        ls = open(os.path.join(PAGES, name), encoding='utf-8', newline='').read().split('\n')
        if ls and ls[-1] == '':
            ls = ls[:-1]
        g = yaml.safe_load(open(os.path.join(PAGES, name.rsplit('.', 1)[0] + '.gold.yaml'), encoding='utf-8'))
        def err(m):
            nonlocal errs
            errs += 1
            print('%s: %s' % (name, m))
        if g['source'] != name or g['family'] != 'crawler' or g['synthetic'] is not False:
            err('header')
        if g['split'] != SPLIT[pos]:
            err('split %s, rule says %s' % (g['split'], SPLIT[pos]))
        used = {}
        prev = 0
        recs = records(name, ls)
        art = [u for u in g['units'] if u['titleLines']]
        if len(art) != len(recs):
            err('%d record units, %d records' % (len(art), len(recs)))
        for (rl, rt), u in zip(recs, art):
            if u['titleLines'] != [[rl, rl]]:
                err('record at %d: titleLines %s' % (rl, u['titleLines']))
            if u['title'] != rt.strip():
                err('record at %d: title %r vs %r' % (rl, u['title'], rt.strip()))
        for k, u in enumerate(g['units'], 1):
            nunits += 1
            if u['kind'] not in ('article', 'fragment', 'photo-caption', 'column-intro', 'page-header', 'furniture'):
                err('unit %d kind' % k)
            if u['byline'] is not None:
                err('unit %d byline' % k)
            rng = u['titleLines'] + u['lines']
            for a, b in rng:
                if not (1 <= a <= b <= len(ls)):
                    err('unit %d range %s outside 1..%d' % (k, (a, b), len(ls)))
            first = min(a for a, b in rng)
            if first < prev:
                err('unit %d out of order' % k)
            prev = first
            for a, b in {tuple(r) for r in rng}:
                for i in range(a, b + 1):
                    if i in used and used[i] != k:
                        err('line %d in units %d and %d' % (i, used[i], k))
                    used[i] = k
            if u['title'] is not None:
                printed = re.sub(r'\s', '', ''.join(ls[a - 1] for a, b in u['titleLines'] for _ in [0]))
                t = re.sub(r'\s', '', u['title'])
                if t not in printed and json.dumps(u['title'], ensure_ascii=False)[1:-1].replace(' ', '') not in printed:
                    err('unit %d title not printed on its titleLines' % k)
        for i, l in enumerate(ls, 1):
            s = l.rstrip('\r')
            if not s.strip() or i in used:
                continue
            if re.match(NO_UNIT[name], s):
                continue
            if name in SOURCE_LINE and ls[i - 2].rstrip('\r').startswith('2018--'):
                continue
            err('line %d in no unit: %r' % (i, s[:60]))
    print('%d pages, %d units, %d errors' % (len(names), nunits, errs))
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
