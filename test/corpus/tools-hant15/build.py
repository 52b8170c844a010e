#!/usr/bin/env python3
"""Build the pages of the fifteenth Traditional batch (hant15) byte for byte.

Sources (see SOURCES.md, fifteenth batch):
  PTT  = repository chiang0601/MLfinal, file 1_Gossiping.csv (commit b6799f010e7f45bbd5a3740c86be731347309f27,
         blob 0fa1f34993d83881b97c5286905357a908762f56): a crawl of the PTT Gossiping board, one post a row
         (columns: pandas index, 標題, 分類, 內文).
  EDN  = repository ilvnr999/webcrawler, file out.csv (commit 0539dfaf3115126beb72637a787d32a62e13e10e,
         blob 180cc06d57dc138fa03389309df934eecb58a793): a crawl of 經濟日報 (money.udn.com) items of 2024-09-10,
         one article a row (Source_id, Title, Time, Author, Content, Other_picture), three overlapping runs.

The source files are not kept (no licence stated). `records.json` holds, for every record used, the lines this
script lays out; with the source files present in SRC (or --src DIR) the records are re-extracted from them and
--check also compares them with records.json.

Usage:
  python3 build.py            write the pages into OUT
  python3 build.py --check    write nothing; fail if a page (or, with sources, a record) would change
  python3 build.py --list     numbered listing of every page (for writing and reading the gold)
  python3 build.py --report   every space of the 經濟日報 bodies, CUT or KEEP
  python3 build.py --records  rewrite records.json from the sources
"""
import csv, io, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'traditional')          # the pages (relative to this tools folder)
SRC = os.path.join(HERE, 'src')                         # source copies, when present (not kept)
RECORDS = os.path.join(HERE, 'records.json')

PTT_FILE = '1_Gossiping.csv'
PTT_BLOB = '0fa1f34993d83881b97c5286905357a908762f56'
EDN_FILE = 'out.csv'
EDN_BLOB = '180cc06d57dc138fa03389309df934eecb58a793'

# 經濟日報: the crawler put the page's first <img> src (a tracking pixel) in front of the text; the site's
# stock-widget script closes some bodies. Both are dropped (not printed text).
EDN_PIXEL = 'http://b.scorecardresearch.com/p?c1=2&c2=7390954&cv=2.0&cj=1'
EDN_SCRIPT = '$(document).ready(function () {nstockStoryStockInfo();});'
# the crawler joined paragraphs with one space (' '.join(text.split())): a line is cut at a space that
# follows one of these (a sentence end, closing quote or bracket), as for the Liberty Times pages of batch 8
ENDERS = '。！？」）』….：'
# ... except after a stock-code tag: the site prints a listed company's code as a tag with a space on each side
# (`鴻海 （2317） 攜手高雄市政府…`), inside the sentence
STOCK_TAG = re.compile(r'（\d{4,6}）$')

# name: (source, record keys in page order, blank-line style, encoding, newline)
#   PTT keys: the CSV's index column of the post; EDN keys: Source_id
PAGES = {
    'tw-edn-2024-09-10-paper': ('EDN', ['56128217272', '56128217268', '56128217360', '56128217359',
                                        '56128217356', '56128217337', '56128217347', '56128217344'],
                                'none', 'utf-8', '\n'),
    'tw-edn-2024-09-10-realtime-1': ('EDN', ['56128217680', '56128217687', '56128217702', '56128217724',
                                             '56128217773'],
                                     'all', 'utf-8-sig', '\n'),
    'tw-edn-2024-09-10-realtime-2': ('EDN', ['56128217960', '56128218002', '56128218004', '56128218048',
                                             '56128218071'],
                                     'articles', 'utf-8', '\n'),
    'tw-ptt-gossiping-2024-12-22-1': ('PTT', ['2', '13', '16', '36', '38', '65', '71', '87'],
                                      'posts', 'big5hkscs', '\n'),
    'tw-ptt-gossiping-2024-12-22-2': ('PTT', ['95', '97', '100', '104', '127', '161', '179', '180'],
                                      'posts', 'utf-8', '\n'),
    'tw-ptt-gossiping-2024-12-22-3': ('PTT', ['189', '191', '207', '209', '210', '216', '231', '243'],
                                      'posts', 'utf-8-sig', '\n'),
    'tw-ptt-gossiping-2024-12-22-4': ('PTT', ['261', '263', '271', '272', '283', '284', '295', '303'],
                                      'posts', 'utf-8', '\r\n'),
    'tw-ptt-gossiping-2024-12-22-5': ('PTT', ['314', '320', '327', '333', '342', '352', '354', '357'],
                                      'posts', 'utf-8', '\n'),
}


def read_csv(path):
    csv.field_size_limit(10 ** 9)
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.reader(f))


def edn_body(text, report=None):
    lines, start = [], 0
    for i, ch in enumerate(text):
        if ch != ' ':
            continue
        if i > 0 and text[i - 1] in ENDERS and not STOCK_TAG.search(text[:i]):
            lines.append(text[start:i])
            start = i + 1
            if report is not None:
                report.append('CUT  ' + text[max(0, i - 8):i + 8])
        elif report is not None:
            report.append('KEEP ' + text[max(0, i - 8):i + 8])
    lines.append(text[start:])
    return [l for l in lines if l != '']


