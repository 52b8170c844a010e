#!/usr/bin/env python3
"""Rebuild the six fresh-hant12 pages byte for byte from the source files in src/.

src/ is not kept in this repository (the pages are the parts of the sources used): fetch each source file named
below at its commit into src/ to rebuild. Pages are written to ../traditional/.

Source: repository agorahub/news0 (the "NEWS⓪" Agora news aggregator, a Jekyll site whose GitHub Action
imported RSS feeds and committed every item as a post), commit a43f5fc6e8d2d13d3f67557c1acc3b9b89fb35d4
(2020-08-07 16:16 +0800, "Update 2020-08-07 16:16"). Each record is one post file `_posts/<stamp>-<slug>.md`
copied byte for byte (`git cat-file blob`) into src/agorahub+news0@<commit>/_posts/. All posts used are items
of the RTHK 香港電台 Chinese news feed (the aggregator's only Traditional-Chinese source in these months).

How a record becomes lines (nothing else is changed; no text is moved or edited):
  line 1   the front matter's `title` (YAML; a title in double quotes is unquoted by the YAML parser),
           white space stripped at its ends;
  then     the body after the closing `---` of the front matter, split at LF; a CR before the LF is
           dropped, each piece is stripped at its ends, and empty pieces (the blank lines the feed puts
           between paragraphs) give no line. So every paragraph of the item is one line.
The front matter's `layout`, `date` and `categories: rss` are not printed text and are not on the page.

Page: the records' lines in the order listed in PAGES (ascending post time), joined by the page's newline,
ending with one newline. `blank`: 'none' (no empty lines), 'all' (an empty line after every line),
'articles' (one empty line between two records). `eol`: '\n' or '\r\n'. Encodings: utf-8, utf-8-bom,
big5hkscs (asserted to decode back to the same text).

Usage: python3 build.py           write pages/<page>
       python3 build.py --check   compare with the files on disk (exit 1 on any difference)
       python3 build.py --list    print each page numbered (for reading the gold against it)
       python3 build.py --records print, per page, each record's title line and body line range
"""
import hashlib, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
COMMIT = 'a43f5fc6e8d2d13d3f67557c1acc3b9b89fb35d4'
SRC = os.path.join(HERE, 'src', 'agorahub+news0@' + COMMIT, '_posts')
OUT = os.path.join(os.path.dirname(HERE), 'traditional')


def P(*stamps):
    return stamps


PAGES = [
    {'page': 'hk-rthk-2020-08-03-finance.txt', 'encoding': 'utf-8', 'blank': 'none', 'eol': '\n', 'records': P(
        '2020-08-03-12-13-42', '2020-08-03-12-22-54', '2020-08-03-13-38-34', '2020-08-03-13-41-48',
        '2020-08-03-15-00-53', '2020-08-03-17-04-54', '2020-08-03-17-40-30')},
    {'page': 'hk-rthk-2020-08-03-local.txt', 'encoding': 'utf-8', 'blank': 'all', 'eol': '\n', 'records': P(
        '2020-08-03-17-36-29', '2020-08-03-18-29-11', '2020-08-03-21-19-20', '2020-08-03-21-23-17',
        '2020-08-03-22-58-44', '2020-08-03-23-20-35', '2020-08-03-23-50-33')},
    {'page': 'hk-rthk-2020-08-04-local.txt', 'encoding': 'big5hkscs', 'blank': 'none', 'eol': '\n', 'records': P(
        '2020-08-04-12-14-21', '2020-08-04-15-14-20', '2020-08-04-17-41-28', '2020-08-04-20-44-26',
        '2020-08-04-21-11-27', '2020-08-04-21-39-34', '2020-08-04-21-47-13', '2020-08-04-22-10-45')},
    {'page': 'hk-rthk-2020-08-05-economy.txt', 'encoding': 'utf-8-bom', 'blank': 'articles', 'eol': '\n', 'records': P(
        '2020-08-05-09-14-50', '2020-08-05-12-25-10', '2020-08-05-13-02-04', '2020-08-05-13-34-39',
        '2020-08-05-16-49-51', '2020-08-05-17-02-30', '2020-08-05-17-35-12', '2020-08-05-18-37-51')},
    {'page': 'hk-rthk-2020-08-05-local.txt', 'encoding': 'utf-8', 'blank': 'articles', 'eol': '\r\n', 'records': P(
        '2020-08-05-10-10-31', '2020-08-05-10-29-50', '2020-08-05-13-30-23', '2020-08-05-13-47-09',
        '2020-08-05-19-42-05', '2020-08-05-20-51-06', '2020-08-05-22-10-27')},
    {'page': 'hk-rthk-2020-08-06-local.txt', 'encoding': 'utf-8', 'blank': 'all', 'eol': '\n', 'records': P(
        '2020-08-06-12-15-49', '2020-08-06-15-29-21', '2020-08-06-16-37-00', '2020-08-06-17-19-21',
        '2020-08-06-18-26-58', '2020-08-06-18-57-24', '2020-08-06-19-03-40', '2020-08-06-22-56-46')},
]


