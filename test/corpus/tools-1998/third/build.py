"""Build the sixth corpus batch (twelve 1998 pages) from the raw copies beside this file: `python3 build.py` (OUT_DIR to write elsewhere)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from lib import *
PAGES = [  # (prefix, rendering, last article on the page)
 ('0105-03','fw',3),('0110-03','fw',5),('0112-11','fw',3),('0114-11','fw',4),
 ('0117-06','hw',2),('0121-07','hw',5),('0122-05','hw',6),('0127-09','hw',2),
 ('0128-03','gbk',6),('0129-03','gbk',7),('0130-02','gbk',7),('0131-01','gbk',3),
]
ALLOW_DUP = {'0127-09': ('19980127-09-001-032',)}   # the corpus gives this paragraph ID to two different paragraphs
def page_lines(prefix, last):
    L = parse(cut_raw(read_raw(os.path.join(HERE, prefix)), last))
    check_ids(L, ALLOW_DUP.get(prefix, ()))
    assert int(L[-1][0].split('-')[2]) == last, (prefix, L[-1][0])
    return L
if __name__ == '__main__':
    for prefix, mode, last in PAGES:
        L = page_lines(prefix, last)
        fn, on_disk, utf8 = write_page(prefix, mode, L)
        print(os.path.basename(fn), mode, len(L), 'lines', on_disk, 'B on disk', utf8, 'B utf8', L[0][0], '..', L[-1][0])
