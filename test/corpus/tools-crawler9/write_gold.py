#!/usr/bin/env python3
"""Write the crawler9 gold files from the decisions in SOURCES (see NOTES.md).

Record positions are found by reading each page's own record structure (the decisions are the rules below,
written after reading every page by eye); nothing from the project's segmenter is used.
"""
import ast, json, os, re, sys

PAGES = os.environ.get('PAGES', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'crawler'))  # test/corpus/crawler

SPLIT = {  # fixed before any gold: byte order of file names, odd positions dev, even test
    'netease-2017-jsonp-callback.txt': 'dev',
    'sinarss-20251127-markdown-archive.md': 'test',
    'toutiao-2018-header-comment-blocks.txt': 'dev',
    'toutiao-2018-pipecomma-labels.txt': 'test',
    'xinhuanet-2017-pydict-lines.txt': 'dev',
}
FORMAT = {
    'netease-2017-jsonp-callback.txt': 'json-records',
    'sinarss-20251127-markdown-archive.md': 'blocks',
    'toutiao-2018-header-comment-blocks.txt': 'blocks',
    'toutiao-2018-pipecomma-labels.txt': 'delimited',
    'xinhuanet-2017-pydict-lines.txt': 'jsonl',
}


def lines_of(name):
    return open(os.path.join(PAGES, name), encoding='utf-8', newline='').read().split('\n')


def unit(kind, title, tl, lines, byline=None):
    return dict(kind=kind, title=title, titleLines=tl, byline=byline, lines=lines)


def netease(ls):
    # JSONP API response: one unit per object, at the line its "title" value stands on (title-only records).
    out = []
    for i, l in enumerate(ls, 1):
        m = re.match(r'^\s*"title":(".*"),$', l)
        if m:
            t = json.loads(m.group(1)).strip()
            out.append(unit('article', t, [[i, i]], [[i, i]]))
    return out


def sinarss(ls):
    out = [unit('page-header', None, [], [[1, 1]])]          # '# 社会新闻 - 2025年11月27日'
    heads = [i for i, l in enumerate(ls, 1) if re.match(r'^## \d+\. ', l)]
    for s in heads:
        title = re.sub(r'^## \d+\. ', '', ls[s - 1]).strip()
        first = next(i for i in range(s + 1, len(ls) + 1) if ls[i - 1].startswith('### 摘要'))
        link = next(i for i in range(first, len(ls) + 1) if ls[i - 1].startswith('**原文链接：**'))
        last = max(i for i in range(first, link) if ls[i - 1].strip())
        out.append(unit('article', title, [[s, s]], [[first, last]]))
    return out


def toutiao_blocks(ls):
    out = []
    n = len(ls)
    for i, l in enumerate(ls, 1):
        if l.rstrip('\r') == '--------headers------------':
            t = i + 1
            assert ls[i + 4].rstrip('\r') == '--------comments------------'
            c0 = i + 6
            c1 = c0
            while c1 <= n and ls[c1 - 1].rstrip('\r') != '':
                c1 += 1
            comments = [[c0, c1 - 1]] if c1 > c0 else []
            out.append(unit('article', ls[t - 1].rstrip('\r').strip(), [[t, t]], comments))
    return out


def pipecomma(ls):
    out = []
    for i, l in enumerate(ls, 1):
        if not l:
            continue
        f = l.split('|,|')
        out.append(unit('article', f[2].strip(), [[i, i]], [[i, i]]))
    return out


def pydict(ls):
    out = []
    for i, l in enumerate(ls, 1):
        if not l:
            continue
        d = ast.literal_eval(l)
        out.append(unit('article', d['title'].strip(), [[i, i]], [[i, i]]))
    return out


BUILD = {
    'netease-2017-jsonp-callback.txt': netease,
    'sinarss-20251127-markdown-archive.md': sinarss,
    'toutiao-2018-header-comment-blocks.txt': toutiao_blocks,
    'toutiao-2018-pipecomma-labels.txt': pipecomma,
    'xinhuanet-2017-pydict-lines.txt': pydict,
}


def yq(s):
    return 'null' if s is None else json.dumps(s, ensure_ascii=False)


def write(name, units):
    o = ['source: %s' % name, 'family: crawler', 'format: %s' % FORMAT[name], 'split: %s' % SPLIT[name],
         'synthetic: false', 'units:']
    for u in units:
        o += ['  - kind: %s' % u['kind'], '    title: %s' % yq(u['title']),
              '    titleLines: %s' % json.dumps(u['titleLines']), '    byline: %s' % yq(u['byline']),
              '    lines: %s' % json.dumps(u['lines'])]
    base = name.rsplit('.', 1)[0]
    open(os.path.join(PAGES, base + '.gold.yaml'), 'w', encoding='utf-8').write('\n'.join(o) + '\n')
    return len(units)


if __name__ == '__main__':
    tot = 0
    for name, fn in BUILD.items():
        n = write(name, fn(lines_of(name)))
        print(name, n)
        tot += n
    print('units', tot)
