import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from lib import *
OUT = os.environ.get('OUT_DIR', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'paragraph'))
PAGES = [  # (prefix, rendering)
 ('0105-02','fw'),('0107-06','fw'),('0109-01','fw'),('0110-04','fw'),
 ('0112-10','hw'),('0114-12','hw'),('0117-05','hw'),('0120-03','hw'),
 ('0122-06','gbk'),('0126-12','gbk'),('0127-08','gbk'),('0129-04','gbk'),
]
def render(text, mode):
    if mode == 'fw':
        return text
    if mode == 'hw':
        return halfwidth_digits_latin(text.replace('〓', ''))
    if mode == 'gbk':
        return text.replace('〓', '  ')
    raise ValueError(mode)
def name(prefix):
    d, p = prefix.split('-')
    return f'rmrb-1998-{d[:2]}-{d[2:]}-p{p}'
if __name__ == '__main__':
    extra = [a.split('=') for a in sys.argv[1:]]
    for prefix, mode in PAGES + [tuple(e) for e in extra]:
        L = parse(read_raw(prefix)); check_ids(L)
        lines = [render(t, mode) for _, t in L]
        body = '\n'.join(lines) + '\n'
        fn = os.path.join(OUT, name(prefix) + '.txt')
        if mode == 'gbk':
            data = body.replace('\n', '\r\n').encode('gbk')
        else:
            data = body.encode('utf-8')
        open(fn, 'wb').write(data)
        print(fn, mode, len(L), 'lines', len(data), 'bytes on disk', len(body.encode('utf-8')), 'B utf8')
