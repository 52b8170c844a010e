#!/usr/bin/env python3
"""Write (or, with --check, compare) the gold files pages/<page>.gold.yaml of this batch.

The units are as read off the numbered listings of `python3 build.py --list` (see NOTES.md, "Gold"): every record
on these pages is one printed story, so each is one `article` unit: its headline line is `titleLines` (with the
standalone print byline line of a China Times record), `title` is that headline line exactly, every other line of
the record (lead, paragraphs, subheads, picture captions, notes such as 音頻:/註:/（相關新聞刊A3）。) is a body line.
The line numbers are taken from build.py's layout, so they always match the page; the judgements (kind, title,
byline) are the ones written down in NOTES.md and were checked by reading every page.
"""
import json, os, re, sys
import build

SPLIT = {  # fixed before any gold was written: sorted by name, odd positions dev, even test (NOTES.md)
    'hk-inmedia-2024-04-25-news.txt': 'dev',
    'hk-inmedia-2024-05-08-local.txt': 'test',
    'mo-tdm-2024-10-22-local.txt': 'dev',
    'mo-tdm-2024-10-25-local.txt': 'test',
    'tw-chinatimes-2018-12-28-print.txt': 'dev',
    'tw-chinatimes-2018-12-31-kaohsiung.txt': 'test',
}
assert sorted(SPLIT) == [p['page'] for p in sorted(build.PAGES, key=lambda p: p['page'])]
assert [SPLIT[k] for k in sorted(SPLIT)] == ['dev', 'test'] * 3

TDM_CLOSE = re.compile(r'\(([^()]+)\)$')


def byline(kind, s):
    body = [s['lines'][s['nums'].index(n)] for n in s['body']]
    if kind == 'inmedia':
        # the lead 【獨媒報導】 / （獨媒報導） opens the first body line: byline with the brackets dropped
        m = re.match(r'^[【（](獨媒報導)[】）]', body[0])
        assert m, body[0]
        return m.group(1)
    if kind == 'tdm':
        # the closing credit (reporter  editor) at the end of the last paragraph, as printed, brackets dropped;
        # a record without one keeps its lead (澳門電台消息)
        assert body[0].startswith('(澳門電台消息) '), body[0]
        for l in reversed(body):
            m = TDM_CLOSE.search(l)
            if m:
                return m.group(1).strip()
        return '澳門電台消息'
    # kmw: the standalone print byline line 【X／Y報導】: brackets dropped, a leading ■ dropped
    line = s['lines'][s['nums'].index(s['byline'][0])]
    assert line.startswith('【') and line.endswith('】'), line
    return line[1:-1].lstrip('■')


def ranges(nums, page_lines):
    out = []
    for n in nums:
        # consecutive lines, or lines with only empty lines between them (blank lines inside a range do not matter)
        if out and all(not page_lines[k - 1] for k in range(out[-1][1] + 1, n)):
            out[-1][1] = n
        else:
            out.append([n, n])
    return out


def q(s):
    return 'null' if s is None else json.dumps(s, ensure_ascii=False)


def gold_text(page):
    text, spans = build.layout(page)
    page_lines = text.split('\n')
    out = [f'source: {page["page"]}', 'family: traditional', 'format: paragraph-lines',
           f'split: {SPLIT[page["page"]]}', 'synthetic: false', 'units:']
    for s in spans:
        kind = s['spec'][0]
        title = s['lines'][s['nums'].index(s['title'][0])]
        head = sorted(s['title'] + s['byline'])
        out += ['  - kind: article',
                f'    title: {q(title)}',
                f'    titleLines: {json.dumps(ranges(head, page_lines))}',
                f'    byline: {q(byline(kind, s))}',
                f'    lines: {json.dumps(ranges(s["body"], page_lines))}']
    return '\n'.join(out) + '\n'


def main():
    bad = 0
    for page in build.PAGES:
        g = gold_text(page)
        path = os.path.join(build.OUT, page['page'][:-4] + '.gold.yaml')
        if '--check' in sys.argv:
            ok = os.path.exists(path) and open(path, encoding='utf-8').read() == g
            bad += not ok
            print(('ok   ' if ok else 'DIFF ') + os.path.basename(path))
        else:
            open(path, 'w', encoding='utf-8').write(g)
            print('wrote', os.path.basename(path))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
