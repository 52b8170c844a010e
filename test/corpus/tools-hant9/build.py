#!/usr/bin/env python3
"""Rebuild the ninth batch's pages byte for byte from the article fragments in tools/src/.

Usage: python3 build.py          write ../traditional/<page>
       python3 build.py --check  compare with the files on disk (exit 1 on any difference)
       python3 build.py --list   print each page numbered (for reading the gold against it)

In this repository the article fragments are not kept (their pages' HTML around the text is most of them): records.json
holds each record's lines as the functions below read them from its fragment; with the fragments back in src/
(extract_src.py), build.py reads those instead and --check compares the same bytes.

How a record becomes lines (see SOURCES-fragment.md):
  Ming Pao (每日明報 print items on news.mingpao.com): the <hgroup> heading(s); then every non-empty photo
  caption (the images' dtitle attribute, in page order); then every <p> and <h2> of the <article> in order,
  a <br> inside one also ending a line. Dropped as site furniture after the last paragraph: the topic tag
  <h2>（宏福苑大火）</h2> and the promo lines '■明報報料熱線﹕…' / '■更多娛樂猛料 ﹕ol.mingpao.com'.
  RTHK (香港電台網站 news items): the itemTitle heading, then the paragraphs of itemFullText
  (separated by <br><br>).
  Every line is stripped of white space at its ends; nothing else is changed.
"""
import html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'traditional')
DROP_TAIL = re.compile(r'^(（[^（）]+）|■明報報料熱線.*|■更多娛樂猛料.*)$')


def text(s):
    s = re.sub(r'<br\s*/?>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    return [l.strip() for l in html.unescape(s).split('\n') if l.strip()]


def mingpao(frag):
    a = frag.index('<article')
    head = frag[:a]
    lines = []
    hg = re.search(r'<hgroup>(.*?)</hgroup>', head, re.S).group(1)
    for m in re.finditer(r'<(h\d)[^>]*>(.*?)</\1>', hg, re.S):
        lines += text(m.group(2))
    for m in re.finditer(r'dtitle="([^"]*)"', head):
        c = html.unescape(m.group(1)).strip()
        if c:
            lines.append(c)
    body = re.sub(r'<aside.*?</aside>|<script.*?</script>', '', frag[a:], flags=re.S)
    blocks = []
    for m in re.finditer(r'<(h2|p)(\s[^>]*)?>(.*?)</\1>', body, re.S):
        blocks += text(m.group(3))
    while blocks and DROP_TAIL.match(blocks[-1]):
        blocks.pop()
    assert not any(DROP_TAIL.match(b) for b in blocks), blocks
    return lines + blocks


def rthk(frag):
    t = re.search(r'<h2 class="itemTitle">(.*?)</h2>', frag, re.S).group(1)
    i = frag.index('<div class="itemFullText">')
    lines = text(t)
    for p in re.split(r'<br>\s*<br>', frag[i:]):
        lines += text(p)
    return lines


def record_lines(source, rid):
    """A record's lines: from its fragment in src/ where that is present (extract_src.py fetches them from the
    snapshot), else from records.json, which `--records` writes from the fragments."""
    path = os.path.join(HERE, 'src', source, rid + '.html')
    if os.path.exists(path):
        return (mingpao if source == 'mingpao' else rthk)(open(path, encoding='utf-8').read())
    return RECORDS[source + '/' + rid]


RECORDS = json.load(open(os.path.join(HERE, 'records.json'), encoding='utf-8')) if os.path.exists(os.path.join(HERE, 'records.json')) else {}


def build(page):
    lines = []
    for rid in page['records']:
        lines += record_lines(page['source'], rid)
    sep = '\n\n' if page['blank'] else '\n'
    t = sep.join(lines) + '\n'
    enc = page['encoding']
    if enc == 'utf-8-bom':
        return '\ufeff'.encode('utf-8') + t.encode('utf-8')
    b = t.encode(enc)
    assert b.decode(enc) == t
    return b


def main():
    spec = json.load(open(os.path.join(HERE, 'pages.json')))
    bad = 0
    for p in spec['pages']:
        b = build(p)
        path = os.path.join(OUT, p['page'])
        if '--check' in sys.argv:
            ok = os.path.exists(path) and open(path, 'rb').read() == b
            bad += not ok
            print(('ok   ' if ok else 'DIFF ') + p['page'], len(b))
        elif '--list' in sys.argv:
            enc = 'utf-8-sig' if p['encoding'] == 'utf-8-bom' else p['encoding']
            print('#####', p['page'])
            for n, l in enumerate(b.decode(enc).split('\n'), 1):
                if l: print(f'{n:4d} {l}')
        else:
            open(path, 'wb').write(b)
            print('wrote', p['page'], len(b))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
