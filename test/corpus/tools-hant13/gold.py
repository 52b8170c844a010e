#!/usr/bin/env python3
"""Write (or, with --check, compare) the gold files <page>.gold.yaml of this batch (hant13, 三立新聞網 SETN).

Judgements (read off the numbered listings of `python3 build.py --list`, every page read line by line):
every record on these pages is one SETN news item as published: headline, the newsroom credit on its own
line (`記者X／Y報導`, `X中心／綜合報導`, `三立新聞／綜合報導`), then paragraphs, photo captions (`▲…（圖／…）`),
quotes of speakers (`董事長李聰誠：「…」`), in-article subheads (`◆工會新、舊訴求比較`, `◆不變訴求`), list
items and lottery number lines. So each record is one `article` unit:
- `titleLines`: the headline line and the standalone credit line (a head line, as `【X／Y報導】` on the
  China Times pages and `記者柳名耕／台北報導` on the ETtoday page); on the blank-line page the range spans
  the empty line between them.
- `title`: the headline line exactly; `byline`: the credit line exactly as printed.
- `lines`: every other line of the record (first body line to last), captions, quotes, subheads and the
  closing `（編輯：X）` / `（整理：實習編輯X）` credits inside the last paragraph included.
No page header, furniture, free-standing caption or fragment occurs. Line numbers come from build.py's
layout, so they always match the page; the asserts below check each record has this shape.
"""
import json, os, re, sys
import build

SPLIT = {  # fixed before any gold was written (SPLIT.md): sorted by name, odd positions dev, even test
    'tw-setn-2019-06-27.txt': 'dev',
    'tw-setn-2019-07-02.txt': 'test',
    'tw-setn-2019-07-09.txt': 'dev',
    'tw-setn-2019-07-10.txt': 'test',
    'tw-setn-2019-07-13.txt': 'dev',
    'tw-setn-2019-07-15.txt': 'test',
}
assert sorted(SPLIT) == sorted(p[0] for p in build.PAGES)
assert [SPLIT[k] for k in sorted(SPLIT)] == ['dev', 'test'] * 3

CREDIT = re.compile(r'^(記者[^／]+／[^／]+報導|[^／]{2,4}中心／綜合報導|三立新聞／綜合報導)$')


def q(s):
    return 'null' if s is None else json.dumps(s, ensure_ascii=False)


def gold_text(data, spec):
    text, spans = build.layout(data, spec)
    page_lines = text.replace('\r\n', '\n').split('\n')
    out = [f'source: {spec[0]}', 'family: traditional', 'format: paragraph-lines',
           f'split: {SPLIT[spec[0]]}', 'synthetic: false', 'units:']
    for s in spans:
        lines, nums = s['lines'], s['nums']
        title, credit = lines[0], lines[1]
        assert CREDIT.match(credit), (spec[0], s['record'], credit)
        assert page_lines[nums[0] - 1] == title and page_lines[nums[1] - 1] == credit
        assert len(lines) > 2
        out += ['  - kind: article',
                f'    title: {q(title)}',
                f'    titleLines: {json.dumps([[nums[0], nums[1]]])}',
                f'    byline: {q(credit)}',
                f'    lines: {json.dumps([[nums[2], nums[-1]]])}']
    return '\n'.join(out) + '\n'


def main():
    data = build.load()
    bad = 0
    for spec in build.PAGES:
        g = gold_text(data, spec)
        path = os.path.join(build.OUT, spec[0][:-4] + '.gold.yaml')
        if '--check' in sys.argv:
            ok = os.path.exists(path) and open(path, encoding='utf-8').read() == g
            bad += not ok
            print(('ok   ' if ok else 'DIFF ') + os.path.basename(path))
        else:
            open(path, 'w', encoding='utf-8').write(g)
            print('wrote', os.path.basename(path))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
