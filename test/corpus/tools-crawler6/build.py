#!/usr/bin/env python3
"""Rebuild every page of fresh crawler batch 6 byte for byte from the source files in src/.

src/ is not kept in this repository (the pages are the parts of the sources used): fetch each source file named
below at its commit into src/ to rebuild. Pages are written to ../crawler/.

src/ holds each whole source file as `git cat-file -p <commit>:<path>` gives it (repository, path
and commit in FILES below and in NOTES.md).  Every page is a run of consecutive whole physical
lines of its source, from the source's first line; no byte is changed, added or dropped inside the
cut.  One page is marked ✎: `sinamil-2018-minidom-xml.xml` is an XML document, so after its last
whole `</News>` line the source's own last line `</AllNews>\\n` is appended (the function checks
that this line is the source's last line and that the page parses as XML whose 12 <News> elements
equal the source's first 12).

`--check` compares with pages/ instead of writing.
"""
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = os.path.join(os.path.dirname(HERE), 'crawler')
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'tools'))
from record_batch import lines, run, source_reader  # noqa: E402

read = source_reader(SRC)


def xml_head(data, last):
    """Lines 1..last of a pretty-printed XML dump, closed with the source's own last line."""
    head = lines(data, 1, last)
    assert head.endswith(b'\t</News>\n'), 'cut must end after a whole <News> element'
    closing = data.split(b'\n')[-2] + b'\n'
    assert closing == b'</AllNews>\n' and data.endswith(closing), 'closing line is the source\'s own'
    out = head + closing
    page, src = ET.fromstring(out), ET.fromstring(data)
    n = len(page)
    def fields(e):
        return [(c.tag, c.text) for c in e]
    assert n == 12 and [fields(e) for e in page] == [fields(e) for e in src[:n]], 'elements differ'
    return out


FILES = {
    # lllkkkai/ScrapyNews test_framework/test_demo_1/test_demo_1/news328001.txt
    # @ 0dda90bcbbf39bf11993e8cdf1274f697e27b462 (added there, deleted in 3ac537f2); GBK, LF
    # lines 1-112: 19 labelled records (the 2nd without a Text line and without its blank line)
    'cnr-2019-gbk-labelled-fields.txt':
        lambda: lines(read('lllkkkai-ScrapyNews__test_framework_test_demo_1_test_demo_1_news328001.txt'), 1, 112),
    # holysll/python-cstc cstc/spiders/cstc_tzgg.csv @ 5676dfa466b8f94c18871a7f95a184a04b1b3026 (= HEAD)
    # GBK, LF; header + records 1-19 (lines 1-20) of 22
    'cstc-2019-gbk-unquoted-csv.csv':
        lambda: lines(read('holysll-python-cstc__cstc_spiders_cstc_tzgg.csv'), 1, 20),
    # EJTTianYu/pythonCrawler scrapXML/news.xml @ 618067fd9202c708dd8c433a3f2d89ef2c5cdebf
    # (same blob at HEAD 1a1b6eb9); ✎ lines 1-86 (<News> 1-12 of 166) + the source's `</AllNews>` line
    'sinamil-2018-minidom-xml.xml':
        lambda: xml_head(read('EJTTianYu-pythonCrawler__scrapXML_news.xml'), 86),
    # hecun1993/python_spider_demos toutiao/paper_news_result_02.csv
    # @ c9b5aa67ba08f5177e4541ca0459ee29404d008f (same blob at HEAD 4e125aed); lines 1-16 of 138
    'thepaper-2019-jsonl-named-csv.csv':
        lambda: lines(read('hecun1993-python_spider_demos__toutiao_paper_news_result_02.csv'), 1, 16),
    # Eric54920/spider scrapy/wangyixinwen/wangyixinwen/xinwen.txt
    # @ 9bf5bfd846990282fb1addcef1a2d3609973d9da (same blob at HEAD 5ad91f2e); lines 1-174: records 1-11 (a record is its `title:text` line plus the text lines after it)
    'wangyi-2019-colon-continued.txt':
        lambda: lines(read('Eric54920-spider__scrapy_wangyixinwen_wangyixinwen_xinwen.txt'), 1, 174),
    # gaoi311/Spider_Learning scrapy框架/wangyiPro/news.txt @ 29ffe146e074acdc82d460a4f934310913fc3e4a
    # (= HEAD, the only commit); lines 1-369: records 1-11 of 69
    'wangyi-2020-bare-title-whitespace.txt':
        lambda: lines(read('gaoi311-Spider_Learning__scrapy框架_wangyiPro_news.txt'), 1, 369),
}


if __name__ == '__main__':
    run(FILES, OUT)
