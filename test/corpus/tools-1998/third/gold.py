import sys, os, json
sys.path.insert(0, os.path.dirname(__file__))
from build import name
OUT = os.environ.get('OUT_DIR', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'paragraph'))
SPLIT = ['dev','dev','test','dev','dev','test','dev','dev','test','dev','dev','test']
ORDER = ['0105-03','0110-03','0112-11','0114-11','0117-06','0121-07','0122-05','0127-09','0128-03','0129-03','0130-02','0131-01']
A, P, F, H = 'article', 'photo-caption', 'furniture', 'page-header'
G = {}
# unit: (kind, title, titleLines, byline, lines); title: int = whole rendered line n, str, or None
G['0105-03'] = [
 (A, 1, [[1,1]], '陆熙沈建波', [[2,7]]),
 (A, 8, [[8,9]], '本报记者王锦鹄毛磊', [[10,27]]),
 (A, 28, [[28,29]], '今哲', [[30,34]]),
]
G['0110-03'] = [
 (A, 1, [[1,1]], '记者王忠菊、诸葛仓麟', [[2,15]]),
 (A, 16, [[16,16]], '记者安江', [[17,21]]),
 (A, 22, [[22,23]], '本报驻美国记者李云飞', [[24,28]]),
 (A, 29, [[29,30]], '本报驻南非记者李新烽', [[31,33]]),
 (A, 34, [[34,35]], '新华社记者赵金川', [[36,42]]),
]
G['0112-11'] = [
 (A, 1, [[1,3]], '李峰', [[4,16]]),
 (A, 17, [[17,18]], '余方', [[19,27]]),
 (A, 28, [[28,29]], '本报记者王政', [[30,42]]),
]
G['0114-11'] = [
 (A, 1, [[1,1]], '四川泸州市胡信平', [[2,4]]),
 (A, 5, [[5,5]], '邵力平', [[6,14]]),
 (A, 15, [[15,16]], '马善记', [[17,20]]),
 (P, 21, [[21,21]], None, [[22,26]]),
]
G['0117-06'] = [
 (A, 1, [[1,3]], '纪力清', [[4,13]]),
 (A, 14, [[14,15]], '王大成', [[16,22]]),
]
G['0121-07'] = [
 (A, 1, [[1,1]], '记者陶志彭', [[2,5]]),
 (A, 6, [[6,6]], '记者陶志彭', [[7,13]]),
 (A, 14, [[14,15]], None, [[16,24]]),
 (A, 25, [[25,25]], '记者潘永明', [[26,27]]),
 (A, 28, [[28,28]], '记者谷利源', [[29,33]]),
]
G['0122-05'] = [
 (A, 1, [[1,1]], '记者卢新宁', [[2,6]]),
 (A, 7, [[7,7]], '贺文', [[8,11]]),
 (A, 12, [[12,12]], None, [[13,18]]),
 (A, 19, [[19,19]], '肖咸鸣杜文育', [[20,22]]),
 (P, 23, [[23,23]], None, [[24,24]]),
 (A, 25, [[25,25]], '记者贾西平', [[26,28]]),
]
G['0127-09'] = [
 (A, 1, [[1,2]], '本报记者罗盘', [[3,33]]),
 (A, 34, [[34,35]], '吕朝晖', [[36,45]]),
]
G['0128-03'] = [
 (A, 1, [[1,1]], '记者于青', [[2,5]]),
 (A, 6, [[6,7]], '本报驻联合国记者周德武', [[8,16]]),
 (A, 17, [[17,17]], '记者毛磊', [[18,27]]),
 (P, 28, [[28,28]], None, [[29,29]]),
 (A, 30, [[30,30]], '记者丁刚', [[31,32]]),
 (P, 33, [[33,33]], None, [[34,35]]),
]
G['0129-03'] = [
 (P, 1, [[1,1]], None, [[2,4]]),
 (A, 5, [[5,6]], None, [[7,12]]),
 (A, 13, [[13,13]], '记者符泉生', [[14,23]]),
 (A, 24, [[24,25]], '本报驻南非记者李新烽', [[26,31]]),
 (P, 32, [[32,32]], None, [[33,35]]),
 (A, 36, [[36,37]], '本报驻英国记者蒋千红', [[38,42]]),
 (A, 43, [[43,43]], '记者安江、侯嘉', [[44,50]]),
]
G['0130-02'] = [
 (A, 1, [[1,1]], '记者罗盘', [[2,4]]),
 (A, 5, [[5,6]], '胡跃平孙海涛', [[7,13]]),
 (A, 14, [[14,14]], None, [[15,17]]),
 (A, 18, [[18,19]], '本报记者段存章', [[20,29]]),
 (P, 30, [[30,30]], None, [[31,32]]),
 (A, 33, [[33,34]], '陈杰张宝丰雷世林', [[35,39]]),
 (F, 40, [[40,40]], None, [[41,42]]),
]
G['0131-01'] = [
 (A, 1, [[1,2]], '新华社记者张钊新华社通讯员刘翔谦本报记者崔士鑫', [[3,34]]),
 (A, 35, [[35,36]], '刘琮', [[37,39]]),
 (A, 40, [[40,40]], '记者萧关根、张炯强', [[41,46]]),
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
