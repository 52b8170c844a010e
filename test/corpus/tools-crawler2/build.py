#!/usr/bin/env python3
"""Rebuild every crawler/ data file of this batch byte for byte from the source files.

The source files are not kept here (the data files are their first records): fetch each into
src/ beside this script as `git show <commit>:<path>` of the repository named in
../crawler/SOURCES.md (thirteenth session batch), saved under the name FILES below gives.

Each cut is a run of consecutive records taken from the start of the source file. Only two
files are changed beyond the cut (a JSON array has to be closed again): see SOURCES-fragment.md.
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


def first_lines(data, n):
    """The first n physical lines of data (LF-terminated), newlines included."""
    lines = data.split(b'\n')
    assert len(lines) > n, 'source has too few lines'
    return b'\n'.join(lines[:n]) + b'\n'


def whole(name):
    return read(name)


def ettoday():
    # pretty-printed JSON array, 7 lines per object; objects 1-12 are lines 2-85.
    data = first_lines(read('passerchell-crawler_ettoday__ettoday_detailed_results.json'), 85)
    assert data.endswith(b'\n  },\n')
    # close the array again: drop the comma after object 12, add the source's own ending "\n]"
    # (the source file ends with "]" and no newline).
    return data[:-len(b',\n')] + b'\n]'


def ne163_array():
    # scrapy JSON feed: "[{...},\n{...},\n...{...}]" one object a line; objects 1-10 = lines 1-10.
    data = first_lines(read('lzjqsdd-NewsSpider__news_spider_ne.json'), 10)
    assert data.endswith(b'},\n')
    # close the array as the source closes it: "}]" and no newline.
    return data[:-len(b',\n')] + b']'


FILES = {
    'chinanews-2018-listrepr.csv': lambda: whole('LiuTianyong-MySpider__新闻.csv'),
    'ettoday-2025-pretty-array.json': ettoday,
    'ne163-2016-scrapy-array.json': ne163_array,
    'ne163qq-2016-epoch.jsonl': lambda: first_lines(read('lzjqsdd-NewsSpider__testdata_data_orinews_0.txt'), 10),
    'olympics-2023-blankline-blocks.txt': lambda: first_lines(read('decades39-Information__新闻.txt'), 43),
    'sogoucs-2012-doc-blocks.txt': lambda: first_lines(read('NICE-FUTURE-tfidf-cosine-text-recommendation__news_sohusite_xml.smarty.dat'), 72),
    'xinhuanet-meirihan-multiline.csv': lambda: first_lines(read('kking-kkang-ChinaNewsCrawler__sentiment_analysis_2.csv'), 158),
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
            print('%-40s %7d bytes  sha256 %s' % (name, len(data), hashlib.sha256(data).hexdigest()[:16]))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
