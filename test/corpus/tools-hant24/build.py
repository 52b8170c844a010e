#!/usr/bin/env python3
"""Build the pages of the twenty-fourth Traditional batch (hant24) byte for byte.

Source (see ../traditional/SOURCES.md, hant24 section, and SPLIT.md here):
  repository kiang/www.president.gov.tw, files news_json/<year>/<id>.json: a crawler's archive of the news list of
  the Office of the President (總統府新聞, www.president.gov.tw/Page/35), one JSON file per item with id, url,
  date_roc, date, title, subtitle, content, content_paragraphs, images, english_url. Every file is read at the
  snapshot HEAD (SNAPSHOT below). The repository states no licence.

The source files are not kept here. `records.json` holds, for every item used, the lines this script lays out,
with its path, date, the blob read and the last commit that changed the file. With a clone of the repository
(--git CLONE) the records are re-extracted and --check also compares them with records.json.

How an item becomes lines:
  line 1 the item's `title`; then its `subtitle` where it is not empty; then every string of `content_paragraphs`,
  one line each. U+00A0 made a space, ends stripped, empty strings dropped; nothing else changed. The dates, link,
  images and English link are not printed.

Usage:
  python3 build.py                 write the pages into OUT
  python3 build.py --check         write nothing; fail if a page (or, with --git, a record) would change
  python3 build.py --list          numbered listing of every page (for writing and reading the gold)
  python3 build.py --git CLONE --records   rewrite records.json from the repository
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'traditional')
RECORDS = os.path.join(HERE, 'records.json')
SNAPSHOT = '7e5cb2fd3eedc86c6678c2996e0e23c808c3915c'

# name: (date, item ids in page order, blank-line style, encoding, newline) -- fixed in SPLIT.md
PAGES = {
    'tw-president-2025-09-09': ('2025-09-09', [39436, 39437, 39438, 39439, 39440, 39441], 'none', 'utf-8', '\n'),
    'tw-president-2025-09-16': ('2025-09-16', [39454, 39455, 39456, 39457, 39459, 39460, 39461], 'all', 'utf-8', '\n'),
    'tw-president-2025-10-10': ('2025-10-10', [39523, 39524, 39525, 39526, 39527, 39528, 39529], 'articles',
                                'utf-8-sig', '\n'),
    'tw-president-2025-12-04': ('2025-12-04', [39674, 39675, 39676, 39677, 39678, 39679], 'articles', 'big5', '\n'),
    'tw-president-2025-12-15': ('2025-12-15', [39706, 39707, 39708, 39709, 39710, 39712], 'none', 'utf-8', '\r\n'),
    'tw-president-2026-04-21': ('2026-04-21', [39982, 39983, 39984, 39986, 39988, 39989], 'none', 'utf-8', '\n'),
    'tw-president-2026-04-30': ('2026-04-30', [40004, 40005, 40006, 40007, 40008, 40009, 40010, 40012], 'articles',
                                'utf-8', '\n'),
}


def clean(s):
    return s.replace('\u00a0', ' ').strip()


def item_lines(d):
    out = [clean(d['title'])]
    if clean(d['subtitle']):
        out.append(clean(d['subtitle']))
    out += [clean(p) for p in d['content_paragraphs'] if clean(p)]
    assert all(out), d['id']
    return out


def git(repo, *args):
    return subprocess.run(['git', '--git-dir' if repo.endswith('.git') or os.path.isfile(os.path.join(repo, 'HEAD'))
                           else '-C', repo] + list(args), capture_output=True, text=True, check=True).stdout


def extract_from_git(repo):
    recs = {}
    for name, (date, keys, *_rest) in PAGES.items():
        for i in keys:
            path = f'news_json/{date[:4]}/{i}.json'
            blob = git(repo, 'rev-parse', f'{SNAPSHOT}:{path}').strip()
            d = json.loads(git(repo, 'show', f'{SNAPSHOT}:{path}'))
            assert d['id'] == i and d['date'] == date, (path, d['id'], d['date'])
            commit = git(repo, 'log', '-1', '--format=%H', SNAPSHOT, '--', path).strip()
            recs[str(i)] = {'path': path, 'date': d['date'], 'date_roc': d['date_roc'], 'url': d['url'],
                            'blob': blob, 'commit': commit, 'subtitle_printed': bool(clean(d['subtitle'])),
                            'lines': item_lines(d)}
    return recs


def page_text(name, recs):
    date, keys, blank, enc, nl = PAGES[name]
    out = []
    for n, i in enumerate(keys):
        lines = recs[str(i)]['lines']
        if blank == 'none':
            out += lines
        elif blank == 'all':
            for l in lines:
                out += [l, '']
        elif blank == 'articles':
            if n:
                out.append('')
            out += lines
        else:
            raise ValueError(blank)
    while out and out[-1] == '':
        out.pop()
    return nl.join(out) + nl


def page_bytes(name, recs):
    date, keys, blank, enc, nl = PAGES[name]
    text = page_text(name, recs)
    if enc in ('big5', 'big5hkscs'):
        data = text.encode(enc)
        assert data.decode(enc) == text, name
        assert data.decode('big5hkscs') == text, name + ': Big5-HKSCS decodes differently'
        r = subprocess.run(['iconv', '-f', 'BIG5', '-t', 'UTF-8'], input=data, capture_output=True)
        if r.returncode == 0:
            assert r.stdout.decode('utf-8') == text, name + ': iconv decodes differently'
        return data
    return text.encode(enc)


def main():
    args = sys.argv[1:]
    from_src = '--git' in args
    recs = extract_from_git(args[args.index('--git') + 1]) if from_src else json.load(open(RECORDS, encoding='utf-8'))
    if '--records' in args:
        assert from_src, 'no source (--git CLONE)'
        with open(RECORDS, 'w', encoding='utf-8') as f:
            json.dump(recs, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('wrote', RECORDS)
        return
    bad = 0
    if from_src and '--check' in args:
        if json.load(open(RECORDS, encoding='utf-8')) != recs:
            print('records.json differs from the records extracted from the sources')
            bad += 1
        else:
            print('ok records.json')
    for name in sorted(PAGES):
        path = os.path.join(OUT, name + '.txt')
        if '--list' in args:
            text = page_text(name, recs).replace('\r\n', '\n')
            print('=' * 20, name)
            for i, l in enumerate(text.split('\n')[:-1], 1):
                print(f'{i:4d} {l}')
            continue
        data = page_bytes(name, recs)
        if '--check' in args:
            if not os.path.exists(path) or open(path, 'rb').read() != data:
                print('DIFFERS', path)
                bad += 1
            else:
                print('ok', name, len(data), 'bytes')
        else:
            os.makedirs(OUT, exist_ok=True)
            open(path, 'wb').write(data)
            print('wrote', path, len(data), 'bytes')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
