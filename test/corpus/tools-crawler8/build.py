#!/usr/bin/env python3
"""Rebuild every page of fresh crawler batch 8 byte for byte from the source files in src/.

src/ is not kept in the repository (the pages are the parts of the sources used): fetch each source file named
below at its commit into src/ (as `git cat-file -p <commit>:<path>` gives it, under the name given) to rebuild.
Pages are written to OUT.

Every page is a run of consecutive whole physical lines of its source, from the source's first line; no byte is
changed, added or dropped inside the cut.  Two pages are marked ✎ because they are JSON arrays cut after a whole
object; exactly what is done is said at `json_close` and checked there.

`--check` compares with the pages in OUT instead of writing (exit 1 on any difference).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = os.environ.get('OUT') or os.path.join(os.path.dirname(HERE), 'crawler')
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'tools'))
from record_batch import lines, run, source_reader  # noqa: E402

read = source_reader(SRC)


def json_close(data, last, closing, items):
    """✎ Lines 1..last of a JSON array dump whose line `last` ends an object with `},`: the `,` and the LF ending
    line `last` are dropped and `closing` -- what follows the last object's `}` in the source, its own closing
    bracket and final newline if it has one -- is appended.  Asserts that `closing` is the source's own ending and
    that the page parses as a JSON array equal to the source's first `items` objects."""
    head = lines(data, 1, last)
    assert head.endswith(b'},\n'), 'cut must end after a whole object'
    assert data.endswith(closing), "closing is the source's own ending"
    out = head[:-2] + closing
    page = json.loads(out)
    src = json.loads(data)
    assert len(page) == items and page == src[:items]
    return out


FILES = {
    # SunlightData/General_News_Crawler 1.json @ 0afbf91b503288c402f9a01ca3ececc36fc36e51 (file added there;
    # deleted in bcefe00e, absent at HEAD 7bf38db1); UTF-8, LF, no final newline.  ✎ lines 1-13 (`[` and
    # objects 1-12 of 29, one a line), the comma ending line 13 dropped, the source's own ending `\n]` appended
    'binzhou-2018-nested-feed-array.json':
        lambda: json_close(read('SunlightData-General_News_Crawler__1.json'), 13, b'\n]', 12),
    # bucm-policy-search/web-scraping output.json @ 151d55e45bf4c02f90a3e7f4ca08b13f3fd629de (added there, deleted
    # in c92280a9; MIT, LICENSE (c) 2022 gricn); UTF-8, LF, final newline.  ✎ lines 1-215 (`[` and objects
    # 1-13 of 104, pretty-printed, indent 2), the comma ending line 215 dropped, the source's own `\n]\n` appended
    'bjtcm-2021-html-article-array.json':
        lambda: json_close(read('bucm-policy-search-web-scraping__output.json'), 215, b'\n]\n', 13),
    # reigadegr/daily-news src/2026/02/03.md @ acc4566e12b8766e603ddeeca9c2ff644318d1e5 (the last commit writing
    # the file, 2026-02-03 22:00 +0800); UTF-8, LF; lines 1-172: the page head and the first hourly section
    # (`## 00:00 更新`), ending with its `*本时段新闻采集于 00:00*` line
    'dailynews-20260203-hourly-blocks.md':
        lambda: lines(read('reigadegr-daily-news__src_2026_02_03.md'), 1, 172),
    # 4387163/lw data/news.csv @ dd9fc53a31e57bd8c58ad3765a588da67f6a4fa5 (same blob at HEAD a13afc14);
    # GBK, LF, no header; lines 1-20 of 100
    'edunews-2017-gbk-id-title.csv':
        lambda: lines(read('4387163-lw__data_news.csv'), 1, 20),
    # Fennel1/SearchEngine data/news.csv @ 84b233814d99cae8e0c0aa6d86232905d68ea3a9; UTF-8 with BOM, LF,
    # no header; lines 1-12 of 521
    'peoplecn-20220530-comma-stripped.csv':
        lambda: lines(read('Fennel1-SearchEngine__data_news.csv'), 1, 12),
    # WeSeewy/Chinese-Clickbait data/news.txt @ d6ff92f3fbc5baa759aaa07ac846b0d22cbd9296; UTF-8, LF (JSON Lines);
    # lines 1-15 of 100
    'sohu-2021-clickbait-entities.jsonl':
        lambda: lines(read('WeSeewy-Chinese-Clickbait__data_news.txt'), 1, 15),
}


if __name__ == '__main__':
    run(FILES, OUT)
