#!/usr/bin/env python3
"""Rebuild every page of the eleventh paragraph batch (海南日报, 2026-07-23), byte for byte.

Usage: python3 tools-para11/build.py            (writes paragraph/hnrb-*.txt)
       python3 tools-para11/build.py --check    (writes nothing; exit 1 if a byte would change)
       OUT_DIR=<dir> SRC_DIR=<dir> python3 tools-para11/build.py

Python 3 standard library only. The one source file is not kept in this repository (its repository states
no licence). Fetch it into src/ (or point SRC_DIR at the folder holding it):

    git clone https://github.com/karry1155/hndaily-web && cd hndaily-web
    git cat-file -p 51f0fbfc388fedd67df3c44a2d6c9c61123d1764:data/runs/hnhot-v4.3/source/2026-07-23.json \
        > <SRC_DIR>/karry1155-hndaily-web__data_runs_hnhot-v4.3_source_2026-07-23.json
    (blob 9cae8c42fc5f38e6443c7473c28bcbbc1873a036, 137,733 bytes; the same blob at HEAD 486578f…)

The file is the repository's own crawl (scripts/crawler.py) of one whole issue of 海南日报 (news.hndaily.cn):
pages[] in page order, each with page ('001'), page_name ('头版') and articles[] in the order of the
e-paper page's article list (seq 1, 2, …), each article with title (the <founder-title> element, its <br>
breaks kept as '\n'), author (<founder-author>, or a byline the crawler took from the text) and content
(paragraphs joined by a blank line). What is done to them, and nothing else:
  - a page = every article of one page, in seq order (the e-paper's order; no position on the page is given);
  - each article: its title lines, one per line; then, only when the author field names someone whom the
    content does not name (see needs_author_line), the author field on a line of its own, as given; then the
    content paragraphs, one per line (a paragraph never holds a line break, none is empty);
  - 'indent' pages put a full-width indent U+3000 U+3000 before every content line (not before title and
    author lines);
  - 'banner' pages get an added first line made from the issue's fields:
    `海南日报 2026年7月23日 第004版 民生新闻`;
  - encodings and line ends as listed; every page ends with a line end.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.environ.get('OUT_DIR') or os.path.join(ROOT, 'paragraph')
SRC = os.environ.get('SRC_DIR') or os.path.join(HERE, 'src')
SOURCE = 'karry1155-hndaily-web__data_runs_hnhot-v4.3_source_2026-07-23.json'

# The form of each page was fixed before any page or gold was written.
PAGES = {
    'hnrb-2026-07-23-p01': dict(page='001', banner=True, indent=False, enc='utf-8', nl='\n'),
    'hnrb-2026-07-23-p02': dict(page='002', banner=False, indent=True, enc='gb18030', nl='\r\n'),
    'hnrb-2026-07-23-p03': dict(page='003', banner=False, indent=True, enc='utf-8', nl='\n'),
    'hnrb-2026-07-23-p04': dict(page='004', banner=True, indent=False, enc='utf-8', nl='\r\n'),
    'hnrb-2026-07-23-p05': dict(page='005', banner=False, indent=False, enc='utf-8', nl='\n'),
    'hnrb-2026-07-23-p06': dict(page='006', banner=True, indent=True, enc='gb18030', nl='\r\n'),
    'hnrb-2026-07-23-p07': dict(page='007', banner=False, indent=False, enc='utf-8', nl='\n'),
    'hnrb-2026-07-23-p08': dict(page='008', banner=False, indent=False, enc='gb18030', nl='\r\n'),
}

ROLE = re.compile(r'文/|图/|海南日报全媒体记者|新华社记者|记者|通讯员|实习生|摄')


def names(author):
    """The person names of an author field: role words (文/, 图/, 海南日报全媒体记者, 新华社记者, 记者, 通讯员,
    实习生, 摄) taken out, the rest split at white space."""
    return [n for n in ROLE.sub(' ', author).split() if n]


def needs_author_line(article):
    """True when the author field names someone the content never names (a lead `本报讯（海南日报全媒体记者X）`,
    a closing `（新华社北京7月22日电 记者X）` or a credit `文/… 图/…` already prints the names)."""
    return any(n not in article['content'] for n in names(article['author']))


def page_lines(issue, form):
    page = next(p for p in issue['pages'] if p['page'] == form['page'])
    lines = []
    if form['banner']:
        y, m, d = issue['date'].split('-')
        lines.append('%s %d年%d月%d日 第%s版 %s' % (issue['source'], int(y), int(m), int(d), page['page'],
                                                  page['page_name']))
    for art in sorted(page['articles'], key=lambda a: a['seq']):
        head = art['title'].split('\n')
        assert all(h and h == h.strip() for h in head)
        lines.extend(head)
        if needs_author_line(art):
            lines.append(art['author'])
        paras = art['content'].split('\n\n')
        for para in paras:
            assert para and para == para.strip() and '\n' not in para
            lines.append(('\u3000\u3000' if form['indent'] else '') + para)
    return lines


def render(issue, form):
    text = form['nl'].join(page_lines(issue, form)) + form['nl']
    return text.encode(form['enc'])


def main():
    check = '--check' in sys.argv[1:]
    path = os.path.join(SRC, SOURCE)
    if not os.path.exists(path):
        sys.exit('source missing: %s (see the docstring for how to fetch it)' % path)
    with open(path, encoding='utf-8') as f:
        issue = json.load(f)
    bad = 0
    for name, form in PAGES.items():
        data = render(issue, form)
        target = os.path.join(OUT, name + '.txt')
        if check:
            try:
                with open(target, 'rb') as f:
                    same = f.read() == data
            except FileNotFoundError:
                same = False
            print(('ok   ' if same else 'DIFF ') + name)
            bad += not same
        else:
            os.makedirs(OUT, exist_ok=True)
            with open(target, 'wb') as f:
                f.write(data)
            print('wrote %s (%d bytes)' % (name, len(data)))
    if bad:
        sys.exit(1)


if __name__ == '__main__':
    main()
