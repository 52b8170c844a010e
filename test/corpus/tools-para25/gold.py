#!/usr/bin/env python3
"""Write (or --check) the gold of batch para25 (莆田市人民政府门户网站 县区动态). The unit boundaries follow the records
(one item = one `article`); the reading decisions below were made on the numbered listings (`build.py --list`) before
any segmenter run:
- title = the headline line (the value of 标题); titleLines = the headline and the two field lines printed under it
  (`发布时间: …`, `发布机构: …`), as the 时间/来源 field lines of para24;
- 1746767 (城厢区：重点项目跑出“加速度”) opens its text with the paper's own headline `城厢区重点项目跑出“加速度”` on a line
  of its own: a head line (second titleLines range), not body;
- byline = the names of the closing byline `（翁国城 沈晓东）` → `翁国城 沈晓东`, `（记者 黄凌燕 实习生 林至含 陈燕萍）` →
  `记者 黄凌燕 实习生 林至含 陈燕萍` (the family convention for closing bylines); the closing byline stays in the last body
  line, where the source runs it into the paragraph;
- lines = every paragraph after the head, in-text subheads (`打好水环境治理战役`, `■基础设施补短板`, `从无到有 支柱产业龙头高昂`)
  included.
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build

SPLIT = {  # fixed in SPLIT.md before any page or gold was written (odd positions of the five-page list dev)
    'putian-xqdt-202208-p1': 'dev',
    'putian-xqdt-202208-p2': 'test',
    'putian-xqdt-202208-p3': 'dev',
}
EXTRA_HEAD = {1746767: 1}   # body lines at the start of the text that are head lines (read off the listing)
BYLINE = re.compile(r'（([^（）]+)）\s*$')


def units(name, recs):
    """(record, [title ranges], body range, byline) per item, in page line numbers."""
    keys, blank, enc, nl = build.PAGES[name]
    step = 2 if blank == 'all' else 1
    n, out = 0, []
    for j, k in enumerate(keys):
        if blank == 'articles' and j:
            n += 1
        lines = recs[str(k)]['lines']
        pos = [n + 1 + i * step for i in range(len(lines))]   # page line of each record line
        n = pos[-1] + (1 if blank == 'all' else 0)   # the empty line after the last line
        heads = [[pos[0], pos[2]]]
        b = 3
        if EXTRA_HEAD.get(k):
            heads.append([pos[3], pos[3 + EXTRA_HEAD[k] - 1]])
            b += EXTRA_HEAD[k]
        m = BYLINE.search(lines[-1])
        out.append((k, lines[0], heads, [pos[b], pos[-1]], m.group(1).strip() if m else None))
    return out


def render(name, recs):
    y = [f'source: {name}.txt', 'family: paragraph', 'format: paragraph-lines', f'split: {SPLIT[name]}',
         'synthetic: false', 'units:']
    for k, title, heads, body, by in units(name, recs):
        y += ['  - kind: article', f'    title: {json.dumps(title, ensure_ascii=False)}',
              '    titleLines: [' + ', '.join(f'[{a}, {b}]' for a, b in heads) + ']',
              f'    byline: {json.dumps(by, ensure_ascii=False) if by else "null"}',
              f'    lines: [[{body[0]}, {body[1]}]]']
    return '\n'.join(y) + '\n'


def main():
    recs = json.load(open(build.RECORDS, encoding='utf-8'))
    bad = 0
    for name in sorted(build.PAGES):
        text = render(name, recs)
        path = os.path.join(build.OUT, name + '.gold.yaml')
        if '--check' in sys.argv:
            ok = os.path.exists(path) and open(path, encoding='utf-8').read() == text
            print('ok' if ok else 'DIFFERS', name); bad += not ok
        else:
            open(path, 'w', encoding='utf-8').write(text); print('wrote', path)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
