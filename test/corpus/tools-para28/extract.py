#!/usr/bin/env python3
"""Make records.json (next to this file) from the stored record files of leeperfect/PeopleDailyMaterial.

Usage: python3 test/corpus/tools-para28/extract.py DIR

DIR holds the record files as read with the code index's read_file, one file per record, named
<content_id>.md (the repository's files are not committed here: no licence is stated; see NOTES.md).
pages.json (next to this file) lists, per page, the records (content id, file name in the page's
folder, the stored file's total_chars) and the judgement calls the record structure does not settle.

Checks, per record: the copy's length equals the stored file's total_chars (less `front_matter_extra`
where the stored front matter holds characters the copy lacks; see pages.json), the front matter's
source_url ends in content_<id>.html, the `>` line ends with the 《人民日报》（…第 NN 版） tail of the
page, and content ids rise in page order. Parsing as the ninth-session batch did: `### ` kicker,
`# ` headline, `## ` subtitle, `> 系列：` series, `> … 《人民日报》（…）` author part, every other
non-empty line a paragraph (as given, `**` kept).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
COMMITS = {'2025-01-14': '4ab7bc674e366ab22b33fdcf0969fbb6dc9fc48b',
           '2025-02-11': '4ab7bc674e366ab22b33fdcf0969fbb6dc9fc48b',
           '2025-06-03': '0e14f1cab814a62b80b6e8fd26f4db8cddd03540'}


def parse(text, cid, page):
    assert text.startswith('---\n')
    end = text.index('\n---\n', 4)
    front, body = text[4:end], text[end + 5:]
    fm = dict(line.split(': ', 1) for line in front.split('\n'))
    assert fm['source_url'].strip('"').endswith(f'content_{cid}.html'), cid
    assert fm['section'].strip('"') == f"第{page['page']:02d}版", cid
    rec = dict(content_id=int(cid), source_url=fm['source_url'].strip('"'),
               section=fm['section'].strip('"'), section_name=fm['section_name'].strip('"'),
               kicker=[], headline=None, subtitle=[], series=None, author=None, paragraphs=[])
    tail = re.compile(r'《人民日报》（\d{4}年\d\d月\d\d日第 \d\d 版）$')
    for line in body.split('\n'):
        if not line.strip():
            continue
        if line.startswith('### '):
            rec['kicker'].append(line[4:])
        elif line.startswith('## '):
            rec['subtitle'].append(line[3:])
        elif line.startswith('# '):
            assert rec['headline'] is None, cid
            rec['headline'] = line[2:]
        elif line.startswith('> 系列：'):
            rec['series'] = line[len('> 系列：'):]
        elif line.startswith('> ') and tail.search(line):
            assert not rec['paragraphs'], cid
            rec['author'] = tail.sub('', line[2:]) or None
        else:
            assert not line.startswith(('#', '>')), (cid, line)
            rec['paragraphs'].append(line)
    assert rec['headline'], cid
    return rec


def main():
    src = sys.argv[1]
    plan = json.load(open(os.path.join(HERE, 'pages.json'), encoding='utf-8'))
    out = dict(repository=plan['repository'], licence=plan['licence'],
               about='Records of leeperfect/PeopleDailyMaterial as read (read_file at the commit find_files gives), '
                     'parsed by extract.py: kicker (### lines), headline (# line), subtitle (## lines), series, author '
                     '(the part of the > line before 《人民日报》（…）; null when empty), paragraphs (all other non-empty '
                     'lines, in order, as given), gold (judgement calls the record structure does not settle).',
               pages=[])
    for page in plan['pages']:
        p = {k: v for k, v in page.items() if k != 'records'}
        p['records'] = []
        last = 0
        for entry in page['records']:
            cid, fname, total = entry[:3]
            gold = entry[3] if len(entry) > 3 else {}
            text = open(os.path.join(src, cid + '.md'), encoding='utf-8').read()
            assert len(text) == total - gold.get('front_matter_extra', 0), (cid, len(text), total)
            rec = parse(text, cid, page)
            assert rec['content_id'] > last, cid
            last = rec['content_id']
            rec = dict(path=f"{page['folder']}/{fname}", commit=COMMITS[page['date']], total_chars=total, **rec)
            if gold:
                rec['gold'] = gold
            p['records'].append(rec)
        out['pages'].append(p)
    with open(os.path.join(HERE, 'records.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(sum(len(p['records']) for p in out['pages']), 'records in', len(out['pages']), 'pages')


if __name__ == '__main__':
    main()
