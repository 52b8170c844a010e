#!/usr/bin/env python3
"""Write (or --check) the gold files of the hant24 pages (總統府新聞, the Presidential Office news list, Taiwan).

The unit ranges below were read off the numbered listings (`build.py --list`) page by page and written by hand.
Every item is one `article` unit; there is no page header, furniture, free-standing caption or fragment.
Judgements (see ../traditional/SOURCES.md, hant24 section):

- The item's first line is its headline: `title` = that line as printed (U+3000 gaps kept).
- The line under it, where the item has one, is the release's subtitle (the site's `pageTitle2`, the event's full
  name: `總統出席「運動部揭牌暨部長布達典禮」`, `總統院際國政茶敘`): part of the head (`titleLines`). Items without it
  (an interview, a spokesperson's statement, a recorded address, an opening-hours notice) have the headline alone.
- `byline` is null: the releases print no author, issuing unit or dateline of their own (the lead names the
  President or Vice President as subject, not as author).
- Everything else is body: the paragraphs, the speech texts quoted in full after `總統致詞全文如下：` with their
  section lines (`今年是臺灣民主化歷史性的一年！`, `第一，擴大投資，深耕臺灣。`), the questions and answers of the
  interview (`問：…` / `總統：…`), the closing lists of those present and the background note on 2026-04-30
  (`「社團法人台南市基督教青年會慈光合唱團」係由…`).
- The notice `總統府12月6日開放參觀` (2025-12-04, last item) is an item of the news list with a headline and two
  paragraphs: an `article` (a brief), as the list prints it, not furniture.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build

GOLD_OUT = os.environ.get('GOLD_OUT', build.OUT)

SPLIT = {  # fixed in SPLIT.md before any page or gold was written: pages sorted by name, odd dev, even test
    'tw-president-2025-09-09': 'dev',
    'tw-president-2025-09-16': 'test',
    'tw-president-2025-10-10': 'dev',
    'tw-president-2025-12-04': 'test',
    'tw-president-2025-12-15': 'dev',
    'tw-president-2026-04-21': 'test',
    'tw-president-2026-04-30': 'dev',
}

# page: [(first head line, last head line, first body line, last body line), ...] in page order
GOLD = {
    'tw-president-2025-09-09': [(1, 2, 3, 10), (11, 12, 13, 22), (23, 24, 25, 33), (34, 35, 36, 45),
                                (46, 47, 48, 55), (56, 57, 58, 61)],
    'tw-president-2025-09-16': [(1, 3, 5, 25), (27, 29, 31, 51), (53, 55, 57, 77), (79, 81, 83, 91),
                                (93, 95, 97, 107), (109, 111, 113, 123), (125, 127, 129, 139)],
    'tw-president-2025-10-10': [(1, 2, 3, 5), (7, 8, 9, 69), (71, 72, 73, 83), (85, 86, 87, 94),
                                (96, 97, 98, 106), (108, 109, 110, 113), (115, 116, 117, 121)],
    'tw-president-2025-12-04': [(1, 1, 2, 27), (29, 30, 31, 46), (48, 49, 50, 56), (58, 59, 60, 72),
                                (74, 75, 76, 81), (83, 83, 84, 85)],
    'tw-president-2025-12-15': [(1, 2, 3, 7), (8, 9, 10, 19), (20, 20, 21, 24), (25, 26, 27, 31),
                                (32, 33, 34, 38), (39, 39, 40, 71)],
    'tw-president-2026-04-21': [(1, 2, 3, 15), (16, 17, 18, 26), (27, 28, 29, 36), (37, 38, 39, 45),
                                (46, 47, 48, 53), (54, 55, 56, 66)],
    'tw-president-2026-04-30': [(1, 2, 3, 9), (11, 12, 13, 18), (20, 21, 22, 31), (33, 34, 35, 46),
                                (48, 49, 50, 61), (63, 64, 65, 74), (76, 77, 78, 96), (98, 99, 100, 104)],
}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def units(name, page_lines):
    return [{'title': page_lines[h1 - 1], 'titleLines': [[h1, h2]], 'byline': None, 'lines': [[b1, b2]]}
            for h1, h2, b1, b2 in GOLD[name]]


def render_gold(name, page_lines):
    y = [f'source: {name}.txt', 'family: traditional', 'format: paragraph-lines', f'split: {SPLIT[name]}',
         'synthetic: false', 'units:']
    for u in units(name, page_lines):
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
