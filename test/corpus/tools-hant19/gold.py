#!/usr/bin/env python3
"""Write (or --check) the gold files of the hant19 pages.

Every record is one `article` unit; there is no page header, furniture, free-standing caption or fragment.
Judgements, read off the numbered listings (`build.py --list`) page by page:

- 鉅亨網 (tw-cnyes-*): record line 1 is the headline as the site prints it (`title` = that line, `titleLines` =
  that line). The site prints no credit line and the crawl has none, so `byline: null`. Everything after the
  headline is body (`lines`): paragraphs, in-article subheads (`領先的人工智慧巨頭輝達 (NVDA-US) 可能面臨一些困難阻力`,
  `其他貴金屬交易`, `焦點個股：`, `1) 股市前景`), list items (`現貨白銀上漲 0.7% 至 31.63 美元。`), picture captions
  (`南僑日 K 線圖`, `圖：芝商所 FedWatch 工具`), the related-headline list of the morning briefing, the digest's
  headline-subheads of `美股重點新聞摘要2024年10月03日`, the column's closing URL lines.
- 工商時報 (tw-ctee-*): record line 1 is the headline, line 2 the date line printed under it (`2025.09.18  | 11:45`):
  `titleLines` = both, `title` = line 1. Body = every other line, the in-article subhead of row 1
  (`Fed降息1碼 黃金奔新高 美元指數跌近3年半新低`) included. `byline` = the bracketed lead of the first paragraph,
  brackets dropped, where there is one (row 9: `【時報編譯柳繼剛綜合外電報導】` -> `時報編譯柳繼剛綜合外電報導`); else null.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build

GOLD_OUT = os.environ.get('GOLD_OUT', build.OUT)

SPLIT = {  # fixed in SPLIT.md before any page or gold was written: pages sorted by name, odd dev, even test
    'tw-cnyes-2024-10-03-1': 'dev',
    'tw-cnyes-2024-10-03-2': 'test',
    'tw-cnyes-2024-10-05': 'dev',
    'tw-cnyes-2024-10-06': 'test',
    'tw-cnyes-2024-10-07-1': 'dev',
    'tw-cnyes-2024-10-07-2': 'test',
    'tw-ctee-2025-09-18': 'dev',
}

HEAD = {'CNYES': 1, 'CTEE': 2}          # number of head lines of every record of the source
BYLINE = {('CTEE', '9'): '時報編譯柳繼剛綜合外電報導'}   # printed as the lead 【…】 of the first paragraph


def q(s):
    return json.dumps(s, ensure_ascii=False)


def record_spans(name, recs):
    src, keys, blank, enc, nl = build.PAGES[name]
    out, n = [], 0
    for i, k in enumerate(keys):
        lines = recs[src][str(k)]['lines']
        if blank == 'articles' and i:
            n += 1
        nums = []
        for _ in lines:
            n += 1
            nums.append(n)
            if blank == 'all':
                n += 1
        out.append((str(k), nums))
    return out


def compact(nums, by_num):
    rs = []
    for x in sorted(nums):
        if rs and all(not by_num[y].strip() for y in range(rs[-1][1] + 1, x)):
            rs[-1][1] = x
        else:
            rs.append([x, x])
    return rs


def units(name, recs, page_lines):
    src = build.PAGES[name][0]
    by_num = {i: l for i, l in enumerate(page_lines, 1)}
    out = []
    for k, nums in record_spans(name, recs):
        lines = recs[src][k]['lines']
        h = HEAD[src]
        title = lines[0]
        byline = BYLINE.get((src, k))
        if byline:
            assert lines[h].startswith('【' + byline + '】'), (k, lines[h])
        if src == 'CTEE':
            assert lines[1].startswith('2025.09.18'), lines[1]
        for i, l in enumerate(lines):
            assert by_num[nums[i]] == l
        out.append({'title': title, 'titleLines': compact(nums[:h], by_num), 'byline': byline,
                    'lines': compact(nums[h:], by_num)})
    return out


def render_gold(name, recs, page_lines):
    y = [f'source: {name}.txt', 'family: traditional', 'format: paragraph-lines', f'split: {SPLIT[name]}',
         'synthetic: false', 'units:']
    for u in units(name, recs, page_lines):
        y.append('  - kind: article')
        y.append(f'    title: {q(u["title"])}')
        y.append(f'    titleLines: {json.dumps(u["titleLines"])}')
        y.append(f'    byline: {q(u["byline"]) if u["byline"] else "null"}')
        y.append(f'    lines: {json.dumps(u["lines"])}')
    return '\n'.join(y) + '\n'


def main():
    recs, _ = build.load_records(sys.argv[1:])
    bad = 0
    for name in sorted(build.PAGES):
        page_lines = build.page_text(name, recs).replace('\r\n', '\n').split('\n')[:-1]
        text = render_gold(name, recs, page_lines)
        path = os.path.join(GOLD_OUT, name + '.gold.yaml')
        if '--check' in sys.argv:
            if not os.path.exists(path) or open(path, encoding='utf-8').read() != text:
                print('DIFFERS', path); bad += 1
            else:
                print('ok', name)
        else:
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
            print('wrote', path)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
