#!/usr/bin/env python3
"""Rebuild the tenth batch's pages (眾新聞 Citizen News) byte for byte from the archived Markdown records.

Usage: python3 build.py          write ../traditional/<page>
       python3 build.py --check  compare with the files on disk (exit 1 on any difference)
       python3 build.py --list   print each page numbered (for reading the gold against it)
       python3 build.py --verify also check every stored record against its git blob id
                                 (and, where the snapshot is on this machine, against the snapshot)

records.json holds, for the records used only, the archive file exactly as stored (Markdown + YAML front matter)
with its path and blob id in repository hkarchivist/hkcnews-article-archive at COMMIT. pages.json (below, PAGES)
says which records make each page, in the archive's order (ascending article id), and how the page is written.

How a record becomes lines (see ../SOURCES-fragment.md):
  - CRLF is read as LF; the YAML front matter is dropped (title, date, author, tags, urls: not printed text);
  - the site footer is dropped: the subscription promo `請加入成為眾新聞的月費訂戶…` /
    `月費訂戶 [網址：hkcnews.com/aboutus/#subscribe](…)` at the end where a record has it, with the `---` rule above it;
  - dropped lines: `<figure>`, `</figure>`, `<img …>` (the picture itself) and `{{< video … >}}` shortcodes;
  - `<figcaption>X</figcaption>` becomes the line X (a picture without a caption gives no line);
  - Markdown syntax dropped: heading marks `#`…`######` at the start of a line (the `# ` headline, `## `/`### `/`#### `
    subheads and styled paragraphs), `> ` quote marks, `**` emphasis; a link `[text](url)` keeps its text only;
  - every remaining non-empty line, stripped of white space at its ends, is one line; nothing else is changed.
Lines of a page: the records' lines one after the other; a page with blank lines has an empty line after every line.
"""
import hashlib, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'traditional')
REPO = 'hkarchivist/hkcnews-article-archive'
COMMIT = '635cc02f3c0fcd3d8c829c68cd2fe07f50adfc25'
# A clone (or bare git directory) of the repository above, at any commit that holds COMMIT: set HKCNEWS_REPO to its path.
MIRROR = os.environ.get('HKCNEWS_REPO', 'hkcnews-article-archive')

PAGES = json.load(open(os.path.join(HERE, 'pages.json'), encoding='utf-8'))
RECORDS = json.load(open(os.path.join(HERE, 'records.json'), encoding='utf-8'))

FOOTER = re.compile(r'\n(\s*---)?\s*請加入成為眾新聞的月費訂戶.*\Z', re.S)
DROP = re.compile(r'^(<figure>|</figure>|<img [^>]*>|\{\{<.*>\}\})$')
CAPTION = re.compile(r'^<figcaption>(.*)</figcaption>$')
LINK = re.compile(r'\[([^\[\]]*)\]\([^()\s]*\)')


def record_lines(md):
    t = md.replace('\r\n', '\n')
    m = re.match(r'---\n.*?\n---\n', t, re.S)
    assert m, 'no front matter'
    body = t[m.end():]
    body, n = FOOTER.subn('', body)
    assert n <= 1
    lines = []
    for raw in body.split('\n'):
        s = raw.strip()
        if not s or DROP.match(s):
            continue
        c = CAPTION.match(s)
        if c:
            s = c.group(1).strip()
            if not s:
                continue
        s = re.sub(r'^#{1,6}\s+', '', s)
        s = re.sub(r'^>\s*', '', s)
        s = s.replace('**', '')
        s = LINK.sub(r'\1', s)
        s = s.strip()
        assert not re.search(r'<[a-zA-Z/]|\]\(|\*\*|^#|^>', s), s
        if s:
            lines.append(s)
    return lines


def front(md, key):
    m = re.search(r'^' + key + r': "(.*)"\r?$', md, re.M)
    return m.group(1) if m else None


def build(page):
    lines = []
    for rid in page['records']:
        lines += record_lines(RECORDS[rid]['text'])
    t = ('\n\n' if page['blank'] else '\n').join(lines) + '\n'
    enc = page['encoding']
    if enc == 'utf-8-bom':
        return '\ufeff'.encode('utf-8') + t.encode('utf-8')
    b = t.encode(enc)
    assert b.decode(enc) == t, page['page']
    return b


def blob_id(text):
    b = text.encode('utf-8')
    return hashlib.sha1(b'blob %d\0' % len(b) + b).hexdigest()


def verify():
    bad = 0
    used = {rid for p in PAGES for rid in p['records']}
    assert used == set(RECORDS), 'records.json must hold exactly the records used'
    for rid, r in sorted(RECORDS.items(), key=lambda kv: int(kv[0])):
        ok = blob_id(r['text']) == r['blob']
        if os.path.isdir(MIRROR):
            got = subprocess.run(['git', '-C', MIRROR, 'show', f'{COMMIT}:{r["path"]}'], capture_output=True).stdout
            ok = ok and got == r['text'].encode('utf-8')
        bad += not ok
        print(('ok   ' if ok else 'BAD  ') + rid, r['path'])
    return bad


def main():
    bad = 0
    if '--verify' in sys.argv:
        bad += verify()
    for p in PAGES:
        b = build(p)
        path = os.path.join(OUT, p['page'])
        if '--check' in sys.argv or '--verify' in sys.argv:
            ok = os.path.exists(path) and open(path, 'rb').read() == b
            bad += not ok
            print(('ok   ' if ok else 'DIFF ') + p['page'], len(b))
        elif '--list' in sys.argv:
            enc = 'utf-8-sig' if p['encoding'] == 'utf-8-bom' else p['encoding']
            print('#####', p['page'])
            for n, l in enumerate(b.decode(enc).split('\n'), 1):
                if l:
                    print(f'{n:4d} {l}')
        else:
            open(path, 'wb').write(b)
            print('wrote', p['page'], len(b))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
