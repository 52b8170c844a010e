#!/usr/bin/env python3
"""Build the pages of batch para25 (莆田市人民政府门户网站, 县区动态) byte for byte.

Source (see ../paragraph/SOURCES.md, para25 section, and SPLIT.md here): repository
changwu/putian-policy-opening-html at commit SNAPSHOT, files putian_gov/zwgk/ptdt/xqdt/<YYYYMM>/<doc>/page.txt (the
crawler's text of the site's item page: header fields 标题/发布时间/文号/发布机构/栏目/原始链接, an optional
`附件与图片链接:` block, then `正文:` and one paragraph a line). The source files are not kept here (no licence
stated). `records.json` holds, for every item used, its path, the file's length in characters as the stored-text
reader reported it, and the lines this script lays out. With local copies of the files (--src DIR, DIR holding either
the repository's tree or flat <doc>.txt files) the records are re-extracted with `extract()` and compared.

How an item becomes lines (extract): the value of `标题:`; the lines `发布时间: …` and `发布机构: …` as the file gives
them; every line after `正文:` (ends stripped, empty lines dropped). `文号:` (empty for these items), `栏目:` (the list
name, the same for all), `原始链接:` and the `附件与图片链接:` block (image addresses) are not printed.

Usage: python3 build.py [--check] [--list] [--src DIR]
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'paragraph')
RECORDS = os.path.join(HERE, 'records.json')
SNAPSHOT = '636d1015048ef9a2e1509b341cddf9839d18edf6'

# name: (document numbers in page order, blank-line style, encoding, newline) -- fixed in SPLIT.md
PAGES = {
    'putian-xqdt-202208-p1': ([1743222, 1743824, 1743848, 1744232, 1744234, 1744248, 1744276, 1744809],
                              'none', 'utf-8', '\n'),
    'putian-xqdt-202208-p2': ([1745518, 1745532, 1745533, 1745534, 1745884, 1745889, 1746103, 1746242],
                              'none', 'gbk', '\r\n'),
    'putian-xqdt-202208-p3': ([1746243, 1746488, 1746515, 1746738, 1746746, 1746761, 1746767, 1746816],
                              'all', 'utf-8', '\n'),
}


def extract(text):
    head, body = text.split('\n正文:\n', 1)
    fields = {}
    for line in head.split('\n'):
        if ': ' in line and not line.startswith(' '):
            k, v = line.split(': ', 1)
            fields[k] = v
        elif line.endswith(':') and not line.startswith(' '):
            fields[line[:-1]] = ''
    assert fields.get('文号', '') == '' and fields['栏目'] == '县区动态'
    lines = [fields['标题'].strip(), '发布时间: ' + fields['发布时间'], '发布机构: ' + fields['发布机构']]
    lines += [l.strip() for l in body.split('\n') if l.strip()]
    return lines


def page_text(name, recs):
    keys, blank, enc, nl = PAGES[name]
    out = []
    for i, k in enumerate(keys):
        lines = recs[str(k)]['lines']
        if blank == 'none':
            out += lines
        elif blank == 'all':
            for l in lines:
                out += [l, '']
        elif blank == 'articles':
            if i:
                out.append('')
            out += lines
    while out and out[-1] == '':
        out.pop()
    return nl.join(out) + nl


def page_bytes(name, recs):
    enc = PAGES[name][2]
    text = page_text(name, recs)
    data = text.encode(enc)
    assert data.decode(enc) == text
    return data


def main():
    args = sys.argv[1:]
    recs = json.load(open(RECORDS, encoding='utf-8'))
    bad = 0
    if '--src' in args:
        src = args[args.index('--src') + 1]
        for k, v in recs.items():
            p = os.path.join(src, v['path'])
            if not os.path.exists(p):
                p = os.path.join(src, k + '.txt')
            t = open(p, encoding='utf-8').read()
            if len(t.rstrip('\n')) != v['chars']:
                print('LENGTH DIFFERS', k); bad += 1
            if extract(t) != v['lines']:
                print('RECORD DIFFERS', k); bad += 1
        print('records checked against', src)
    for name in sorted(PAGES):
        path = os.path.join(OUT, name + '.txt')
        if '--list' in args:
            print('=' * 20, name)
            for i, l in enumerate(page_text(name, recs).replace('\r\n', '\n').split('\n')[:-1], 1):
                print(f'{i:4d} {l}')
            continue
        data = page_bytes(name, recs)
        if '--check' in args:
            if not os.path.exists(path) or open(path, 'rb').read() != data:
                print('DIFFERS', path); bad += 1
            else:
                print('ok', name, len(data), 'bytes')
        else:
            open(path, 'wb').write(data)
            print('wrote', path, len(data), 'bytes')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
