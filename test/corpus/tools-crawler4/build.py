#!/usr/bin/env python3
"""Rebuild every crawler/ data file of the fourth batch byte for byte from the source files in src/.

src/ (not kept in this repository: the data files are the sources' first lines; fetch it) holds each source file as
`git show <commit>:<path>` gives it (repository, path and commit in
../SOURCES-fragment.md and in FILES below).  Every data file is a run of consecutive whole physical
lines of its source, from the source's first line; no byte is changed, added or dropped inside the
cut.  `--check` compares with ../crawler/ instead of writing.
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
    # Sakura-del/Rumors_of_COVID_19 新闻.csv @ 6d9006b40630bda06dbf928fa299e03529b7d424
    # UTF-8 with BOM, header title,abstract,mark + records 1-15 (lines 1-16)
    'covidnews-2021-bom-title-abstract.csv':
        lambda: lines(read('Sakura-del-Rumors_of_COVID_19__新闻.csv'), 1, 16),
    # shenxingy/Chinese_newspaper_crawler Sample_Datasets/XinMin.csv @ 8ab9b4fcb024ccf9e5503ff869d15befbdc61508
    # header special_title,title,subtitle,content,url,date,ban + records 1-13 (lines 1-14: the whole 2022-04-01 issue, pages 1-16)
    'xinmin-20220401-epaper-kicker-title.csv':
        lambda: lines(read('shenxingy-Chinese_newspaper_crawler__Sample_Datasets_XinMin.csv'), 1, 14),
}


if __name__ == '__main__':
    run(FILES, OUT)
