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
