#!/usr/bin/env python3
"""Write (or --check) the gold files of the hant14 pages.

Every record is one article unit. Judgements (read off the numbered listings of build.py --list):
- i-Cable 有線新聞: record line 1 is the headline, line 2 the standalone credit `有線新聞` (a byline line printed under
  the headline): titleLines = both, byline = 有線新聞; every other line (the 【有線新聞】 lead paragraph, paragraphs,
  list lines such as 部份路段封閉： / 九巴：…, the statement quoted in 415468) is a body line.
- on.cc 東網: line 1 the headline (titleLines), no byline; the photo captions printed between headline and text, the
  paragraphs, the list lines (-由南運路…) and the closing `更多新聞，請瀏覽東方日報網頁：` + URL of the print items are body lines.
- 星島頭條 Sing Tao: line 1 the headline; a standalone `記者：X` line is a head line and the byline (3522234);
  in-article subheads, `相關新聞：` / `相關報道：` lines and the related headlines listed under them, `資料來源：…`,
  photo credits and captions are body lines.
"""
import sys, os, json
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build

GOLD_OUT = os.environ.get('GOLD_OUT', build.OUT)

def q(s):
    return json.dumps(s, ensure_ascii=False)

def record_spans(spec, recs):
    """1-based (first, last) page lines of every record, following build.render's layout."""
    spans = []
    n = 0
    for i, rid in enumerate(spec['ids']):
        k = len(recs[rid]['lines'])
        if spec['blank'] == 'all':
            first = n + 1; last = n + 2 * k - 1; n += 2 * k
        else:
            first = n + 1; last = n + k; n += k
            if spec['blank'] == 'articles':
                n += 1
        spans.append((rid, first, last))
    return spans

def line_no(spec, first, idx):
    return first + (2 * idx if spec['blank'] == 'all' else idx)

def units(spec, recs):
    out = []
    for rid, first, last in record_spans(spec, recs):
        lines = recs[rid]['lines']
        outlet = recs[rid]['outlet']
        head = [0]
        byline = None
        if outlet == 'i-cable':
            assert lines[1] == '有線新聞'
            head = [0, 1]; byline = '有線新聞'
        elif outlet == 'singtao':
            for i, l in enumerate(lines):
                if l.startswith('記者：') and i > 0:
                    head.append(i); byline = l
        body = [i for i in range(len(lines)) if i not in head]
        def ranges(idxs):
            rs = []
            for i in idxs:
                ln = line_no(spec, first, i)
                if rs and (i - 1) in idxs and rs[-1][1] == line_no(spec, first, i - 1):
                    rs[-1][1] = ln
                else:
                    rs.append([ln, ln])
            return rs
        out.append({'rid': rid, 'title': lines[0], 'titleLines': ranges(head), 'byline': byline, 'lines': ranges(body)})
    return out

def render_gold(name, spec, recs):
    y = [f'source: {name}', 'family: traditional', 'format: paragraph-lines', f'split: {spec["split"]}',
         'synthetic: false', 'units:']
    for u in units(spec, recs):
        y.append('  - kind: article')
        y.append(f'    title: {q(u["title"])}')
        y.append(f'    titleLines: {json.dumps(u["titleLines"])}'.replace(' ', ' '))
        y.append(f'    byline: {q(u["byline"]) if u["byline"] else "null"}')
        y.append(f'    lines: {json.dumps(u["lines"])}')
    return '\n'.join(y) + '\n'

def main():
    recs = json.load(open(build.RECORDS, encoding='utf-8'))
    bad = 0
    for name, spec in sorted(build.PAGES.items()):
        g = render_gold(name, spec, recs)
        path = os.path.join(GOLD_OUT, name.rsplit('.', 1)[0] + '.gold.yaml')
        if '--check' in sys.argv:
            if not os.path.exists(path) or open(path, encoding='utf-8').read() != g:
                print('DIFFERS', path); bad += 1
        else:
            open(path, 'w', encoding='utf-8').write(g)
    if '--check' in sys.argv:
        print('ok' if not bad else f'{bad} differ'); sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
