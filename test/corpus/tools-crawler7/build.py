#!/usr/bin/env python3
"""Rebuild every page of fresh crawler batch 7 byte for byte from the source files in src/.

src/ is not kept in this repository (the pages are the parts of the sources used): fetch each source file named
below at its commit into src/ to rebuild. Pages are written to ../crawler/.

src/ holds each whole source file as `git cat-file -p <commit>:<path>` gives it (repository, path and
commit named beside each entry of FILES below and in NOTES.md).  Every page is a run of consecutive
whole physical lines of its source, from the source's first line; no byte is changed, added or
dropped inside the cut.  Two pages are marked ✎ because they are JSON documents cut inside an
array; exactly what is done is said at `json_close` and checked there.

`--check` compares with pages/ instead of writing.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = os.path.join(os.path.dirname(HERE), 'crawler')
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'tools'))
from record_batch import lines, run, source_reader  # noqa: E402

read = source_reader(SRC)


def json_close(data, last, closing, items):
    """✎ Lines 1..last of a pretty-printed JSON dump whose line `last` is an object's closing `},`:
    the `,` and LF ending line `last` are dropped and `closing` -- what follows the last object's `}` in
    the source: its own closing lines, with no final newline, as the source has none -- is appended.  Asserts that `closing` is the source's own
    ending and that the page parses as JSON whose first `items` objects equal the source's."""
    head = lines(data, 1, last)
    assert head.endswith(b'},\n'), 'cut must end after a whole object'
    assert data.endswith(closing), 'closing is the source\'s own ending'
    out = head[:-2] + closing
    page = json.loads(out)
    src = json.JSONDecoder().raw_decode(data.decode('utf-8'))[0]  # the source's first JSON value
    if isinstance(src, dict):
        assert len(page['items']) == items and page['items'] == src['items'][:items]
        assert {k: v for k, v in page.items() if k != 'items'} == {k: v for k, v in src.items() if k != 'items'}
    else:
        assert len(page) == items and page == src[:items]
    return out


FILES = {
    # spiderwebponderentertainment/hkers-in-oz-data aucd.json
    # @ 6c44a9ff964eea044fd8dc2c1ace5686111edb69 (last commit touching the file; same blob at HEAD c999fb5b)
    # UTF-8, LF, no final newline; ✎ lines 1-220 (wrapper head + items 1-12 of 96), comma of line 220
    # dropped, the source's own last two lines `  ]` and `}` appended
    'acd-2026-wrapped-items.json':
        lambda: json_close(read('spiderwebponderentertainment-hkers-in-oz-data__aucd.json'), 220,
                           b'\n  ]\n}', 12),
    # shl0402/news_crawler testingoutput/financial_news_data_20260201_183259.jsonl
    # @ eecd0304650b6f59c425c0910c4f1df10b6f4291 (folder removed in a later commit); UTF-8, LF; lines 1-16
    'hkstocks-2026-mixed-language.jsonl':
        lambda: lines(read('shl0402-news_crawler__testingoutput_financial_news_data_20260201_183259.jsonl'), 1, 16),
    # JamesLiao714/TaiwanNewsCrawler search_result/ltn_covid_2.csv
    # @ ae3c12782be031912302a0a5c68b1e7de006b2fb (deleted in 28e98fcf); UTF-8, LF; lines 1-183:
    # header + records 1-12 (quoted multi-line CONTENT cells)
    'ltn-2022-multiline-quoted-csv.csv':
        lambda: lines(read('JamesLiao714-TaiwanNewsCrawler__search_result_ltn_covid_2.csv'), 1, 183),
    # spiderwebponderentertainment/hkers-in-oz-data twocr.json @ c999fb5bd1ce0a7208e1ef7160497b5c280b7289
    # (= HEAD, the last commit touching the file); UTF-8, LF, no final newline; ✎ lines 1-277 (wrapper head
    # + items 1-15 of 143), comma of line 277 dropped, the source's own last two lines `  ]` and `}` appended
    'twocr-2026-teaser-items.json':
        lambda: json_close(read('spiderwebponderentertainment-hkers-in-oz-data__twocr.json'), 277,
                           b'\n  ]\n}', 15),
    # JamesLiao714/TaiwanNewsCrawler search_result/udn_covid_2.csv
    # @ ae3c12782be031912302a0a5c68b1e7de006b2fb (deleted in 28e98fcf); UTF-8, LF; lines 1-331:
    # header + records 1-10 (quoted multi-line CONTENT cells)
    'udn-2022-multiline-quoted-csv.csv':
        lambda: lines(read('JamesLiao714-TaiwanNewsCrawler__search_result_udn_covid_2.csv'), 1, 331),
    # Sugarml/yahoo-news-crawler yahoo_news.csv @ 376981a900f609d49a46aabf93656cde017d0f5b (= HEAD;
    # same blob in the first commit 3112da08); UTF-8 with BOM, LF; lines 1-21: header + 20 records
    'yahootw-2025-bom-author-title.csv':
        lambda: lines(read('Sugarml-yahoo-news-crawler__yahoo_news.csv'), 1, 21),
}


if __name__ == '__main__':
    run(FILES, OUT)
