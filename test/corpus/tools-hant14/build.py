#!/usr/bin/env python3
"""Build the hant14 pages (i-Cable 有線新聞 and on.cc 東網 items on the Tai Po fire) from archived article pages.

Source: repository reidlai/Hong-Kong-Fire-Documentary (see SOURCES.md), files
content/news/<outlet>/archive/<slug>/index.html at commit COMMIT.
The article fragments this script reads are kept in records.json (slug -> lines, blob id); when a snapshot of the
repository is given (--repo DIR) the lines are re-extracted from the HTML and compared.

  python3 build.py            write the pages into OUT
  python3 build.py --check    write nothing; fail if a page would change
  python3 build.py --list     print every page with line numbers
  python3 build.py --extract --repo DIR   (re)write records.json from a snapshot
"""
import sys, os, re, json, html, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get('OUT', os.path.join(HERE, '..', 'traditional'))
COMMIT = '09dfd96482e79134ce9868dfb37be1e560be11ec'
RECORDS = os.path.join(HERE, 'records.json')

# page name -> (outlet folder, [post id / on.cc id, ...] in page order, blank style, encoding, newline)
PAGES = json.load(open(os.path.join(HERE, 'pages.json'), encoding='utf-8'))

BLOCK = re.compile(r'<br\s*/?>|</?(?:p|div|h[1-6]|li|ul|table|tr|td|figure|figcaption|blockquote)\b[^>]*>', re.I)

def clean_pieces(fragment):
    out = []
    for piece in BLOCK.split(fragment):
        piece = re.sub(r'<script.*?</script>', '', piece, flags=re.S | re.I)
        piece = re.sub(r'<!--.*?-->', '', piece, flags=re.S)
        piece = re.sub(r'<[^>]+>', '', piece)
        piece = html.unescape(piece).replace('\u00a0', ' ').strip()
        if piece:
            out.append(piece)
    return out

def extract_icable(h):
    pid = re.search(r'<article class="post-detail-wrap" data-post-id="(\d+)"', h).group(1)
    title = clean_pieces(re.search(r'<h1 class="[^"]*single-post-title">(.*?)</h1>', h, re.S).group(1))
    credit = re.search(r'<li><i class="fa fa-user-o"[^>]*></i>(.*?)</li>', h, re.S).group(1).strip()
    art = h[h.index('<article class="post-detail-wrap"'):]
    art = art[:art.index('</article>')]
    # body: the paragraphs after the in-article ad container
    body = art[art.index('cable-in-article-ad-container'):]
    body = body[body.index('<p'):]
    assert '<<<<<<<' not in body and '>>>>>>>' not in body and '=======' not in body, pid
    lines = title + [credit] + clean_pieces(body)
    return pid, lines

def extract_oncc(h, url):
    oid = re.search(r'bkn-(\d{17})', url).group(1)
    title = clean_pieces(re.search(r'<h1>(.*?)</h1>', h, re.S).group(1))
    box = h[h.index('<div class="photo hPhoto">'):] if '<div class="photo hPhoto">' in h else ''
    caps = []
    if box:
        box = box[:box.index('<div class="photoCaption')] if '<div class="photoCaption' in box else box[:box.index('</div>')]
        caps = [html.unescape(c).strip() for c in re.findall(r'<div class="photoCTN" title="([^"]*)"', box)]
        caps = [c for c in caps if c]
    body = h[h.index('<div class="breakingNewsContent">'):]
    body = body[:body.index('<div class="imageList">')] if '<div class="imageList">' in body else body
    paras = re.findall(r'<div class="paragraph">(.*?)</div>', body, re.S)
    lines = []
    for p in paras:
        lines += clean_pieces(p)
    return oid, title + caps + lines

