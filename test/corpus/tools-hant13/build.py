#!/usr/bin/env python3
"""Build the hant13 pages (三立新聞網 SETN items of 2019-06/07) from the crawler file setn.json.

Source: repository cosmohsueh/news, file setn.json at commit d4b2ebaf993d4d5a3d92175c2893d135215d1720
(blob 7d74f278ad17e472ededbe427289de304c6631d1; the same blob at every commit that holds the file).
Re-fetch: git show d4b2ebaf993d4d5a3d92175c2893d135215d1720:setn.json > SRC/setn.json

The crawler file is not kept here (no licence stated). records.json beside this script holds, for each record
used, its date and the lines this script reads from it (headline, then the text of the content HTML cut at its
block tags); without SRC/setn.json the pages are built from records.json, with it from the file itself (and
records.json is checked against it).

  python3 build.py            write every page into OUT
  python3 build.py --check    write nothing; fail if a page (or records.json, when the source is there) would change
  python3 build.py --list     print every page with line numbers (for reading and writing gold)
  python3 build.py --records  write records.json from SRC/setn.json
"""
import hashlib, json, os, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get('HANT13_SRC', os.path.join(HERE, 'src'))
OUT = os.environ.get('HANT13_OUT', os.path.join(HERE, '..', 'traditional'))
SOURCE_FILE = 'setn.json'
SOURCE_BLOB = '7d74f278ad17e472ededbe427289de304c6631d1'

# Pages: records are 0-based indexes into the JSON array of setn.json, in page order
# (ascending `date`, the item's publication time; ties in file order).
PAGES = [
    # name, date, records, encoding, blank, newline
    ('tw-setn-2019-06-27.txt', '2019/06/27', [111, 107, 103, 99, 95, 87, 71, 67, 59, 55], 'utf-8', 'none', '\n'),
    ('tw-setn-2019-07-02.txt', '2019/07/02', [277, 289, 290, 297, 302, 28, 314, 187], 'utf-8', 'all', '\n'),
    ('tw-setn-2019-07-09.txt', '2019/07/09', [315, 137, 125, 121, 109, 57, 53, 45, 42], 'utf-8', 'none', '\r\n'),
    ('tw-setn-2019-07-10.txt', '2019/07/10', [323, 9, 2, 3, 180, 176, 189], 'utf-8-sig', 'articles', '\n'),
    ('tw-setn-2019-07-13.txt', '2019/07/13', [163, 160, 156, 153, 149, 146, 142], 'big5hkscs', 'none', '\n'),
    ('tw-setn-2019-07-15.txt', '2019/07/15', [106, 98, 90, 82, 74, 70, 62], 'utf-8', 'articles', '\n'),
]

BLOCK = {'p', 'div', 'br', 'table', 'tbody', 'tr', 'td', 'hr', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4'}


class Lines(HTMLParser):
    """Text of the content HTML, cut into lines at block tags and <br>; inline tags keep their text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.buf, self.skip = [], [], 0

    def flush(self):
        text = ''.join(self.buf).replace('\u00a0', ' ').strip()
        if text:
            self.lines.append(text)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'iframe'):
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'iframe'):
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data.replace('\r', ' ').replace('\n', ' '))


def html_lines(rec):
    p = Lines()
    p.feed(rec['content'])
    p.close()
    p.flush()
    return [rec['title'].strip()] + p.lines


RECORDS = os.path.join(HERE, 'records.json')


def from_source():
    """{index: {date, lines}} for every record the pages use, read from the crawler file."""
    raw = open(os.path.join(SRC, SOURCE_FILE), 'rb').read()
    blob = hashlib.sha1(b'blob %d\0' % len(raw) + raw).hexdigest()
    if blob != SOURCE_BLOB:
        sys.exit(f'{SOURCE_FILE}: blob {blob}, expected {SOURCE_BLOB}')
    data = json.loads(raw)
    return {str(i): {'date': data[i]['date'], 'lines': html_lines(data[i])} for spec in PAGES for i in spec[2]}


def records_text(recs):
    return json.dumps(recs, ensure_ascii=False, indent=1) + '\n'


def load():
    if os.path.exists(os.path.join(SRC, SOURCE_FILE)):
        return from_source()
    return json.load(open(RECORDS, encoding='utf-8'))


def record_lines(rec):
    return rec['lines']


def layout(data, spec):
    """The page's text and, per record, its lines and their 1-based line numbers on the page."""
    name, date, recs, enc, blank, nl = spec
    out, spans = [], []
    for k, i in enumerate(recs):
        r = data[str(i)]
        assert r['date'].startswith(date), (name, i, r['date'])
        lines = record_lines(r)
        nums = []
        for ln in lines:
            out.append(ln)
            nums.append(len(out))
            if blank == 'all':
                out.append('')
        if blank == 'articles' and k < len(recs) - 1:
            out.append('')
        spans.append({'record': i, 'lines': lines, 'nums': nums})
    while out and out[-1] == '':
        out.pop()
    return nl.join(out) + nl, spans


def page_text(data, spec):
    return layout(data, spec)[0]


def encode(text, enc):
    if enc == 'utf-8-sig':
        return b'\xef\xbb\xbf' + text.encode('utf-8')
    b = text.encode(enc)
    assert b.decode(enc) == text
    return b


def main():
    data = load()
    mode = sys.argv[1] if len(sys.argv) > 1 else ''
    bad = 0
    if mode == '--records':
        open(RECORDS, 'w', encoding='utf-8').write(records_text(from_source()))
        print('wrote records.json')
        return
    if mode == '--check' and os.path.exists(os.path.join(SRC, SOURCE_FILE)):
        same = os.path.exists(RECORDS) and open(RECORDS, encoding='utf-8').read() == records_text(data)
        print('ok records.json' if same else 'DIFFERS records.json')
        bad += not same
    for spec in PAGES:
        name, enc = spec[0], spec[3]
        text = page_text(data, spec)
        if mode == '--list':
            print(f'===== {name} ({enc})')
            for n, ln in enumerate(text.replace('\r\n', '\n').split('\n')[:-1], 1):
                print(f'{n:4d}| {ln}')
            continue
        b = encode(text, enc)
        path = os.path.join(OUT, name)
        if mode == '--check':
            if not os.path.exists(path) or open(path, 'rb').read() != b:
                print('DIFFERS', name)
                bad += 1
            else:
                print('ok', name, len(b))
        else:
            with open(path, 'wb') as f:
                f.write(b)
            print('wrote', name, len(b))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
