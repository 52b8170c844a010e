import re, sys, glob, os
PIN = re.compile(r'\{[a-z0-9]+\}')
def read_raw(prefix):
    parts = sorted(glob.glob(prefix + '.*.raw'))   # <prefix>.a.raw, <prefix>.b.raw (pre/tail .check files are not page text)
    return ''.join(open(p, encoding='utf-8').read() for p in parts)
def cut_raw(raw, last):
    """keep only the lines of articles 001..last (the copied pieces run on past the page cut,
    up to the end of a read; the last line may be a partial line)"""
    keep = []
    for line in raw.split('\n'):
        if not line.strip():
            continue
        m = re.match(r'^\d{8}-\d{2}-(\d{3})-', line)
        assert m, ('line without ID', line[:40])
        if int(m.group(1)) <= last:
            keep.append(line)
    return '\n'.join(keep) + '\n'
def parse(raw):
    """return list of (id, text) for each non-blank line"""
    out = []
    for line in raw.split('\n'):
        if not line.strip():
            continue
        toks = line.split()
        head = toks[0]
        m = re.match(r'^(\d{8}-\d{2}-\d{3}-\d{3})/m$', head)
        assert m, ('bad id', line[:60])
        words = []
        for t in toks[1:]:
            t0 = t
            if t.startswith('[') and len(t) > 1 and t[1] != '/':
                t = t[1:]
            t = re.sub(r'\][a-z]+$', '', t)
            i = t.rfind('/')
            assert i > 0, ('bad token', t0, line[:40])
            w, tag = t[:i], t[i+1:]
            assert re.match(r'^[A-Za-z][A-Za-z_!0-9]*$', tag), ('bad tag', t0, line[:40])
            w = PIN.sub('', w)
            assert '{' not in w and '}' not in w, t0
            words.append(w)
        out.append((m.group(1), ''.join(words)))
    return out
def check_ids(lines, allow_dup=()):
    prev = None
    for id_, _ in lines:
        d, p, a, n = id_.split('-')
        if prev:
            pd, pp, pa, pn = prev
            assert (d, p) == (pd, pp), id_
            if a == pa:
                if id_ in allow_dup and int(n) == int(pn):
                    prev = (d, p, a, n); continue   # corpus repeats this paragraph ID (two different paragraphs)
                assert int(n) == int(pn) + 1, ('para gap', id_)
            else:
                assert int(a) == int(pa) + 1 and n == '001', ('article gap', id_)
        else:
            assert a == '001' and n == '001', id_
        prev = (d, p, a, n)
FW = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
def halfwidth_digits_latin(s):
    # full-width digits, Latin letters and ASCII-range symbols like ％ -> half-width
    # keep CJK punctuation （），：；“”、。！？ as is (they are not in FF01-FF5E except ！（），：；？ which we keep)
    keep = set('！（），：；？＂＇')  # Chinese punctuation stays full-width
    return ''.join(FW[ch] if ch in FW and ch not in keep else ch for ch in s)


# --- shared by both batches' build.py and gold.py ---------------------------------------------------------------------
import json

PARAGRAPH = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'paragraph')
OUT = os.environ.get('OUT_DIR', PARAGRAPH)
A, P, F, H = 'article', 'photo-caption', 'furniture', 'page-header'


def render(text, mode):
    """fw: as the corpus has it; hw: 〓 removed, full-width digits and Latin letters half-width; gbk: 〓 as two spaces."""
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


def write_page(prefix, mode, lines):
    """Write a page's rendered lines (GBK with CRLF for `gbk`, else UTF-8 with LF); returns (path, bytes on disk, UTF-8 bytes)."""
    body = '\n'.join(render(t, mode) for _, t in lines) + '\n'
    data = body.replace('\n', '\r\n').encode('gbk') if mode == 'gbk' else body.encode('utf-8')
    fn = os.path.join(OUT, name(prefix) + '.txt')
    open(fn, 'wb').write(data)
    return fn, len(data), len(body.encode('utf-8'))


def _q(s):
    return 'null' if s is None else json.dumps(s, ensure_ascii=False)


def write_gold(prefix, units, split):
    """Write `<page>.gold.yaml` from units (kind, title, titleLines, byline, lines); a title given as an int is that
    whole rendered line. Asserts that every title and byline is on the page and that the units cover every line once."""
    fn = name(prefix) + '.txt'
    raw = open(os.path.join(OUT, fn), 'rb').read()
    text = raw.decode('gbk') if b'\r\n' in raw else raw.decode('utf-8')
    lines = text.replace('\r\n', '\n').split('\n')[:-1]
    flat = ''.join(''.join(lines).split())
    covered = []
    out = [f'source: {fn}', 'family: paragraph', 'format: paragraph-lines', f'split: {split}', 'synthetic: false', 'units:']
    for kind, title, tl, by, ls in units:
        if isinstance(title, int):
            title = lines[title-1]
        if title is not None:
            assert ''.join(title.split()) in flat, title
        if by is not None:
            assert ''.join(by.split()) in flat, by
        for a, b in tl + ls:
            assert 1 <= a <= b <= len(lines)
            covered += list(range(a, b+1))
        out += [f'  - kind: {kind}', f'    title: {_q(title)}', f'    titleLines: {json.dumps(tl)}', f'    byline: {_q(by)}', f'    lines: {json.dumps(ls)}']
    assert sorted(covered) == list(range(1, len(lines)+1)), ('coverage', prefix, sorted(set(range(1,len(lines)+1))-set(covered)), [x for x in covered if covered.count(x)>1])
    open(os.path.join(OUT, name(prefix) + '.gold.yaml'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print('wrote', name(prefix), len(units), 'units', split)


def write_golds(G, order, splits, argv):
    for p in (argv or [p for p in order if p in G]):
        write_gold(p, G[p], splits[order.index(p)])
