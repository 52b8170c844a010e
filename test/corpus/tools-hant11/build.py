#!/usr/bin/env python3
"""Rebuild the eleventh Traditional batch's pages byte for byte from the source files in src/.

src/ is not kept in this repository (the pages are the parts of the sources used): fetch each source file named
below at its commit into src/ to rebuild. Pages are written to ../traditional/.

Usage: python3 build.py           write pages/<page>
       python3 build.py --check   compare with the files on disk (exit 1 on any difference)
       python3 build.py --list    print each page numbered (for reading the gold against it)
       python3 build.py --records print, per page, the line range of every record (title line, byline line, body)

Sources (full files, exactly as stored in the repositories; see NOTES.md for commits and blob ids):
  src/raileo98+testing/hk_inmedia.morss.rss@<commit>   獨立媒體 inmediahk.net feed (full text via morss), RSS 2.0
  src/raileo98+test2/mo_tdm.xml@<commit>               澳門電台 TDM news feed, Atom
  src/shengyenlin+…/news2.json@<commit>                中國時報 print articles (scrapy crawl of kmw.chinatimes.com), JSON array

How a record becomes lines (nothing else is changed; no text is moved or edited):
  inmedia  the item's <title> (white space stripped at its ends); then, from the item's <description>, the
           article body (the `field-name-body` field only: the taxonomy fields 內容/自由標籤/版權 and the lead
           picture are site furniture, not text): every <p> in order, cut at <br />; in each piece the <img>
           is dropped, all other tags are removed keeping their text (link text, <em> captions, <strong> subheads,
           the <font> lead 【獨媒報導】), entities are decoded, U+00A0 becomes a space, ends are stripped; empty
           pieces (a picture without caption) give no line.
  tdm      the entry's <title>; then every <p> of <content>, cut at <br />, tags removed, entities decoded,
           U+00A0 a space, ends stripped, empty pieces dropped.
  kmw      the record's `title`; then its `author` (the print byline, 【X／Y報導】, as the field has it);
           then each `\n`-separated paragraph of `content`, either with the source's two-space paragraph indent
           kept (indent=True) or stripped at its ends.
Page: the records' lines in the order listed in PAGES, joined by "\n", ending in "\n"; `blank` says where empty
lines go: 'none', 'all' (an empty line after every line), 'articles' (one empty line between two records).
"""
import hashlib, html, json, os, re, sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = os.path.join(os.path.dirname(HERE), 'traditional')

INM = 'raileo98+testing/hk_inmedia.morss.rss@'
TDM = 'raileo98+test2/mo_tdm.xml@c17242406962560adf4f6181da0657932ec09a1c'
KMW = 'shengyenlin+Introduction-to-information-retrieval-and-text-mining-Final-Fall-2020/news2.json@111a6d80cdeed9f52df55ccfc9561b0e252f5d71'

C_0425_A = '9741528ac77d06130e6f4dd89b174bd644e77491'
C_0425_B = 'ebf3000902d7022f686e9a3b757b8a5c1a930b29'
C_0425_C = '1e6481effe3eb7dfd1f81007d6cef7adbe10f140'
C_0425_D = 'c892af03869104b162150967f87c7c981bf71899'
C_0508_A = '3c6248448a3c29b55d27b5edb50edfabca75df46'
C_0508_B = '7d3099829253f4ae68d4b0d76274af42f736abd6'
C_0508_C = '541e22d8b28e28ccdfe9b559a834d1a0ae0b6fc4'
C_0508_D = 'a8c9a6efba491d13c84b6c0040b7a6776e8c8237'

