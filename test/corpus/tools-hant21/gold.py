#!/usr/bin/env python3
"""Write (or --check) the gold files of the hant21 pages (香港政府新聞網 news.gov.hk).

Every item is one `article` unit; there is no page header, furniture, free-standing caption or fragment.
Judgements, read off the numbered listings (`build.py --list`) page by page:

- Record line 1 is the headline as the site prints it: `title` = that line, `titleLines` = that line.
- The site prints no byline and no credit line, so `byline: null` for every unit.
- Everything else is body (`lines`): the lead paragraphs; the short subheads the features and the ministers'
  blog posts set as paragraphs of their own (`配合時代步伐`, `自住空間  聯繫社會`, `初體驗`, `綠色金融`,
  `城市林務發展基金資助計劃 培養本地人才`); the note `（可按這裏收看整個會見傳媒的手語翻譯短片。）` under the
  headline of some items (the item's own link to its sign-language video); the `以下是…的文章：` /
  `…的致辭全文：` lines introducing a blog post or speech, the speech's salutation line, and closing lines
  (`我先跟大家報告到這裏，…多謝大家。`).
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build

GOLD_OUT = os.environ.get('GOLD_OUT', build.OUT)

SPLIT = {  # fixed in SPLIT.md before any page or gold was written: pages sorted by name, odd dev, even test
    'hk-newsgov-2024-04-14': 'dev',
    'hk-newsgov-2024-04-23': 'test',
    'hk-newsgov-2024-04-28': 'dev',
    'hk-newsgov-2024-05-05': 'test',
    'hk-newsgov-2024-05-21': 'dev',
}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def record_spans(name, recs):
    keys, blank, enc, nl = build.PAGES[name]
    out, n = [], 0
    for i, k in enumerate(keys):
        lines = recs[k]['lines']
        if blank == 'articles' and i:
            n += 1
        nums = []
        for _ in lines:
            n += 1
            nums.append(n)
            if blank == 'all':
                n += 1
        out.append((k, nums))
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
    by_num = {i: l for i, l in enumerate(page_lines, 1)}
    out = []
    for k, nums in record_spans(name, recs):
        lines = recs[k]['lines']
        for i, l in enumerate(lines):
            assert by_num[nums[i]] == l
        out.append({'title': lines[0], 'titleLines': compact(nums[:1], by_num), 'byline': None,
                    'lines': compact(nums[1:], by_num)})
    return out


def render_gold(name, recs, page_lines):
    y = [f'source: {name}.txt', 'family: traditional', 'format: paragraph-lines', f'split: {SPLIT[name]}',
         'synthetic: false', 'units:']
    for u in units(name, recs, page_lines):
        y.append('  - kind: article')
        y.append(f'    title: {q(u["title"])}')
        y.append(f'    titleLines: {json.dumps(u["titleLines"])}')
        y.append('    byline: null')
        y.append(f'    lines: {json.dumps(u["lines"])}')
    return '\n'.join(y) + '\n'


def main():
    recs = json.load(open(build.RECORDS, encoding='utf-8'))
    bad = 0
    for name in sorted(build.PAGES):
        page_lines = build.page_text(name, recs).replace('\r\n', '\n').split('\n')[:-1]
        text = render_gold(name, recs, page_lines)
        path = os.path.join(GOLD_OUT, name + '.gold.yaml')
        if '--check' in sys.argv:
            if not os.path.exists(path) or open(path, encoding='utf-8').read() != text:
                print('DIFFERS', path)
                bad += 1
            else:
                print('ok', name)
        else:
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
            print('wrote', path)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
