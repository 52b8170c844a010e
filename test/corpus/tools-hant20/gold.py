#!/usr/bin/env python3
"""Write (or --check) the gold files of the hant20 pages (法庭線 The Witness).

Every item is one `article` unit; there is no page header, furniture, free-standing caption or fragment.
Judgements, read off the numbered listings (`build.py --list`) page by page:

- Record line 1 is the headline as the site prints it: `title` = that line, `titleLines` = that line.
- The feed prints no credit line under the headline, so `byline: null`, except item 51853, whose text closes
  with the standalone credit line `採訪、攝影：阮嘉丰` (before the case number `T20247045`): that line is a second
  `titleLines` range and the `byline` (as the closing `■記者X` lines of the earlier Traditional batches), so the
  body is two ranges around it.
- Everything else is body (`lines`): the grey-box lead paragraphs, paragraphs, the two-line subheads (the site's
  `h5` with a `<br>`, two lines here), picture captions with their `（攝：…）` credits, quoted dialogue lines
  (`張：…`), the `相關報道：` line and the linked headline under it (a link inside the story, although it names
  another item of the same page), and the closing case-number line (`FLCC854/2024`, `HCCC164/2022、HCCC255/2023`).
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build

GOLD_OUT = os.environ.get('GOLD_OUT', build.OUT)

SPLIT = {  # fixed in SPLIT.md before any page or gold was written: pages sorted by name, odd dev, even test
    'hk-thewitness-2024-04-22': 'dev',
    'hk-thewitness-2024-04-30': 'test',
    'hk-thewitness-2024-05-02': 'dev',
    'hk-thewitness-2024-05-14': 'test',
    'hk-thewitness-2024-05-24': 'dev',
}

CLOSING_BYLINE = {'51853': '採訪、攝影：阮嘉丰'}   # item id -> the standalone credit line printed near its end


def q(s):
    return json.dumps(s, ensure_ascii=False)


def record_spans(name, recs):
    keys, blank, enc, nl = build.PAGES[name]
    out, n = [], 0
    for i, k in enumerate(keys):
        lines = recs[str(k)]['lines']
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
    by_num = {i: l for i, l in enumerate(page_lines, 1)}
    out = []
    for k, nums in record_spans(name, recs):
        lines = recs[k]['lines']
        for i, l in enumerate(lines):
            assert by_num[nums[i]] == l
        head, body, byline = [nums[0]], nums[1:], None
        if k in CLOSING_BYLINE:
            byline = CLOSING_BYLINE[k]
            i = lines.index(byline)
            assert lines.count(byline) == 1 and i > len(lines) - 4, (k, i)
            head.append(nums[i])
            body = [n for n in body if n != nums[i]]
        out.append({'title': lines[0], 'titleLines': compact(head, by_num), 'byline': byline,
                    'lines': compact(body, by_num)})
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
