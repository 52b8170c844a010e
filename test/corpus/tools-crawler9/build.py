#!/usr/bin/env python3
"""Rebuild the crawler9 pages byte for byte from the source files named below.

Sources (not kept; fetch each into src/ with `git show <commit>:<path> > src/<name>`):
  src/zls8676_wangyi_xinwen.txt        zls8676/wangyi  f0dbb758ddd524d40d6ce79f311c32106a146f05  xinwen.txt
  src/clkhoo_social_20251127.md        clkhoo5211/upgraded-octo-fortnight  6fad63fb9006673b92e7e62ddb5462ed7a41af43  2025/11/27/social.md
  src/vergilcloud_toutiao.txt          vergilCloud/MyScrapy  1e47285d13e427c850822c651fd697b61ec658c6  toutiao.txt
  src/aceimnorstuvwxz_mlc_exmaple.txt  aceimnorstuvwxz/toutiao-multilevel-text-classfication-dataset  30383f048e8da7c786d8465a2caa49be2889005f  mlc_exmaple.txt
  src/fxrc_xinwen.txt                  fxrc/xinwen  a7894f258cdc1fa127e134bb68fd8a3f8e78bd6f  xinwen.txt

`python3 build.py` writes the pages into OUT; `python3 build.py --check` writes nothing and fails if a page
would differ from the file in OUT.
"""
import hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = os.environ.get('OUT', os.path.join(HERE, '..', 'crawler'))  # test/corpus/crawler

SHA1 = {  # git blob ids of the sources, checked before anything is cut
    'zls8676_wangyi_xinwen.txt': '1083c9a830b43dc7515d1f45e0396cf223a85c41',
    'clkhoo_social_20251127.md': 'd7126fb4fcd23269995dfd89bf7341df006d113a',
    'vergilcloud_toutiao.txt': '3002cbac445df9692dbab44947eaf0dfa42d83a1',
    'aceimnorstuvwxz_mlc_exmaple.txt': 'dfdf6fb1ef3e71040050a0fc4af696028b936eed',
    'fxrc_xinwen.txt': '8038f6bdfdbdaae293874b594c1f599e2038e6b1',
}


def blob_id(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def src(name):
    path = os.path.join(SRC, name)
    if not os.path.exists(path):
        sys.exit('missing %s: fetch the sources first (see NOTES.md)' % path)
    data = open(path, 'rb').read()
    want = SHA1.get(name)
    if want and blob_id(data) != want:
        sys.exit('source %s is not the expected blob %s' % (name, want))
    return data


def first_lines(data, n):
    """The first n physical lines (LF-terminated), bytes unchanged."""
    parts = data.split(b'\n')
    assert len(parts) > n
    return b'\n'.join(parts[:n]) + b'\n'


def jsonp_first_records(data, n_lines, n_records):
    """Lines 1..n_lines (ending on the n-th record's closing brace) + the source's own ending '\\n])'."""
    parts = data.split(b'\n')
    assert parts[n_lines - 1].strip() == b'}', parts[n_lines - 1]
    assert data.endswith(b'\n])')
    page = b'\n'.join(parts[:n_lines]) + b'\n])'
    text = page.decode('utf-8')
    records = json.loads(text[len('data_callback('):-1])
    first = data.decode('utf-8')
    first = json.loads(first[len('data_callback('):first.index('])data_callback(') + 1])
    assert records == first[:n_records], 'page records differ from the source records'
    return page


def pages():
    yield 'netease-2017-jsonp-callback.txt', jsonp_first_records(src('zls8676_wangyi_xinwen.txt'), 387, 12)
    yield 'sinarss-20251127-markdown-archive.md', src('clkhoo_social_20251127.md')
    yield 'toutiao-2018-header-comment-blocks.txt', first_lines(src('vergilcloud_toutiao.txt'), TOUTIAO_LINES)
    yield 'toutiao-2018-pipecomma-labels.txt', first_lines(src('aceimnorstuvwxz_mlc_exmaple.txt'), 20)
    yield 'xinhuanet-2017-pydict-lines.txt', src('fxrc_xinwen.txt')


TOUTIAO_LINES = 112


def main():
    check = '--check' in sys.argv
    bad = 0
    for name, data in pages():
        path = os.path.join(OUT, name)
        if check:
            ok = os.path.exists(path) and open(path, 'rb').read() == data
            print(('ok   ' if ok else 'DIFF ') + name)
            bad += not ok
        else:
            os.makedirs(OUT, exist_ok=True)
            open(path, 'wb').write(data)
            print('wrote %s (%d bytes)' % (name, len(data)))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
