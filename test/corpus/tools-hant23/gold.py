#!/usr/bin/env python3
"""Write (or --check) the gold files of the hant23 pages (臺南市政府 市政新聞, Tainan City Government news).

The unit ranges below were read off the numbered listings (`build.py --list`) page by page and written by hand.
Every item is one `article` unit; there is no page header, furniture, free-standing caption or fragment.
Judgements:

- The item's first line is its headline: `title` = that line as printed.
- The release's slug under the headline -- the standalone lines `發稿單位：…` / `發稿單位:…`, `發稿時間：…` /
  `發稿日期：…`, `發稿人：…` / `發稿人員：…` and `聯絡電話：…`, in whatever order and number the item prints them,
  and also when several of them are run together on one line (`發稿單位：新聞及國際關係處發稿時間：114年3月7日
  11:10發稿人：陳涵文`) -- is part of the head (`titleLines`), as the standalone byline lines of earlier batches.
- `byline` = the printed line that names the issuing unit (the line beginning `發稿單位`), as printed (when that
  line also holds the time and the issuer's staff, the whole line).
- A slug line that runs on into the lead paragraph (`發稿時間：115年1月2日12:10從招商到落實投資，…`, page
  2026-01-02) is a body line, as a lead byline that holds body text.
- Everything else is body: the paragraphs, the bracketed subheads of the council-questions item
  (`【爭取南區喜樹灣裡市地重劃建設醫院　黃偉哲：請國土署協助評估醫療用地可行性】`), the closing lines with links,
  addresses and telephone numbers (`台南旅遊網 https://www.twtainan.net/`, `活動網址：https://reurl.cc/nNQN9n`).
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build

GOLD_OUT = os.environ.get('GOLD_OUT', build.OUT)

SPLIT = {  # fixed in SPLIT.md before any page or gold was written: pages sorted by name, odd dev, even test
    'tw-tainangov-2025-03-07': 'dev',
    'tw-tainangov-2025-05-01': 'test',
    'tw-tainangov-2025-07-02': 'dev',
    'tw-tainangov-2025-09-06': 'test',
    'tw-tainangov-2025-11-04': 'dev',
    'tw-tainangov-2026-01-02': 'test',
}

# page: [(first head line, last head line, first body line, last body line), ...] in page order
GOLD = {
    'tw-tainangov-2025-03-07': [(1, 5, 6, 9), (10, 12, 13, 16), (17, 18, 19, 27), (28, 30, 31, 35),
                                (36, 38, 39, 43), (44, 47, 48, 59), (60, 62, 63, 69), (70, 72, 73, 75)],
    'tw-tainangov-2025-05-01': [(1, 5, 7, 11), (13, 17, 19, 25), (27, 31, 33, 39), (41, 45, 47, 53),
                                (55, 59, 61, 67), (69, 73, 75, 83), (85, 91, 93, 103), (105, 109, 111, 123),
                                (125, 129, 131, 141)],
    'tw-tainangov-2025-07-02': [(1, 2, 3, 8), (10, 12, 13, 16), (18, 20, 21, 25), (27, 29, 30, 34),
                                (36, 38, 39, 43), (45, 48, 49, 55), (57, 59, 60, 63), (65, 67, 68, 72),
                                (74, 77, 78, 83)],
    'tw-tainangov-2025-09-06': [(1, 3, 4, 8), (10, 12, 13, 18), (20, 23, 24, 28), (30, 32, 33, 40),
                                (42, 44, 45, 48), (50, 53, 54, 64), (66, 68, 69, 73), (75, 77, 78, 82)],
    'tw-tainangov-2025-11-04': [(1, 3, 4, 9), (10, 12, 13, 21), (22, 24, 25, 28), (29, 32, 33, 42),
                                (43, 46, 47, 52), (53, 56, 57, 83), (84, 87, 88, 91), (92, 95, 96, 103),
                                (104, 105, 106, 110)],
    'tw-tainangov-2026-01-02': [(1, 4, 5, 11), (12, 14, 15, 19), (20, 22, 23, 28), (29, 30, 31, 33),
                                (34, 36, 37, 41), (42, 44, 45, 48), (49, 51, 52, 56), (57, 59, 60, 63)],
}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def units(name, page_lines):
    out = []
    for h1, h2, b1, b2 in GOLD[name]:
        head = page_lines[h1 - 1:h2]
        bylines = [l for l in head if l.startswith('發稿單位')]
        assert len(bylines) <= 1, (name, h1)
        out.append({'title': page_lines[h1 - 1], 'titleLines': [[h1, h2]],
                    'byline': bylines[0] if bylines else None, 'lines': [[b1, b2]]})
    return out


def render_gold(name, page_lines):
    y = [f'source: {name}.txt', 'family: traditional', 'format: paragraph-lines', f'split: {SPLIT[name]}',
         'synthetic: false', 'units:']
    for u in units(name, page_lines):
        y.append('  - kind: article')
        y.append(f'    title: {q(u["title"])}')
        y.append(f'    titleLines: {json.dumps(u["titleLines"])}')
        y.append(f'    byline: {q(u["byline"]) if u["byline"] is not None else "null"}')
        y.append(f'    lines: {json.dumps(u["lines"])}')
    return '\n'.join(y) + '\n'


def main():
    recs = json.load(open(build.RECORDS, encoding='utf-8'))
    bad = 0
    for name in sorted(build.PAGES):
        page_lines = build.page_text(name, recs).replace('\r\n', '\n').split('\n')[:-1]
        text = render_gold(name, page_lines)
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
