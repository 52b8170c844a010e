#!/usr/bin/env python3
"""Write (or --check) the gold files of the hant25 pages (澳門特別行政區政府新聞局 news releases, Macau).

Every item's numbered listing (`build.py --list`) was read before this was written. Each item is one `article`
unit; there is no page header, furniture, free-standing caption or fragment. Judgements (see
../traditional/SOURCES.md, hant25 section):

- The item's headline is its first line, or its first two lines where the site sets the headline on two lines (four
  items: `岑浩輝：把維護國家安全的實踐要求` / `貫穿特區“三五＂規劃各領域全過程`): `titleLines` = those lines;
  `title` = those lines joined with nothing between them (a headline broken over two lines, printed spaces inside a
  line kept).
- `byline` is null: the releases print no author and no dateline; the issuing bureau stands in the lead as the
  subject of the sentence, and the note `以下消息代中國人民解放軍駐澳門部隊／行政公職局發放：` (04-13) is a sentence of
  the text introducing the notice it forwards.
- Body (`lines`) = everything after the headline: the paragraphs, the bold subheads inside a release
  (`史詩鏖戰，天際線隊奪冠`, `買家規模顯著增長 簽約及商務配對成果豐碩`), the numbered sections of a notice
  (`一、開放時間`), list items, every cell of the traffic and activity tables with their captions
  (`附表一：臨時交通措施`), and the bracketed caption line a release sets over its photo or video
  (`【新聞局】行政長官岑浩輝啟程往訪歐洲四國`, `【旅遊局】“感受澳門”馬德里路展宣傳短片`): it belongs to that
  release, so it is not a free-standing `photo-caption`.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build

GOLD_OUT = os.environ.get('GOLD_OUT', build.OUT)

SPLIT = {  # fixed in SPLIT.md before any page or gold was written: pages sorted by name, odd dev, even test
    'mo-gcs-2026-04-13': 'dev',
    'mo-gcs-2026-04-14': 'test',
    'mo-gcs-2026-04-15': 'dev',
    'mo-gcs-2026-04-16': 'test',
    'mo-gcs-2026-04-17': 'dev',
}

# Exceptions to "one article per item, head = the headline line(s), body = the rest" found on reading: none.
EXCEPTIONS = {}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def units(name, recs):
    path, blank, enc, nl = build.PAGES[name]
    step = 2 if blank == 'all' else 1
    out, n = [], 0
    for i, it in enumerate(recs[name]['items']):
        if blank == 'articles' and i:
            n += 1
        first = n + 1
        h = len(it['head'])
        k = len(it['lines'])
        n += k * step
        last = n - (1 if blank == 'all' else 0)
        head_last = first + (h - 1) * step
        out.append({'title': ''.join(it['head']), 'titleLines': [[first, head_last]], 'byline': None,
                    'lines': [[head_last + step, last]]})
    return out


def render_gold(name, recs):
    y = [f'source: {name}.txt', 'family: traditional', 'format: paragraph-lines', f'split: {SPLIT[name]}',
         'synthetic: false', 'units:']
    for u in units(name, recs):
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
        text = render_gold(name, recs)
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