PAGES = [
    {'page': 'hk-inmedia-2024-04-25-news.txt', 'encoding': 'utf-8', 'blank': 'none', 'records': [
        ('inmedia', INM + C_0425_A, '牙科街症派籌五年間勁跌一半 由4萬減至2萬'),
        ('inmedia', INM + C_0425_A, '肌健會指復康巴士難預約 醫院線站站停車程長'),
        ('inmedia', INM + C_0425_B, '東鐵昨壞道岔 張欣宇：全日未能修復罕見'),
        ('inmedia', INM + C_0425_C, '舞台劇獎頒獎禮下周自資舉行 劇協：合大家之力'),
        ('inmedia', INM + C_0425_C, '有店家推真「盲盒壽司」 老闆：大家開心'),
        ('inmedia', INM + C_0425_C, '九巴推55元「旅客日票」涉逾450條路線 稱能對香港留下好印象'),
        ('inmedia', INM + C_0425_D, '「大嘥鬼」稱Donki可用膠盒 江玉歡促舉行記者會解釋'),
        ('inmedia', INM + C_0425_D, '代購公司Choco Cloud Kids突結業 海關收451宗投訴拘兩前董事'),
    ]},
    {'page': 'hk-inmedia-2024-05-08-local.txt', 'encoding': 'utf-8', 'blank': 'all', 'records': [
        ('inmedia', INM + C_0508_A, '將軍澳打卡位「乖巧寶寶」立像展出至2025年初 造價13萬'),
        ('inmedia', INM + C_0508_A, '有議員批花墟樓齡較新樓宇反被納入重建 市建局：地積比已盡、待城規會決定'),
        ('inmedia', INM + C_0508_A, '擬修消防安全例阻礙法團列違法 保安局：僅針對「冥頑不靈」的業主'),
        ('inmedia', INM + C_0508_B, '袁彌昌撰文指政府「諂媚式」迎合低消費遊客  楊潤雄不點名批屬謬論'),
        ('inmedia', INM + C_0508_C, '議員關注交通督導員流失率高  警務處：去年已作招聘'),
        ('inmedia', INM + C_0508_C, '房委會公屋商場空置率達2.93%  深水埗成重災區'),
        ('inmedia', INM + C_0508_D, '古洞北擬7.88億建4層新街市 地下及一樓攤檔面向外圍稱增「興旺度」'),
    ]},
    {'page': 'mo-tdm-2024-10-22-local.txt', 'encoding': 'utf-8-bom', 'blank': 'none', 'records': [
        ('tdm', TDM, '1021887'), ('tdm', TDM, '1021904'), ('tdm', TDM, '1021923'), ('tdm', TDM, '1021938'),
        ('tdm', TDM, '1021968'), ('tdm', TDM, '1021971'), ('tdm', TDM, '1021981'), ('tdm', TDM, '1022019'),
        ('tdm', TDM, '1022023'), ('tdm', TDM, '1022094'),
    ]},
    {'page': 'mo-tdm-2024-10-25-local.txt', 'encoding': 'big5hkscs', 'blank': 'articles', 'records': [
        ('tdm', TDM, '1022847'), ('tdm', TDM, '1022850'), ('tdm', TDM, '1022877'), ('tdm', TDM, '1022880'),
        ('tdm', TDM, '1022907'), ('tdm', TDM, '1022910'), ('tdm', TDM, '1022916'), ('tdm', TDM, '1023006'),
        ('tdm', TDM, '1023012'), ('tdm', TDM, '1023189'),
    ]},
    {'page': 'tw-chinatimes-2018-12-28-print.txt', 'encoding': 'utf-8', 'blank': 'none', 'indent': True, 'records': [
        ('kmw', KMW, 45), ('kmw', KMW, 47), ('kmw', KMW, 49), ('kmw', KMW, 50), ('kmw', KMW, 58), ('kmw', KMW, 64),
        ('kmw', KMW, 98),
    ]},
    {'page': 'tw-chinatimes-2018-12-31-kaohsiung.txt', 'encoding': 'utf-8', 'blank': 'all', 'records': [
        ('kmw', KMW, 11), ('kmw', KMW, 61), ('kmw', KMW, 66), ('kmw', KMW, 68), ('kmw', KMW, 70), ('kmw', KMW, 72),
    ]},
]

BR = re.compile(r'<br\s*/?>', re.I)
P = re.compile(r'<p\b[^>]*>(.*?)</p>', re.S)


def text_pieces(inner):
    """Lines of one <p>: cut at <br />, picture dropped, tags removed (their text kept)."""
    out = []
    for seg in BR.split(inner):
        s = re.sub(r'<img\b[^>]*>', '', seg)
        s = re.sub(r'<[^>]+>', '', s)
        s = html.unescape(s).replace('\xa0', ' ').strip()
        if s:
            out.append(s)
    return out


