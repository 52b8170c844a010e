#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Parser of the batch-9 records (records/*.json: 新华每日电讯 RSS items saved by extract_records.py).

New in batch 9 (batch 8's records_8.py read 都市快报's crawl text). The parsing is that of
../tools-para9/build.py's parse_mrdx (copied, not imported): the e-paper gives each head level in its own
`<font style="FONT-SIZE: …px">` block: the 23px block is the main headline, 18px blocks before it the kicker (引题),
after it the subtitle (副题); where two 23px blocks stand one after the other (2026-05-01 item 13, `高质量做好人大各项工作` /
`服务保障“十五五”良好开局`, which the RSS title joins into one headline), both are the headline's lines (this differs
from parse_mrdx, which took the second as a subtitle); a `<br/>` or `<p>` inside a block starts a new line. The body after the head table: every
`<br/>` ends a paragraph; a centred bold block (`<div align="center"><strong>…</strong></div>`) is a subhead of its
own. Text: tags removed, HTML entities decoded, a white-space run holding a line break made one space, leading and
trailing white space (the full-width indent 　　 included) removed. The site's line `（ 2026-05-01 ） 稿件来源：…` is in
the head table and is not read.

RECORDS[key] = {"kicker": [...], "title": "line\\nline", "subtitle": [...], "paras": [...], "subs": {indices}} with
key = record file name without `.json` (`2026-05-01-p02-06`). No text is changed; nothing is cut.
"""
import html, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
WS_NL = re.compile(r'[ \t\r\u3000\xa0]*\n[ \t\r\n\u3000\xa0]*')
LEAD = ' \t\r\n\u3000\xa0'


def text_of(fragment):
    t = re.sub(r'<[^>]+>', '', fragment)
    t = html.unescape(t)
    return WS_NL.sub(' ', t)


def head_lines(block):
    out = []
    for p in re.split(r'<br\s*/?>|<p>|</p>|<div>|</div>', block):
        t = text_of(p).strip(LEAD)
        if t:
            out.append(t)
    return out


def parse(desc):
    heads = re.findall(r'<font style="FONT-SIZE: (\d+)px">(.*?)</font>', desc, re.S)
    main = [i for i, (size, _) in enumerate(heads) if size == '23']
    assert main == list(range(main[0], main[-1] + 1))
    kick, title, sub = [], [], []
    for i, (size, block) in enumerate(heads):
        (kick if i < main[0] else title if i <= main[-1] else sub).extend(head_lines(block))
    m = re.search(r'</table>(.*)</body>', desc, re.S)
    body_html = m.group(1) if m else ''
    tok = re.compile(r'(?P<br><br\s*/?>)|<div align="center"><strong>(?P<sub>.*?)</strong></div>|(?P<tag><[^>]+>)|(?P<text>[^<]+)', re.S)
    paras, subs = [], set()
    cur = ''
    for mm in tok.finditer(body_html):
        if mm.group('br') is not None or (mm.group('tag') is not None and mm.group('tag').lower().startswith(('</div', '<div'))):
            t = text_of(cur).strip(LEAD)
            if t:
                paras.append(t)
            cur = ''
        elif mm.group('sub') is not None:
            t = text_of(cur).strip(LEAD)
            if t:
                paras.append(t)
            cur = ''
            subs.add(len(paras))
            paras.append(text_of(mm.group('sub')).strip(LEAD))
        elif mm.group('text') is not None:
            cur += mm.group('text')
    t = text_of(cur).strip(LEAD)
    if t:
        paras.append(t)
    return {"kicker": kick, "title": "\n".join(title), "subtitle": sub, "paras": paras, "subs": subs}


RECORDS = {}
for name in sorted(os.listdir(os.path.join(HERE, "records"))):
    if name.endswith(".json"):
        with open(os.path.join(HERE, "records", name), encoding="utf-8") as f:
            RECORDS[name[:-5]] = parse(json.load(f)["description"])

if __name__ == "__main__":
    for k, r in RECORDS.items():
        print("=====", k, "K:", r["kicker"], "T:", repr(r["title"]), "S:", r["subtitle"], "subs:", sorted(r["subs"]))
        for n, p in enumerate(r["paras"]):
            print("  %2d %4d %s" % (n, len(p), p[:60]))
