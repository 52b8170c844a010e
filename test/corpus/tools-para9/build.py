#!/usr/bin/env python3
"""Rebuild every page of the ninth batch, byte for byte, from the records in tools/src/.

Usage: python3 tools/build.py            (writes paragraph/<name>.txt)
       python3 tools/build.py --check    (writes nothing; exit 1 if a file would change)

Python 3 standard library only. The records are RSS <item>s copied unchanged from two public
repositories (see SOURCES-fragment.md and extract_sources.py). What is done to them:
  - heads: the e-paper gives each head level in its own <font> block: FONT-SIZE 23px is the main
    headline, an 18px block before it the kicker (引题), an 18px block after it the subtitle (副题)
    (新华每日电讯); <h3 class="headline">, <h1>, <h3 class="subtitle"> (学习时报). Each non-empty block
    is one line (a <br/> inside a block would start a new line).
  - body: every <br/> (新华每日电讯) or <p> (学习时报) ends a paragraph; a centred bold block
    (<div align="center"><strong>…</strong></div>) is a subhead line of its own.
  - text: HTML entities decoded, tags removed; a white-space run holding a line break (the HTML
    source's own wrapping, shown by a browser as one space) becomes one space; trailing white space
    removed; leading white space (the source's full-width indent 　　) kept on 'indent' pages and
    removed on the others.
  - dropped as the site's own furniture, not page text: the 新华每日电讯 line
    `（ 2026-04-28 ） 稿件来源：新华每日电讯 各地`, the 学习时报 lines `字数 479` (the word count
    after an author name, `陈芳萍 字数: 2531`, likewise; the name is kept as an author line) and
    `《 学习时报 》（ 2026年05月01日  第 09 版 ）`.
  - 'blank' pages keep an empty line where the source has two <br/> in a row (after an author
    line, after a subhead); other pages have no blank lines.
  - 'banner' pages get an added first line made from the channel title and the page label.
"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, 'paragraph')

# The form of each page was fixed before any page or gold was written.
PAGES = {
    'xhmrdx-2026-04-27-p08': dict(kind='mrdx', banner=False, indent=False, blank=False, enc='utf-8', nl='\n'),
    'xhmrdx-2026-04-28-p03': dict(kind='mrdx', banner=True, indent=False, blank=False, enc='utf-8', nl='\n'),
    'xhmrdx-2026-04-28-p04': dict(kind='mrdx', banner=False, indent=True, blank=False, enc='gb18030', nl='\r\n'),
    'xhmrdx-2026-04-29-p02': dict(kind='mrdx', banner=False, indent=False, blank=True, enc='utf-8', nl='\n'),
    'xhmrdx-2026-04-29-p06': dict(kind='mrdx', banner=True, indent=True, blank=False, enc='gb18030', nl='\r\n'),
    'xhmrdx-2026-04-30-p08': dict(kind='mrdx', banner=False, indent=True, blank=True, enc='utf-8', nl='\n'),
    'xxsb-2026-05-01-p09': dict(kind='xxsb', banner=False, indent=False, blank=False, enc='utf-8', nl='\n'),
}

WS_NL = re.compile(r'[ \t\r\u3000\xa0]*\n[ \t\r\n\u3000\xa0]*')
LEAD = ' \t\r\n\u3000\xa0'


def text_of(fragment):
    t = re.sub(r'<[^>]+>', '', fragment)
    t = html.unescape(t)
    t = WS_NL.sub(' ', t)
    return t


def head_lines(block):
    parts = re.split(r'<br\s*/?>|<p>|</p>', block)
    out = []
    for p in parts:
        t = text_of(p).strip(LEAD)
        if t:
            out.append(t)
    return out


def parse_mrdx(desc):
    """-> (head lines [(role, text)], body [(role, text, blank_after)])"""
    heads = re.findall(r'<font style="FONT-SIZE: (\d+)px">(.*?)</font>', desc, re.S)
    main = next(i for i, (size, _) in enumerate(heads) if size == '23')
    hl = []
    for i, (size, block) in enumerate(heads):
        role = 'kicker' if i < main else ('headline' if i == main else 'subtitle')
        for t in head_lines(block):
            hl.append((role, t))
    m = re.search(r'</table>(.*)</body>', desc, re.S)
    body_html = m.group(1)
    tok = re.compile(r'(?P<br><br\s*/?>)|<div align="center"><strong>(?P<sub>.*?)</strong></div>|(?P<tag><[^>]+>)|(?P<text>[^<]+)', re.S)
    body = []          # [role, raw text, brs after]
    cur = ''

    def flush():
        nonlocal cur
        t = text_of(cur).rstrip(LEAD)
        if t.strip(LEAD):
            body.append(['p', t, 0])
        cur = ''
    for mm in tok.finditer(body_html):
        if mm.group('br') is not None:
            had = bool(text_of(cur).strip(LEAD))
            flush()
            if not had and body:
                body[-1][2] += 1
            elif had:
                body[-1][2] = 1
        elif mm.group('sub') is not None:
            flush()
            body.append(['sub', text_of(mm.group('sub')).rstrip(LEAD), 0])
        elif mm.group('tag') is not None:
            if mm.group('tag').lower().startswith(('</div', '<div')):
                flush()
        else:
            cur += mm.group('text')
    flush()
    return hl, [(r, t, n >= 2) for r, t, n in body]


def parse_xxsb(desc):
    hl = []
    for role, pat in (('kicker', r'<h3 class="headline"[^>]*>(.*?)</h3>'),
                      ('headline', r'<h1[^>]*>(.*?)</h1>'),
                      ('subtitle', r'<h3 class="subtitle"[^>]*>(.*?)</h3>')):
        m = re.search(pat, desc, re.S)
        if m:
            block = re.sub(r'<!--.*?-->', '', m.group(1), flags=re.S)
            for t in head_lines(block):
                hl.append((role, t))
    # the first datesource line is `字数 479`, or `陈芳萍 字数: 2531` when the record names an author:
    # the author part is page text (an author line under the head); the word count is the site's
    m = re.search(r'<p class="datesource">(.*?)字数', desc, re.S)
    if m and text_of(m.group(1)).strip(LEAD):
        hl.append(('author', text_of(m.group(1)).strip(LEAD)))
    m = re.search(r'<cms-content id="content">(.*?)</cms-content>', desc, re.S)
    body = []
    for p in re.split(r'<p[^>]*>|</p>|<br\s*/?>', m.group(1)):
        t = text_of(p).rstrip(LEAD)
        if t.strip(LEAD):
            body.append(('p', t, False))
    return hl, body


def build(name, cfg):
    src = json.load(open(os.path.join(HERE, 'src', name + '.json'), encoding='utf-8'))
    lines = []
    if cfg['banner']:
        paper, date = src['channel_title'].split(' - ')
        y, mo, d = int(date[:4]), int(date[4:6]), int(date[6:8])
        label = src['page_prefix'].strip('[]').replace('：', ' ')
        lines.append(f'{paper} {y}年{mo}月{d}日 第{label}')
    for rec in src['records']:
        hl, body = (parse_mrdx if cfg['kind'] == 'mrdx' else parse_xxsb)(rec['description'])
        for role, t in hl:
            lines.append(t)
        for role, t, blank_after in body:
            lines.append(t if cfg['indent'] else t.lstrip(LEAD))
            if cfg['blank'] and blank_after:
                lines.append('')
    while lines and lines[-1] == '':
        lines.pop()
    text = cfg['nl'].join(lines) + cfg['nl']
    data = text.encode(cfg['enc'])
    assert data.decode(cfg['enc']) == text, name + ': does not round-trip'
    return data


def main():
    check = '--check' in sys.argv
    bad = 0
    os.makedirs(OUT, exist_ok=True)
    for name, cfg in PAGES.items():
        data = build(name, cfg)
        path = os.path.join(OUT, name + '.txt')
        old = open(path, 'rb').read() if os.path.exists(path) else None
        if check:
            if old != data:
                print('DIFFERS', name); bad += 1
            else:
                print('ok', name, len(data), 'bytes')
        else:
            open(path, 'wb').write(data)
            print('wrote', name, len(data), 'bytes')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
