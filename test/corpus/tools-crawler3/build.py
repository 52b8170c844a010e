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
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = os.path.join(os.path.dirname(HERE), 'crawler')


def read(name):
    with open(os.path.join(SRC, name), 'rb') as f:
        return f.read()


def lines(data, first, last):
    """Physical lines first..last (1-based, inclusive) of data, each with its LF."""
    parts = data.split(b'\n')
    assert len(parts) > last, 'source has too few lines'
    return b'\n'.join(parts[first - 1:last]) + b'\n'


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


def main():
    check = '--check' in sys.argv
    bad = 0
    for name, make in FILES.items():
        data = make()
        path = os.path.join(OUT, name)
        if check:
            with open(path, 'rb') as f:
                same = f.read() == data
            print(('ok  ' if same else 'DIFF'), name)
            bad += not same
        else:
            os.makedirs(OUT, exist_ok=True)
            with open(path, 'wb') as f:
                f.write(data)
            print('%-36s %7d bytes  sha256 %s' % (name, len(data), hashlib.sha256(data).hexdigest()[:16]))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
