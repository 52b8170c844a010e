import sys, os, json
sys.path.insert(0, os.path.dirname(__file__))
from build import name
OUT = os.environ.get('OUT_DIR', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'paragraph'))
SPLIT = ['dev','dev','test','dev','dev','test','dev','dev','test','dev','dev','test']
ORDER = ['0105-02','0107-06','0109-01','0110-04','0112-10','0114-12','0117-05','0120-03','0122-06','0126-12','0127-08','0129-04']
A, P, F, H = 'article', 'photo-caption', 'furniture', 'page-header'
G = {}
# unit: (kind, title, titleLines, byline, lines); title: int = whole rendered line n, str, or None
G['0105-02'] = [
 (A, 1, [[1,2]], '本报记者赵志文', [[3,9]]),
 (A, 10, [[10,12]], None, [[13,15]]),
 (A, 16, [[16,16]], '记者江世杰', [[17,20]]),
 (P, 21, [[21,21]], None, [[22,22]]),
 (A, 23, [[23,23]], '记者江世杰', [[24,26]]),
 (A, 27, [[27,27]], '记者施明慎', [[28,29]]),
 (A, 30, [[30,30]], '记者李建兴', [[31,33]]),
 (A, 34, [[34,34]], None, [[35,37]]),
 (A, 38, [[38,38]], '记者周泓洋', [[39,40]]),
]
G['0107-06'] = [
 (A, 1, [[1,2]], '本报驻俄罗斯记者刘刚', [[3,8]]),
 (A, 9, [[9,9]], None, [[10,12]]),
 (A, 13, [[13,13]], '记者侯鹤祥', [[14,17]]),
 (A, 18, [[18,18]], None, [[19,21]]),
 (A, 22, [[22,22]], '记者戚德良、戴巍', [[23,28]]),
 (A, 29, [[29,29]], '记者丁子', [[30,35]]),
 (A, 36, [[36,36]], '记者江亚平', [[37,40]]),
]

G['0109-01'] = [
 (A, 1, [[1,2]], '本报评论员', [[3,6]]),
 (A, 7, [[7,8]], '本报记者曹照琴谢国明王尧', [[9,44]]),
]
G['0110-04'] = [
 (A, 1, [[1,1]], '记者王霞光', [[2,4]]),
 (A, 5, [[5,5]], '张琢', [[6,8]]),
 (A, 9, [[9,9]], '记者许立群', [[10,12]]),
 (A, 13, [[13,14]], '本报记者许立群', [[15,23]]),
 (A, 24, [[24,24]], '杜葵', [[25,27]]),
 (A, 28, [[28,28]], '张庆', [[29,32]]),
 (H, None, [[33,33]], None, []),
 (P, None, [], None, [[34,35]]),
 (A, 36, [[36,37]], '汪大昭', [[38,40]]),
 (A, None, [], None, [[41,41]]),
 (A, None, [], '刘勇', [[42,42]]),
 (A, None, [], None, [[43,43]]),
]
G['0112-10'] = [
 (A, 1, [[1,2]], '阎涛', [[3,18]]),
 (A, 19, [[19,20]], '李琨', [[21,22]]),
 (F, 23, [[23,23]], None, [[24,24]]),
 (A, 25, [[25,26]], '上海证券交易所总经理屠光绍', [[27,28]]),
]
G['0114-12'] = [
 (A, 1, [[1,5]], '小辉', [[6,18]]),
 (A, 19, [[19,19]], None, [[20,43]]),
 (A, 44, [[44,44]], '国内政治部', [[45,52]]),
 (H, None, [[53,53]], None, []),
 (P, None, [], None, [[54,54]]),
 (P, None, [], None, [[55,56]]),
]
G['0117-05'] = [
 (A, 1, [[1,2]], '钱津', [[3,19]]),
 (A, 20, [[20,21]], '李小兵', [[22,32]]),
]
G['0120-03'] = [
 (A, 1, [[1,1]], None, [[2,6]]),
 (A, 7, [[7,7]], None, [[8,16]]),
 (A, 17, [[17,18]], '本报记者唐维红', [[19,25]]),
 (A, 26, [[26,26]], '周宝华', [[27,27]]),
 (A, 28, [[28,28]], '彭天增赵庭智', [[29,31]]),
]
G['0122-06'] = [
 (A, 1, [[1,2]], '本报驻俄罗斯记者刘刚', [[3,11]]),
 (A, 12, [[12,13]], '记者李云飞', [[14,25]]),
 (A, 26, [[26,27]], '本报记者严正孙勇军', [[28,34]]),
 (H, None, [[35,35]], None, []),
 (P, None, [], None, [[36,36]]),
 (P, None, [], None, [[37,37]]),
]
G['0126-12'] = [
 (A, 1, [[1,3]], None, [[4,20]]),
 (A, 21, [[21,21]], None, [[22,27]]),
 (A, 28, [[28,28]], None, [[29,42]]),
]
G['0127-08'] = [
 (A, 1, [[1,1]], '记者石圭平', [[2,4]]),
 (A, 5, [[5,5]], '记者李晓玲', [[6,11]]),
 (A, 12, [[12,13]], '悠棠', [[14,18]]),
 (A, 19, [[19,19]], '林峰', [[20,22]]),
 (P, 23, [[23,23]], None, [[24,27]]),
 (A, 28, [[28,28]], None, [[29,29]]),
 (A, 30, [[30,31]], '翟凤岗', [[32,35]]),
 (A, 36, [[36,36]], '记者马云亮', [[37,40]]),
 (A, 41, [[41,41]], '记者黄会清', [[42,44]]),
]
G['0129-04'] = [
 (A, 1, [[1,2]], '马维平', [[3,6]]),
 (A, 7, [[7,7]], '钱荣友', [[8,11]]),
 (A, 12, [[12,13]], '刘红', [[14,19]]),
]
def q(s):
    return 'null' if s is None else json.dumps(s, ensure_ascii=False)
def write(prefix):
    i = ORDER.index(prefix)
    fn = name(prefix) + '.txt'
    raw = open(os.path.join(OUT, fn), 'rb').read()
    text = raw.decode('gbk') if b'\r\n' in raw else raw.decode('utf-8')
    lines = text.replace('\r\n', '\n').split('\n')[:-1]
    flat = ''.join(''.join(lines).split())
    covered = []
    out = [f'source: {fn}', 'family: paragraph', 'format: paragraph-lines', f'split: {SPLIT[i]}', 'synthetic: false', 'units:']
    for kind, title, tl, by, ls in G[prefix]:
        if isinstance(title, int):
            title = lines[title-1]
        if title is not None:
            assert ''.join(title.split()) in flat, title
        if by is not None:
            assert ''.join(by.split()) in flat, by
        for a, b in tl + ls:
            assert 1 <= a <= b <= len(lines)
            covered += list(range(a, b+1))
        out += [f'  - kind: {kind}', f'    title: {q(title)}', f'    titleLines: {json.dumps(tl)}', f'    byline: {q(by)}', f'    lines: {json.dumps(ls)}']
    assert sorted(covered) == list(range(1, len(lines)+1)), ('coverage', prefix, sorted(set(range(1,len(lines)+1))-set(covered)), [x for x in covered if covered.count(x)>1])
    open(os.path.join(OUT, name(prefix) + '.gold.yaml'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print('wrote', name(prefix), len(G[prefix]), 'units', SPLIT[i])
if __name__ == '__main__':
    for p in (sys.argv[1:] or [p for p in ORDER if p in G]):
        write(p)
