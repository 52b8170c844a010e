#!/usr/bin/env python3
"""Rebuild the page of the twelfth paragraph batch (河南日报, 2010-09-10, a special page for Teachers' Day as
大河网 reposted it), byte for byte.

Usage: python3 test/corpus/tools-para12/build.py            (writes test/corpus/paragraph/henanrb-*.txt)
       python3 test/corpus/tools-para12/build.py --check    (writes nothing; exit 1 if a byte would change)
       OUT_DIR=<dir> SRC_DIR=<dir> python3 build.py

Python 3 standard library only. The one source file is not kept in this repository (its repository states no
licence). Fetch it into src/ next to this script (or point SRC_DIR at the folder holding it):

    git clone https://github.com/fixture1982/LoginTest && cd LoginTest
    git cat-file -p bbbc07a836a0ca567ef5d87a60abf8e376bb36ab:程序/ThemePage.aspx \\
        > <SRC_DIR>/fixture1982-LoginTest__ThemePage.aspx
    (blob 9ff1de41d89fdea63c0ad2b14c1f02ee47a088f9, 13,418 bytes, GBK)

The file is an ASP.NET exercise ("在网页中实现皮肤切换") whose body is a saved copy of a 大河网 page
(`河南专任教师达110万人 特别的爱给特别的你`, dated 2010年09月10日09:14, source line `来源:大河网-河南日报`): the
whole text of a 河南日报 Teachers' Day special page, one `<p>` per paragraph, the page's pictures first with their
captions. What is done to it, and nothing else:
  - line 1: the text of the `<h1>` (the web copy's headline);
  - then each non-empty `<span>` of the `<div id="msg">` line on a line of its own (`2010年09月10日09:14`,
    `来源:大河网-河南日报`);
  - then every `<p>` inside `<div id="main">`, in order: tags removed (`<strong>`, `<img>`), entities decoded,
    trailing white space removed, leading white space kept as the source has it (the body's full-width indent
    `　　`; the captions have none); a `<p>` with no text left (the six picture-only paragraphs) gives no line;
  - encoded GB18030 (every character is also in GBK, as in the source), CRLF line ends, a line end at the end.
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.environ.get('OUT_DIR') or os.path.join(ROOT, 'paragraph')
SRC = os.environ.get('SRC_DIR') or os.path.join(HERE, 'src')
SOURCE = 'fixture1982-LoginTest__ThemePage.aspx'
SOURCE_BLOB_SIZE = 13418

# The form of the page was fixed before the page or its gold was written.
PAGES = {
    'henanrb-2010-09-10-teachers-day': dict(enc='gb18030', nl='\r\n'),
}

TAG = re.compile(r'<[^>]+>')


def text_of(fragment):
    return html.unescape(TAG.sub('', fragment))


def page_lines(source):
    lines = []
    h1 = re.findall(r'<h1[^>]*>(.*?)</h1>', source, re.S)
    assert len(h1) == 1
    lines.append(text_of(h1[0]).strip())
    msg = re.search(r'<div id="msg">(.*?)</div>', source, re.S).group(1)
    for span in re.findall(r'<span[^>]*>(.*?)</span>', msg, re.S):
        t = text_of(span).strip()
        if t:
            lines.append(t)
    start = source.index('<div id="main">')
    end = source.index('<!--main-->', start)
    for para in re.findall(r'<p>(.*?)</p>', source[start:end], re.S):
        t = text_of(para)
        assert '\n' not in t and '\r' not in t
        t = t.rstrip()
        if t.strip():
            lines.append(t)
    return lines


def render(source, form):
    return (form['nl'].join(page_lines(source)) + form['nl']).encode(form['enc'])


def main():
    check = '--check' in sys.argv[1:]
    path = os.path.join(SRC, SOURCE)
    if not os.path.exists(path):
        sys.exit('source missing: %s (see the docstring for how to fetch it)' % path)
    raw = open(path, 'rb').read()
    if len(raw) != SOURCE_BLOB_SIZE:
        sys.exit('unexpected source size %d (want %d)' % (len(raw), SOURCE_BLOB_SIZE))
    source = raw.decode('gb18030')
    bad = 0
    for name, form in PAGES.items():
        data = render(source, form)
        assert data.decode(form['enc']).encode(form['enc']) == data
        target = os.path.join(OUT, name + '.txt')
        if check:
            try:
                with open(target, 'rb') as f:
                    same = f.read() == data
            except FileNotFoundError:
                same = False
            print(('ok   ' if same else 'DIFF ') + name)
            bad += not same
        else:
            os.makedirs(OUT, exist_ok=True)
            with open(target, 'wb') as f:
                f.write(data)
            print('wrote %s (%d bytes)' % (name, len(data)))
    if bad:
        sys.exit(1)


if __name__ == '__main__':
    main()