def p_lines(fragment):
    rest = P.sub('', fragment)
    assert not re.sub(r'<br\s*/?>|&nbsp;', '', rest).strip(), 'text outside <p>: %r' % rest[:200]
    lines = []
    for inner in P.findall(fragment):
        assert '<p' not in inner, inner[:100]
        lines += text_pieces(inner)
    return lines


_cache = {}


def load(path):
    if path not in _cache:
        _cache[path] = open(os.path.join(SRC, path), 'rb').read()
    return _cache[path]


def inmedia_record(path, title):
    root = ET.fromstring(load(path))
    items = [it for it in root.iter('item') if it.findtext('title').strip() == title]
    assert len(items) == 1, (path, title)
    desc = items[0].findtext('description')
    m = re.search(r'<div class="field field-name-body[^"]*"><div class="field-items"><div class="field-item even">(.*?)'
                  r'</div></div></div>', desc, re.S)
    assert m, title
    return [title] + p_lines(m.group(1)), {'title_lines': 1, 'byline_lines': 0}


def tdm_record(path, entry_id):
    ns = {'a': 'http://www.w3.org/2005/Atom'}
    root = ET.fromstring(load(path))
    es = [e for e in root.findall('a:entry', ns) if e.find('a:id', ns).text == entry_id]
    assert len(es) == 1, entry_id
    title = es[0].find('a:title', ns).text.strip()
    return [title] + p_lines(es[0].find('a:content', ns).text), {'title_lines': 1, 'byline_lines': 0}


def kmw_record(path, index, indent):
    rec = json.loads(load(path).decode('utf-8'))[index]
    paras = rec['content'].split('\n')
    assert all(p.strip() for p in paras), index
    body = [p.rstrip() if indent else p.strip() for p in paras]
    return [rec['title'].strip(), rec['author'].strip()] + body, {'title_lines': 1, 'byline_lines': 1}


def record(spec, page):
    kind, path, key = spec
    if kind == 'inmedia':
        return inmedia_record(path, key)
    if kind == 'tdm':
        return tdm_record(path, key)
    return kmw_record(path, key, page.get('indent', False))


def layout(page):
    """Page text and, per record, its (first, last) line numbers of title, byline and body."""
    out, spans = [], []
    for i, spec in enumerate(page['records']):
        lines, info = record(spec, page)
        if i and page['blank'] == 'articles':
            out.append('')
        start = len(out) + 1
        nums = []
        for l in lines:
            out.append(l)
            nums.append(len(out))
            if page['blank'] == 'all':
                out.append('')
        t, b = info['title_lines'], info['byline_lines']
        spans.append({'spec': spec, 'lines': lines, 'nums': nums, 'title': nums[:t], 'byline': nums[t:t + b],
                      'body': nums[t + b:]})
    text = '\n'.join(out) + '\n'
    return text, spans


def encode(page, text):
    enc = page['encoding']
    if enc == 'utf-8-bom':
        return b'\xef\xbb\xbf' + text.encode('utf-8')
    b = text.encode(enc)
    assert b.decode(enc) == text, page['page']
    return b


def main():
    bad = 0
    for page in PAGES:
        text, spans = layout(page)
        b = encode(page, text)
        path = os.path.join(OUT, page['page'])
        if '--check' in sys.argv:
            ok = os.path.exists(path) and open(path, 'rb').read() == b
            bad += not ok
            print(('ok   ' if ok else 'DIFF ') + page['page'], len(b), hashlib.sha1(b).hexdigest()[:12])
        elif '--list' in sys.argv:
            print('#####', page['page'])
            for n, l in enumerate(text.split('\n'), 1):
                if l:
                    print(f'{n:4d} {l}')
        elif '--records' in sys.argv:
            print('#####', page['page'])
            for s in spans:
                print(s['spec'][2], 'title', s['title'], 'byline', s['byline'], 'body', s['body'][0], '-', s['body'][-1])
        else:
            open(path, 'wb').write(b)
            print('wrote', page['page'], len(b))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
