#!/usr/bin/env python3
"""Build the para28 pages of test/corpus/paragraph/ from stored records (a copy of
test/corpus/tools-para27/build_pages.py, itself a copy of test/corpus/tools-para/build_pages.py, the
ninth-session build script; para27 added `gold.furniture_tail`, para28 adds `gold.package`).

Usage: python3 test/corpus/tools-para28/build_pages.py [--check]

Reads records.json (next to this file): the records of leeperfect/PeopleDailyMaterial as read
(kicker, headline, subtitle, series, author part of the `>` line, paragraphs, per file path and
commit), grouped by printed page, with each page's layout (banner, indent, encoding, line ends)
and split fixed in advance. Writes test/corpus/paragraph/<name>.txt and <name>.gold.yaml.
The gold follows from the record structure (see SOURCES.md, "Batch: April 2025 - January 2026" and
"Batch para27"):

- page banner (where the page has one): a `page-header` unit;
- a record: head lines = kicker(s), headline, subtitle(s), series label, author part (if any),
  plus a standfirst where the record's `gold.standfirst` says so; body lines = the paragraphs,
  `**` removed, indented with U+3000 U+3000 on indent pages (head lines never are);
  title = the headline line as printed; byline = the author part, else the person part of a
  `本报…电  （…）` lead, else null;
- `gold.kind: photo-caption`: a picture story (title = headline, byline null, all paragraphs
  are its lines);
- `gold.column_label`: the record headline is a column label (a `page-header` unit) over
  pieces with their own headline and author paragraphs (each an `article`);
- `gold.furniture_tail: n` (added for para27): the record's last n paragraphs are a column's
  furniture line (`栏目投稿邮箱：…`), a `furniture` unit with title null after the article;
- `gold.package` (added for para28): a package record with no author of its own: the record
  headline and the paragraphs `intro` [a, b] (picture captions and credits printed under it) are
  a `column-intro` unit (title = the headline); each piece is an `article` with head lines
  paragraphs `head` [a, b] (kicker, headline, author line), title = paragraph `title`, byline =
  paragraph `byline`, body = paragraphs `body` [a, b].

Deterministic: running it twice gives byte-identical files. With --check nothing is written and
the exit status is 1 when any file would change. Standard library and PyYAML only.
"""
import json
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'paragraph')
INDENT = '\u3000\u3000'
LEAD_RE = re.compile(r'^(?:本报[^（\s]*?电|新华社[^（\s]*?电|本报讯)\s*（([^）]+)）')
MAX_BYTES = 15360  # "about 15 KB": no page over 15 KiB as written


def ranges(nums):
    """Sorted line numbers -> [[a, b], ...] of contiguous runs."""
    out = []
    for n in sorted(nums):
        if out and out[-1][1] == n - 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return out


def lead_byline(line):
    m = LEAD_RE.match(line)
    return m.group(1) if m else None


