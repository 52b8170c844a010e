import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get('OUT_DIR', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'paragraph'))
PAGES = [  # (prefix, rendering, last article on the page)
 ('0105-03','fw',3),('0110-03','fw',5),('0112-11','fw',3),('0114-11','fw',4),
 ('0117-06','hw',2),('0121-07','hw',5),('0122-05','hw',6),('0127-09','hw',2),
 ('0128-03','gbk',6),('0129-03','gbk',7),('0130-02','gbk',7),('0131-01','gbk',3),
]
ALLOW_DUP = {'0127-09': ('19980127-09-001-032',)}   # the corpus gives this paragraph ID to two different paragraphs
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
def page_lines(prefix, last):
    L = parse(cut_raw(read_raw(os.path.join(HERE, prefix)), last))
    check_ids(L, ALLOW_DUP.get(prefix, ()))
    assert int(L[-1][0].split('-')[2]) == last, (prefix, L[-1][0])
    return L
if __name__ == '__main__':
    for prefix, mode, last in PAGES:
        L = page_lines(prefix, last)
        lines = [render(t, mode) for _, t in L]
        body = '\n'.join(lines) + '\n'
        fn = os.path.join(OUT, name(prefix) + '.txt')
        data = body.replace('\n', '\r\n').encode('gbk') if mode == 'gbk' else body.encode('utf-8')
        open(fn, 'wb').write(data)
        fw = '\n'.join(t for _, t in L) + '\n'
        print(os.path.basename(fn), mode, len(L), 'lines', len(data), 'B on disk', len(body.encode('utf-8')), 'B utf8 rendered', len(fw.encode('utf-8')), 'B utf8 as corpus', L[0][0], '..', L[-1][0])
