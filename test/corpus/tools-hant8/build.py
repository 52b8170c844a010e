#!/usr/bin/env python3
"""Rebuild every page of the eighth batch byte for byte from the crawler files.

The crawler files are copies, byte for byte, of files of the public repository
Justin21523/news-information-retrieval-system (see ../SOURCES-fragment.md), saved
under tools/src/ with `git show <commit>:<path>`:

  cna_mvp_dataset.jsonl                            data/raw/cna_mvp_dataset.jsonl @ 482ad34df828ed41c69c6fb4266b371f35e4494e
  ltn_news_2025-11-19T11-12-46+00-00.jsonl         data/raw/...                   @ 6f63144a8610ba8e6997a8b6e10dd9772f5cb62e (HEAD)
  chinatimes_news_2025-11-18T14-21-46+00-00.jsonl  data/raw/...                   @ 6f63144a8610ba8e6997a8b6e10dd9772f5cb62e (HEAD)
  pts_news_2025-11-18T16-58-04+00-00.jsonl         data/raw/...                   @ 6f63144a8610ba8e6997a8b6e10dd9772f5cb62e (HEAD)

Usage: python3 build.py            write the pages to ../traditional/
       python3 build.py --check    compare the pages in ../traditional/ with a fresh build
       python3 build.py --report   also print, per record, every space cut and every space kept
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = os.path.join(os.path.dirname(HERE), 'traditional')

CNA = 'cna_mvp_dataset.jsonl'
LTN = 'ltn_news_2025-11-19T11-12-46+00-00.jsonl'
CT = 'chinatimes_news_2025-11-18T14-21-46+00-00.jsonl'
PTS = 'pts_news_2025-11-18T16-58-04+00-00.jsonl'

# CNA: the site notice that closes every record (its own \n-separated line) is dropped.
CNA_FOOTER = '本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。'
# LTN: the app promotion that closes every record is dropped (ec.ltn.com.tw records also carry
# the channel slogan 一手掌握經濟脈動 in front of it).
LTN_PROMO = ' 熱門賽事、球星動態不漏接 不用抽 不用搶 現在用APP看新聞 保證天天中獎  '
LTN_EC_SLOGAN = ' 一手掌握經濟脈動 '
# PTS: the site name the crawler appended to every title.
PTS_TITLE_SUFFIX = ' ｜ 公視新聞網 PNN'

# A run of spaces is a paragraph break when it follows one of these characters
# (sentence end, closing quote or bracket, the ellipsis of 請繼續往下閱讀...); any other
# space belongs to the text and is kept inside its line (see --report).
ENDERS = '。！？」）』….：'

# name: (source file, [1-based file line numbers of the records, in page order], mode, blank lines, encoding)
PAGES = {
    'tw-chinatimes-2025-11-18-realtime': (CT, [2, 4, 9, 10, 12, 15, 16], 'space', False, 'big5hkscs'),
    'tw-cna-2025-11-12-local': (CNA, [43, 44, 45, 46, 47, 48, 49, 50], 'newline', False, 'utf-8'),
    'tw-cna-2025-11-12-politics': (CNA, [3, 4, 5, 6, 10, 11, 12, 13], 'newline', True, 'utf-8'),
    'tw-ltn-2025-11-18-realtime-finance': (LTN, [8, 10, 24, 39, 44, 46], 'space', False, 'utf-8-sig'),
    'tw-ltn-2025-11-18-realtime-life': (LTN, [5, 9, 13, 19, 22, 28], 'space', True, 'utf-8'),
    'tw-pts-2025-11-18-news': (PTS, [9, 10, 11, 12, 13, 14], 'none', False, 'utf-8'),
}


def read_records(fname):
    recs = {}
    with open(os.path.join(SRC, fname), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                recs[n] = json.loads(line)
            except json.JSONDecodeError:
                continue  # cna_mvp_dataset.jsonl opens with a line of spaces
    return recs


def split_spaces(text, report=None):
    lines, start = [], 0
    for m in re.finditer(r'[ \u00a0]+', text):
        if m.start() > 0 and text[m.start() - 1] in ENDERS:
            lines.append(text[start:m.start()])
            start = m.end()
            if report is not None:
                report.append('CUT  ' + text[max(0, m.start() - 6):m.end() + 6])
        elif report is not None:
            report.append('KEEP ' + text[max(0, m.start() - 6):m.end() + 6])
    lines.append(text[start:])
    return [l for l in lines if l != '']


def record_lines(src, rec, mode, report=None):
    title = rec['title']
    body = rec['content']
    if src == CNA:
        paras = body.split('\n')
        assert paras[-1] == CNA_FOOTER, rec['article_id']
        paras = paras[:-1]
    elif src == LTN:
        assert body.endswith(LTN_PROMO), rec['url']
        body = body[:-len(LTN_PROMO)]
        if body.endswith(LTN_EC_SLOGAN):
            body = body[:-len(LTN_EC_SLOGAN)]
        paras = split_spaces(body, report)
    elif src == CT:
        paras = split_spaces(body, report)
    elif src == PTS:
        assert title.endswith(PTS_TITLE_SUFFIX), title
        title = title[:-len(PTS_TITLE_SUFFIX)]
        assert '\n' not in body
        paras = [body]
    for p in paras:
        assert p == p.strip() and p, repr(p)
    return [title], paras


def build(name, report=False):
    src, nums, mode, blank, enc = PAGES[name]
    recs = read_records(src)
    out = []
    for n in nums:
        rep = [] if report else None
        head, paras = record_lines(src, recs[n], mode, rep)
        if report:
            print(f'--- {name} line {n}: {head[0]}')
            for r in rep:
                print('   ', r)
        if blank:
            # a blank line after every line of the unit (the head here is always one line)
            out.append('\n\n'.join(head + paras))
            out.append('')
        else:
            out.extend(head)
            out.extend(paras)
    text = '\n'.join(out).rstrip('\n') + '\n'
    data = text.encode(enc)
    if enc == 'big5hkscs':
        assert data.decode('big5hkscs') == text
    return data


def main():
    check = '--check' in sys.argv
    report = '--report' in sys.argv
    bad = 0
    os.makedirs(OUT, exist_ok=True)
    for name in PAGES:
        data = build(name, report)
        path = os.path.join(OUT, name + '.txt')
        if check:
            same = os.path.exists(path) and open(path, 'rb').read() == data
            print(('same ' if same else 'DIFF ') + name + '.txt')
            bad += not same
        else:
            with open(path, 'wb') as f:
                f.write(data)
            print(f'wrote {name}.txt ({len(data)} bytes)')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
