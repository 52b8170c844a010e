#!/usr/bin/env python3
"""Rebuild every page of the tenth paragraph batch (解放日报, May–June 2022), byte for byte, from src/.

Usage: python3 tools-para10/build.py            (writes paragraph/<name>.txt)
       python3 tools-para10/build.py --check    (writes nothing; exit 1 if a file would change)
       OUT_DIR=<dir> python3 tools-para10/build.py   (writes elsewhere)

Python 3 standard library only. src/<page>.json holds the CSV records of one issue date and one page
number (banHao), copied unchanged by extract_sources.py from shenxingy/Chinese_newspaper_crawler,
Sample_Datasets/CNKI.csv (a CNKI full-text crawl; fields Title, Author, banHao, Date, Contents, …).
What is done to them, and nothing else:
  - records are written in the order the CSV file gives them (the crawler's order, not a print order:
    the CSV has no position on the page);
  - each record: the Title cell on one line; then, when the Author cell names people (not `NA;`) and
    none of those names occurs in the record's text, one author line: the names of the Author cell
    (`毛锦伟;栗思;郑朕;唐乙隽;`) with the separating `;` written as a space and the closing `;` dropped;
    then the Contents cell, whose paragraphs the crawler ended with a line break each (the CNKI
    reader's `p1` / `anchor-tag` elements), one per line; the cell's final line break is the last
    paragraph's end, not an empty paragraph;
  - 'indent' pages put a full-width indent `　　` before every Contents line (as e-paper copies often
    do), not before the title and author lines;
  - 'banner' pages get an added first line made from the date and page number:
    `解放日报 2022年5月27日 第1版` (the paper's name is not in the CSV; see SOURCES.md);
  - encodings and line ends as listed (GB18030 pages are the same text, which is all in GBK).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.environ.get('OUT_DIR') or os.path.join(ROOT, 'paragraph')

# The form of each page was fixed before any page or gold was written.
PAGES = {
    'jfrb-2022-05-27-p01': dict(banner=True, indent=False, enc='utf-8', nl='\n'),
    'jfrb-2022-05-28-p01': dict(banner=False, indent=True, enc='gb18030', nl='\r\n'),
    'jfrb-2022-05-28-p02': dict(banner=False, indent=False, enc='utf-8', nl='\n'),
    'jfrb-2022-05-30-p01': dict(banner=True, indent=True, enc='utf-8', nl='\r\n'),
    'jfrb-2022-05-31-p01': dict(banner=False, indent=False, enc='gb18030', nl='\r\n'),
    'jfrb-2022-05-31-p02': dict(banner=True, indent=False, enc='utf-8', nl='\n'),
    'jfrb-2022-06-01-p01': dict(banner=False, indent=True, enc='utf-8', nl='\n'),
    'jfrb-2022-06-01-p02': dict(banner=True, indent=False, enc='gb18030', nl='\r\n'),
    # second group (one or two long stories with subheads and pull-quotes)
    'jfrb-2022-04-13-p06': dict(banner=True, indent=False, enc='utf-8', nl='\n'),
    'jfrb-2022-05-29-p01': dict(banner=False, indent=True, enc='utf-8', nl='\n'),
    'jfrb-2022-06-01-p07': dict(banner=True, indent=False, enc='gb18030', nl='\r\n'),
}


def author_line(fields):
    names = [n for n in fields['Author'].split(';') if n.strip()]
    if not names or names == ['NA']:
        return None
    if any(n in fields['Contents'] for n in names):
        return None
    return ' '.join(names)


def render(name, form):
    with open(os.path.join(HERE, 'src', name + '.json'), encoding='utf-8') as f:
        doc = json.load(f)
    lines = []
    if form['banner']:
        y, m, d = doc['date'].split('-')
        lines.append(f'解放日报 {int(y)}年{int(m)}月{int(d)}日 第{doc["banHao"]}版')
    for rec in doc['records']:
        fields = rec['fields']
        lines.append(fields['Title'])
        a = author_line(fields)
        if a:
            lines.append(a)
        body = fields['Contents']
        assert body.endswith('\n'), name
        for para in body[:-1].split('\n'):
            assert para.strip(), (name, rec['record'])
            lines.append(('\u3000\u3000' if form['indent'] else '') + para)
    text = form['nl'].join(lines) + form['nl']
    data = text.encode(form['enc'])
    assert data.decode(form['enc']) == text
    if form['enc'] != 'utf-8':
        text.encode('gbk')  # every character is also in GBK
    return data


def main():
    check = '--check' in sys.argv
    changed = []
    if not check:
        os.makedirs(OUT, exist_ok=True)
    for name, form in PAGES.items():
        data = render(name, form)
        path = os.path.join(OUT, name + '.txt')
        old = open(path, 'rb').read() if os.path.exists(path) else None
        if old != data:
            changed.append(name)
            if not check:
                with open(path, 'wb') as f:
                    f.write(data)
    if check:
        if changed:
            print('would change:', ', '.join(changed))
            sys.exit(1)
        print(f'ok: {len(PAGES)} pages rebuild byte for byte')
    else:
        print(f'wrote {len(changed)} of {len(PAGES)} pages to {OUT}')


if __name__ == '__main__':
    main()
