"""Build the fifth corpus batch (twelve 1998 pages) from the raw copies beside this file: `python3 build.py` (OUT_DIR to write elsewhere)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import *
PAGES = [  # (prefix, rendering)
 ('0105-02','fw'),('0107-06','fw'),('0109-01','fw'),('0110-04','fw'),
 ('0112-10','hw'),('0114-12','hw'),('0117-05','hw'),('0120-03','hw'),
 ('0122-06','gbk'),('0126-12','gbk'),('0127-08','gbk'),('0129-04','gbk'),
]
if __name__ == '__main__':
    for prefix, mode in PAGES:
        L = parse(read_raw(os.path.join(HERE, prefix))); check_ids(L)
        fn, on_disk, utf8 = write_page(prefix, mode, L)
        print(fn, mode, len(L), 'lines', on_disk, 'bytes on disk', utf8, 'B utf8')