def post_path(stamp):
    names = [n for n in sorted(os.listdir(SRC)) if n.startswith(stamp + '-')]
    assert len(names) == 1, (stamp, names)
    return os.path.join(SRC, names[0])


def record(stamp):
    """(lines, raw bytes) of one post: title line, then one line per paragraph."""
    raw = open(post_path(stamp), 'rb').read()
    text = raw.decode('utf-8')
    m = re.match(r'---\n(.*?)\n---\n(.*)\Z', text, re.S)
    assert m, stamp
    front = yaml.safe_load(m.group(1))
    assert front['categories'] == 'rss' and str(front['date']).startswith(stamp[:10]), (stamp, front)
    title = str(front['title']).strip()
    body = [l.rstrip('\r').strip() for l in m.group(2).split('\n')]
    body = [l for l in body if l]
    assert title and body, stamp
    return [title] + body, raw


def layout(page):
    """Page text (LF) and, per record, its line numbers: title and body."""
    out, spans = [], []
    for i, stamp in enumerate(page['records']):
        lines, raw = record(stamp)
        if i and page['blank'] == 'articles':
            out.append('')
        nums = []
        for l in lines:
            out.append(l)
            nums.append(len(out))
            if page['blank'] == 'all':
                out.append('')
        spans.append({'stamp': stamp, 'lines': lines, 'nums': nums, 'title': nums[:1], 'body': nums[1:]})
    if page['blank'] == 'all':
        out.pop()  # no empty line after the page's last line
    text = '\n'.join(out) + '\n'
    return text, spans


def encode(page, text):
    text = text.replace('\n', page['eol'])
    enc = page['encoding']
    if enc == 'utf-8-bom':
        return b'\xef\xbb\xbf' + text.encode('utf-8')
    b = text.encode(enc)
    assert b.decode(enc) == text, page['page']
    return b


def main():
    bad = 0
    for page in PAGES:
        text, spans = layout(page)
        b = encode(page, text)
        path = os.path.join(OUT, page['page'])
        if '--check' in sys.argv:
            ok = os.path.exists(path) and open(path, 'rb').read() == b
            bad += not ok
            print(('ok   ' if ok else 'DIFF ') + page['page'], len(b), hashlib.sha1(b).hexdigest()[:12])
        elif '--list' in sys.argv:
            print('#####', page['page'])
            for n, l in enumerate(text.split('\n'), 1):
                if l:
                    print(f'{n:4d} {l}')
        elif '--records' in sys.argv:
            print('#####', page['page'])
            for s in spans:
                print(s['stamp'], 'title', s['title'][0], 'body', s['body'][0], '-', s['body'][-1], s['lines'][0])
        else:
            os.makedirs(OUT, exist_ok=True)
            open(path, 'wb').write(b)
            print('wrote', page['page'], len(b))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
