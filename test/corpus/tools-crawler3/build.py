#!/usr/bin/env python3
"""Rebuild every crawler/ data file of the third batch byte for byte from the source files.

The source files are not kept in this repository (the data files are their first lines): fetch each
into src/ beside this script with `git show <commit>:<path>` (../crawler/SOURCES.md, "Third batch"),
under the name FILES below gives.

Every file is a run of consecutive whole physical lines of its source file (or the whole file);
no byte is changed, added or dropped inside the cut.  `--check` compares with crawler/.
Sources (repository, path, commit) are listed in ../crawler/SOURCES.md; each one can be
fetched again with `git show <commit>:<path>`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = os.path.join(os.path.dirname(HERE), 'crawler')
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'tools'))
from record_batch import lines, run, source_reader  # noqa: E402

read = source_reader(SRC)


FILES = {
    # THUCNews subset (cnews): label TAB title+body, lines 1-10
    'cnews-thucnews-label-text.tsv':
        lambda: lines(read('qianshuang-dl-exp__data_cnews_cnews.val.txt'), 1, 10),
    # pretty-printed JSON array, the whole file (10 objects, no final newline)
    'fanzha-2026-pretty-array.json':
        lambda: read('1ztz-fraud-news-spider__news_data.json'),
    # R write.csv with row-name column: header + records 1-15 (lines 1-16)
    'sina-2024-rindex.csv':
        lambda: lines(read('aisdoctor-data-aisdoctor-data.github.io__sina_news.csv'), 1, 16),
    # Traditional (Taiwan), id TAB date TAB snippet, lines 1-12
    'twnews-2020-id-date-snippet.tsv':
        lambda: lines(read('jirlong-jsLDA__news.tsv'), 1, 12),
    # GBK-encoded, b'url' TAB TAB title, lines 1-16
    'wangyi-2018-bytesurl-title.txt':
        lambda: lines(read('zouqi821-python__新闻.txt'), 1, 16),
    # Markdown, the 16 '### ' article sections (source lines 89-183)
    'xwlb-20221010-markdown.md':
        lambda: lines(read('DuckBurnIncense-xin-wen-lian-bo__news_20221010.md'), 89, 183),
}


if __name__ == '__main__':
    run(FILES, OUT)
