"""Build this batch (1998 pages) from the raw copies beside this file: `python3 build.py` (OUT_DIR to write elsewhere;
default ../paragraph). Parsing, rendering and writing are lib.py (an unchanged copy of test/corpus/tools-1998/lib.py)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # the shared lib.py of tools-1998
import lib
lib.OUT = os.environ.get('OUT_DIR', os.path.join(os.path.dirname(HERE), 'paragraph'))
from lib import parse, cut_raw, read_raw, check_ids, write_page
PAGES = [  # (prefix, rendering, last article on the page) -- build order = date order
 ('0106-05','fw',3),('0110-02','fw',7),('0119-08','fw',9),('0119-10','fw',6),
 ('0121-10','hw',5),('0121-11','hw',2),('0124-05','hw',6),('0124-06','hw',4),
 ('0129-01','gbk',5),('0131-03','gbk',6),
]
def page_lines(prefix, last):
    L = parse(cut_raw(read_raw(os.path.join(HERE, prefix)), last))   # *.a.raw + *.b.raw only; *.check files are ignored
    check_ids(L)
    assert int(L[-1][0].split('-')[2]) == last, (prefix, L[-1][0])
    return L
if __name__ == '__main__':
    os.makedirs(lib.OUT, exist_ok=True)
    for prefix, mode, last in PAGES:
        L = page_lines(prefix, last)
        fn, on_disk, utf8 = write_page(prefix, mode, L)
        fw = sum(len(t.encode('utf-8')) + 1 for _, t in L)
        print(os.path.basename(fn), mode, len(L), 'lines', on_disk, 'B on disk', utf8, 'B utf8 as rendered', fw, 'B utf8 as corpus', L[0][0], '..', L[-1][0])