def extract_singtao(h):
    aid = re.search(r'<article id="(\d+)"', h).group(1)
    title = clean_pieces(re.search(r'<div class="article-title"><h1>(.*?)</h1>', h, re.S).group(1))
    b = h[h.index('itemprop="articleBody"'):]
    b = b[b.index('>') + 1:]
    b = b[:b.index('<div id="ad-textlink">')]
    b = re.sub(r'<ad id=.*?</ad>', '', b, flags=re.S)          # advertisement slots
    b = re.sub(r'<div class="img-more">[^<]*</div>', '', b)    # "+N" counter over a picture gallery
    return aid, title + clean_pieces(b)

def snapshot_records(repo):
    def git(*a):
        return subprocess.run(['git', '-C', repo] + list(a), capture_output=True, check=True).stdout
    recs = {}
    want = {}
    for name, spec in PAGES.items():
        want.setdefault(spec['outlet'], set()).update(spec['ids'])
    for outlet, ids in want.items():
        names = git('ls-tree', '-r', '-z', '--name-only', COMMIT, f'content/news/{outlet}/archive').decode().split('\0')
        for n in sorted(n for n in names if n.endswith('/index.html')):
            d = n.rsplit('/', 1)[0]
            raw = git('show', f'{COMMIT}:{n}')
            h = raw.decode('utf-8')
            meta = json.loads(git('show', f'{COMMIT}:{d}/metadata.json'))
            try:
                if outlet == 'i-cable':
                    rid, lines = extract_icable(h)
                elif outlet == 'singtao':
                    rid, lines = extract_singtao(h)
                else:
                    rid, lines = extract_oncc(h, meta['url'])
            except (AttributeError, ValueError, AssertionError):
                continue
            if rid in ids and rid not in recs:
                blob = git('rev-parse', f'{COMMIT}:{n}').decode().strip()
                recs[rid] = {'outlet': outlet, 'path': n, 'blob': blob, 'url': meta['url'], 'lines': lines}
    return recs

def render(name, spec, recs):
    lines_out = []
    for i, rid in enumerate(spec['ids']):
        lines = recs[rid]['lines']
        if spec['blank'] == 'all':
            for l in lines:
                lines_out += [l, '']
        else:
            lines_out += lines
            if spec['blank'] == 'articles':
                lines_out.append('')
    while lines_out and lines_out[-1] == '':
        lines_out.pop()
    nl = '\r\n' if spec.get('newline') == 'crlf' else '\n'
    text = nl.join(lines_out) + nl
    enc = spec['encoding']
    if enc == 'utf-8-bom':
        data = b'\xef\xbb\xbf' + text.encode('utf-8')
    elif enc == 'big5hkscs':
        data = text.encode('big5hkscs')
        assert data.decode('big5hkscs') == text
    else:
        data = text.encode('utf-8')
    return data

def main():
    args = sys.argv[1:]
    if '--extract' in args:
        repo = args[args.index('--repo') + 1]
        recs = snapshot_records(repo)
        missing = [i for s in PAGES.values() for i in s['ids'] if i not in recs]
        assert not missing, missing
        json.dump(recs, open(RECORDS, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        print('records', len(recs)); return
    recs = json.load(open(RECORDS, encoding='utf-8'))
    if '--repo' in args:
        fresh = snapshot_records(args[args.index('--repo') + 1])
        for k, v in recs.items():
            assert fresh[k] == v, k
        print('records match the snapshot')
    bad = 0
    for name, spec in sorted(PAGES.items()):
        data = render(name, spec, recs)
        path = os.path.join(OUT, name)
        if '--list' in args:
            text = data.decode(spec['encoding'].replace('utf-8-bom', 'utf-8-sig'))
            print('=' * 20, name, spec['encoding'], spec['blank'], len(data), 'bytes')
            for n, l in enumerate(text.replace('\r\n', '\n').split('\n')[:-1], 1):
                print(f'{n:4d} {l}')
        elif '--check' in args:
            if not os.path.exists(path) or open(path, 'rb').read() != data:
                print('DIFFERS', name); bad += 1
        else:
            os.makedirs(OUT, exist_ok=True)
            open(path, 'wb').write(data)
    if '--check' in args:
        print('ok' if not bad else f'{bad} pages differ'); sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