def build_page(page):
    lines = []  # text lines of the page, without line ends
    units = []

    def add(text):
        lines.append(text)
        return len(lines)

    def body(text):
        text = text.replace('**', '')
        return add(INDENT + text if page['indent'] else text)

    if page['banner']:
        y, m, d = (int(x) for x in page['date'].split('-'))
        n = add(f"人民日报 {y}年{m}月{d}日 第{page['page']}版 {page['section_name']}")
        units.append(dict(kind='page-header', title=None, titleLines=[n], byline=None, lines=[]))

    for rec in page['records']:
        gold = rec.get('gold') or {}
        paras = list(rec['paragraphs'])
        if gold.get('column_label'):
            n = add(rec['headline'])
            units.append(dict(kind='page-header', title=None, titleLines=[n], byline=None, lines=[]))
            for piece in gold['pieces']:
                h0, h1 = piece['head']
                b0, b1 = piece['body']
                head = [add(paras[i]) for i in range(h0, h1 + 1)]
                lns = [body(paras[i]) for i in range(b0, b1 + 1)]
                units.append(dict(kind='article', title=paras[h0], titleLines=head,
                                  byline=paras[h1] if h1 > h0 else None, lines=lns))
            continue
        if gold.get('package'):
            pk = gold['package']
            assert not rec['kicker'] and not rec['subtitle'] and not rec['series'] and not rec['author']
            n = add(rec['headline'])
            a, b = pk['intro']
            lns = [body(paras[i]) for i in range(a, b + 1)]
            units.append(dict(kind='column-intro', title=rec['headline'], titleLines=[n], byline=None, lines=lns))
            expect = b + 1
            for piece in pk['pieces']:
                h0, h1 = piece['head']
                b0, b1 = piece['body']
                assert h0 == expect and b0 == h1 + 1 and h0 <= piece['title'] <= h1
                expect = b1 + 1
                head = [add(paras[i]) for i in range(h0, h1 + 1)]
                lns = [body(paras[i]) for i in range(b0, b1 + 1)]
                units.append(dict(kind='article', title=paras[piece['title']], titleLines=head,
                                  byline=paras[piece['byline']] if 'byline' in piece else None, lines=lns))
            assert expect == len(paras)
            continue
        head = [add(k) for k in rec['kicker']]
        head.append(add(rec['headline']))
        head += [add(s) for s in rec['subtitle']]
        if rec['series']:
            head.append(add(rec['series']))
        if rec['author']:
            head.append(add(rec['author']))
        k = int(gold.get('standfirst', 0))
        t = int(gold.get('furniture_tail', 0))
        tail = paras[len(paras) - t:] if t else []
        paras = paras[:len(paras) - t] if t else paras
        head += [add(p) for p in paras[:k]]
        lns = [body(p) for p in paras[k:]]
        if gold.get('kind') == 'photo-caption':
            units.append(dict(kind='photo-caption', title=rec['headline'], titleLines=head, byline=None, lines=lns))
            continue
        byline = rec['author'] or (lead_byline(paras[k]) if len(paras) > k else None)
        units.append(dict(kind='article', title=rec['headline'], titleLines=head, byline=byline, lines=lns))
        if tail:
            units.append(dict(kind='furniture', title=None, titleLines=[], byline=None, lines=[add(x) for x in tail]))
    return lines, units


def q(s):
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return 'null' if s is None else json.dumps(s, ensure_ascii=False)


def fr(nums):
    return '[' + ', '.join(f'[{a}, {b}]' for a, b in ranges(nums)) + ']'


def gold_text(page, units):
    out = [f"source: {page['name']}.txt", 'family: paragraph', 'format: paragraph-lines',
           f"split: {page['split']}", 'synthetic: false', 'units:']
    for u in units:
        out += [f"  - kind: {u['kind']}",
                f"    title: {q(u['title'])}",
                f"    titleLines: {fr(u['titleLines'])}",
                f"    byline: {q(u['byline'])}",
                f"    lines: {fr(u['lines'])}"]
    return '\n'.join(out) + '\n'


def encode(page, lines):
    nl = '\r\n' if page['newline'] == 'CRLF' else '\n'
    text = nl.join(lines) + nl
    if page['encoding'] == 'gbk':
        try:
            return text.encode('gbk'), 'GBK'
        except UnicodeEncodeError:
            return text.encode('gb18030'), 'GB18030'
    return text.encode('utf-8'), 'UTF-8'


def main():
    check = '--check' in sys.argv[1:]
    data = json.load(open(os.path.join(HERE, 'records.json'), encoding='utf-8'))
    changed = 0
    total = 0
    for page in data['pages']:
        lines, units = build_page(page)
        raw, enc = encode(page, lines)
        gold = gold_text(page, units).encode('utf-8')
        parsed = yaml.safe_load(gold)  # the gold must be valid YAML with the same titles
        assert [u['title'] for u in parsed['units']] == [u['title'] for u in units]
        assert len(raw) <= MAX_BYTES, (page['name'], len(raw))
        for fn, content in ((page['name'] + '.txt', raw), (page['name'] + '.gold.yaml', gold)):
            path = os.path.join(OUT, fn)
            old = open(path, 'rb').read() if os.path.exists(path) else None
            if old != content:
                changed += 1
                if not check:
                    with open(path, 'wb') as f:
                        f.write(content)
        total += len(units)
        print(f"{page['name']}.txt: {page['split']}, {enc} {page['newline']}, "
              f"{'banner' if page['banner'] else 'no banner'}, {'indent' if page['indent'] else 'no indent'}, "
              f"{len(lines)} lines, {len(raw)} bytes, {len(units)} units")
    print(f"{len(data['pages'])} pages, {total} units; "
          f"{changed} file(s) {'would change' if check else 'written'}")
    if check and changed:
        sys.exit(1)


if __name__ == '__main__':
    main()