def extract(src_dir, report=None):
    """records {source: {key: {'lines': [...], ...}}} from the source files."""
    recs = {'PTT': {}, 'EDN': {}}
    rows = read_csv(os.path.join(src_dir, PTT_FILE))
    assert rows[0] == ['', '標題', '分類', '內文'], rows[0]
    wanted = {k for s, keys, *_ in PAGES.values() if s == 'PTT' for k in keys}
    for r in rows[1:]:
        if r[0] in wanted:
            assert r[1].startswith('[新聞]'), r[1]
            body = r[3].split('\n')
            while body and body[-1].strip() == '':
                body.pop()
            recs['PTT'][r[0]] = {'subject': r[1], 'lines': [r[1]] + body}
    rows = read_csv(os.path.join(src_dir, EDN_FILE))
    hdr = rows[0]
    assert hdr == ['Source_id', 'Title', 'Time', 'Author', 'Content', 'Other_picture'], hdr
    wanted = {k for s, keys, *_ in PAGES.values() if s == 'EDN' for k in keys}
    for r in rows[1:]:
        if r == hdr or r[0] not in wanted:
            continue
        d = dict(zip(hdr, r))
        if d['Source_id'] in recs['EDN']:        # the file holds three overlapping runs: copies must agree
            assert recs['EDN'][d['Source_id']]['raw'] == r, d['Source_id']
            continue
        content = d['Content']
        assert content.startswith(EDN_PIXEL), d['Source_id']
        content = content[len(EDN_PIXEL):]
        content = content.rstrip()
        if content.endswith(EDN_SCRIPT):
            content = content[:-len(EDN_SCRIPT)].rstrip()
        assert '$(' not in content and 'function' not in content, d['Source_id']
        head = [d['Title'].strip(), d['Author'].strip()]
        if '\n' in content:                      # the figure caption, then a newline, then the text
            cap, text = content.split('\n', 1)
            assert '\n' not in text, d['Source_id']
            head.append(cap.strip())
        else:
            text = content
        if report is not None:
            report.append('## ' + d['Source_id'] + ' ' + d['Title'])
        recs['EDN'][d['Source_id']] = {'time': d['Time'], 'raw': r,
                                       'lines': head + edn_body(text, report)}
    for s in recs:
        for k in recs[s]:
            recs[s][k].pop('raw', None)
    return recs


def page_text(name, recs):
    src, keys, blank, enc, nl = PAGES[name]
    out = []
    for i, k in enumerate(keys):
        lines = recs[src][k]['lines']
        if blank == 'none':
            out += lines
        elif blank == 'all':
            for l in lines:
                out += [l, '']
        elif blank == 'articles':                # one empty line between two articles
            if i:
                out.append('')
            out += lines
        elif blank == 'posts':                   # PTT: the post's own blank lines; one empty line between posts
            if i:
                out.append('')
            out += lines
        else:
            raise ValueError(blank)
    while out and out[-1] == '':
        out.pop()
    return nl.join(out) + nl


def page_bytes(name, recs):
    src, keys, blank, enc, nl = PAGES[name]
    text = page_text(name, recs)
    if enc == 'big5hkscs':
        data = text.encode('big5hkscs')
        assert data.decode('big5hkscs') == text, name
        try:
            r = subprocess.run(['iconv', '-f', 'BIG5-HKSCS', '-t', 'UTF-8'], input=data, capture_output=True)
            if r.returncode == 0:
                assert r.stdout.decode('utf-8') == text, name + ': iconv decodes differently'
        except FileNotFoundError:
            pass
        return data
    return text.encode(enc)


def load_records(args):
    src_dir = SRC
    if '--src' in args:
        src_dir = args[args.index('--src') + 1]
    if os.path.exists(os.path.join(src_dir, PTT_FILE)) and os.path.exists(os.path.join(src_dir, EDN_FILE)):
        return extract(src_dir), True
    return json.load(open(RECORDS, encoding='utf-8')), False


def main():
    args = sys.argv[1:]
    if '--report' in args:
        rep = []
        extract(SRC if '--src' not in args else args[args.index('--src') + 1], rep)
        print('\n'.join(rep))
        return
    recs, from_src = load_records(args)
    if '--records' in args:
        assert from_src, 'no source files'
        json.dump(recs, open(RECORDS, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        open(RECORDS, 'a', encoding='utf-8').write('\n')
        print('wrote', RECORDS)
        return
    bad = 0
    if from_src and os.path.exists(RECORDS) and '--check' in args:
        kept = json.load(open(RECORDS, encoding='utf-8'))
        if kept != recs:
            print('records.json differs from the records extracted from the sources'); bad += 1
    for name in sorted(PAGES):
        path = os.path.join(OUT, name + '.txt')
        data = page_bytes(name, recs)
        if '--list' in args:
            text = page_text(name, recs).replace('\r\n', '\n')
            print('=' * 20, name)
            for i, l in enumerate(text.split('\n')[:-1], 1):
                print(f'{i:4d} {l}')
            continue
        if '--check' in args:
            if not os.path.exists(path) or open(path, 'rb').read() != data:
                print('DIFFERS', path); bad += 1
            else:
                print('ok', name, len(data), 'bytes')
        else:
            os.makedirs(OUT, exist_ok=True)
            open(path, 'wb').write(data)
            print('wrote', path, len(data), 'bytes')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
