#!/usr/bin/env python3
"""Rebuild every page of the fresh crawler batch 5 byte for byte from the source files in src/.

src/ is not kept in this repository (the pages are the parts of the sources used): fetch each source file named
below at its commit into src/ to rebuild. Pages are written to ../crawler/.

src/ holds each source file as `git show <commit>:<path>` gives it (repository, path and commit
in FILES below and in NOTES.md).  Every page is a run of consecutive whole physical lines of its
source, from the source's first line; no byte is changed, added or dropped inside the cut.  One
page is marked ✎: `sina-2017-html-content-array.json` is a JSON array, so after its last whole
object line the trailing `,` is dropped and the source's own closing `\\n]` (no final newline) is
written; the function checks that this equals re-serialising the first 11 objects in the source's
own style (json.dumps(..., ensure_ascii=False), `[\\n`, `,\\n` between objects, `\\n]`).

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


def whole(data):
    return data


def json_array_head(data, n):
    """The first n objects of a one-object-a-line JSON array, closed the way the source closes."""
    parts = data.split(b'\n')
    assert parts[0] == b'[' and parts[-1] == b']', 'not a one-object-a-line array'
    body = parts[1:n + 1]
    assert all(p.endswith(b',') for p in body), 'cut inside the array only'
    out = b'[\n' + b'\n'.join(body)[:-1] + b'\n]'
    # the same bytes as re-serialising the first n objects in the source's own style
    objs = json.loads(data)[:n]
    again = b'[\n' + b',\n'.join(json.dumps(o, ensure_ascii=False).encode('utf-8') for o in objs) + b'\n]'
    assert out == again, 'cut differs from re-serialisation'
    return out


FILES = {
    # InsaPulala/Analysis-of-COVID-19-rumors data/news.txt @ 55d043774ceb2b965c116159d7ed96f3dbb72125
    # UTF-8, CRLF; lines 1-32: header, 5 blank-line-separated records, repeated header, 20 records (25 in all)
    'piyao-2020-crlf-repeated-header.tsv':
        lambda: lines(read('InsaPulala-Analysis-of-COVID-19-rumors__data_news.txt'), 1, 32, b'\r\n'),
    # avartia/NewsSpider sina.json @ b467bf190d6589451fdb94ad7414a2091257b23c (same blob at HEAD 1aaaff01)
    # ✎ lines 1-12 (objects 1-11 of 33), last comma dropped, the source's closing `\n]` added
    'sina-2017-html-content-array.json':
        lambda: json_array_head(read('avartia-NewsSpider__sina.json'), 11),
    # zy145/Sina sina.json @ 08ff6cad1c9d65d3a85d0ba25d68233a6060c49d; lines 1-18 (18 records)
    'sina-2018-comma-terminated-lines.json':
        lambda: lines(read('zy145-Sina__sina.json'), 1, 18),
    # PhenixZhang/Python-Spyder code/新浪军事/text.csv @ 02854c30f06c27aecf462362896250e443d209a3
    # GB2312, CRLF; header + records 1-20 (lines 1-21) of 40
    'sinamil-2018-gb2312-crlf.csv':
        lambda: lines(read('PhenixZhang-Python-Spyder__code_新浪军事_text.csv'), 1, 21, b'\r\n'),
    # liulichao1/toutiao toutiao.csv @ 67e0f773012963ca75a29c2a6979b1ef5e1f1017; header + records 1-20 (lines 1-21)
    'toutiao-2019-count-source-title.csv':
        lambda: lines(read('liulichao1-toutiao__toutiao.csv'), 1, 21),
    # wushuaiwei1991/tanxinxueyuan toutiao.json @ 009058d220c0c75bb36b5193a7fb104cecace6b0
    # GBK JSON Lines; the whole file (20 lines)
    'toutiao-2019-gbk-feed.jsonl':
        lambda: whole(read('wushuaiwei1991-tanxinxueyuan__toutiao.json')),
    # KindRoach/CCTVNewsSpider CCTVNewsSpider/cctc_news/2016_10_10.txt @ a677d19ac269f8a8aca51d0f0c8a2643a8281626
    # (removed from the tree in ccc7ea06); the whole file (117 lines counting the two trailing blank lines)
    'xwlb-20161010-dated-blocks.txt':
        lambda: whole(read('KindRoach-CCTVNewsSpider__CCTVNewsSpider_cctc_news_2016_10_10.txt')),
}


if __name__ == '__main__':
    run(FILES, OUT)
