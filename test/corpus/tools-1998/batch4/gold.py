"""Gold of this batch, written by reading the rendered pages: `python3 gold.py [prefix ...]` (OUT_DIR to write elsewhere).
write_golds (lib.py) asserts that every title/byline string occurs on its page and that the units cover every line exactly once."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the shared lib.py of tools-1998
from lib import A, P, F, H, write_golds
# split rule fixed before any gold was written: build order (= date order) dev, dev, test, dev, dev, test, dev, dev, test, dev, dev, test
ORDER = ['0103-01','0106-04','0108-06','0116-08','0116-09','0119-09','0122-04','0128-01','0128-02','0129-02','0130-03','0131-02']
SPLIT = ['dev','dev','test','dev','dev','test','dev','dev','test','dev','dev','test']
G = {}
# unit: (kind, title, titleLines, byline, lines); title: int = whole rendered line n, str, or None
G['0103-01'] = [
 (A, 1, [[1,1]], '记者胡继鸿', [[2,13]]),          # 编辑点评 (lines 2-5) inside the article's IDs: body
 (A, 14, [[14,15]], '本报记者刘工践', [[16,27]]),   # line 16 = photo caption inside the story: body
]
G['0106-04'] = [
 (A, 1, [[1,1]], '记者尹品端', [[2,4]]),
 (A, 5, [[5,5]], '记者刘玉琴', [[6,11]]),
 (A, 12, [[12,12]], '记者张荣典', [[13,15]]),
 (F, 16, [[16,16]], None, [[17,18]]),              # 明天气象预报 box; subhead 天气趋势分析 is body
 (A, 19, [[19,19]], None, [[20,20]]),
 (A, 21, [[21,21]], '记者赵新兵、白冰', [[22,25]]),
 (P, 26, [[26,26]], None, [[27,27]]),
 (A, 28, [[28,28]], None, [[29,30]]),
 (A, 31, [[31,31]], '记者孙杰', [[32,35]]),
 (A, 36, [[36,36]], '记者张先国、段芝璞', [[37,42]]),
]
G['0108-06'] = [
 (A, 1, [[1,1]], None, [[2,5]]),
 (P, 6, [[6,6]], None, [[7,20]]),                  # six numbered inscriptions (pictures) + source note
 (A, 21, [[21,21]], None, [[22,26]]),
 (A, 27, [[27,28]], '本报驻俄罗斯记者许宏治', [[29,36]]),
 (A, 37, [[37,37]], '记者张金海', [[38,41]]),
 (A, 42, [[42,43]], '本报驻突尼斯记者吕志星', [[44,49]]),
]
G['0116-08'] = [
 (A, 1, [[1,1]], '记者俞宜国', [[2,7]]),
 (A, 8, [[8,9]], '本报记者许立群', [[10,19]]),
 (A, 20, [[20,20]], None, [[21,27]]),
 (A, 28, [[28,28]], '记者许立群', [[29,32]]),
 (A, 33, [[33,33]], '记者汪大昭', [[34,37]]),
 (P, 38, [[38,38]], None, [[39,39]]),
 (A, 40, [[40,40]], '记者马小林、曹剑杰', [[41,42]]),
 (A, 43, [[43,43]], None, [[44,45]]),
 (A, 46, [[46,46]], '记者汪大昭', [[47,50]]),
]
G['0116-09'] = [
 (A, 1, [[1,1]], '赵国政吕艺生', [[2,10]]),       # letter: salutation line 2 and closing signature line 10 are body; byline = the signing names
 (A, 11, [[11,11]], '付林', [[12,21]]),            # letter: signature lines 20 (name) and 21 (date) are body
 (A, 22, [[22,23]], '元也', [[24,27]]),            # editor's comment with standalone byline line
 (P, 28, [[28,28]], None, [[29,29]]),              # cartoon with its credit line
]
G['0119-09'] = [
 (A, 1, [[1,2]], '本报记者冉永平', [[3,22]]),      # 压题图片 caption (line 3) and subheads (6, 13, 19) are body
 (P, 23, [[23,23]], None, [[24,30]]),              # picture item: four captions + 编辑点评
 (A, 31, [[31,32]], '章轲', [[33,39]]),
]
G['0122-04'] = [
 (A, 1, [[1,1]], '记者张荣典', [[2,5]]),
 (A, 6, [[6,6]], '记者卢劲', [[7,11]]),
 (A, 12, [[12,12]], '记者张荣典', [[13,14]]),
 (A, 15, [[15,15]], None, [[16,18]]),
 (F, 19, [[19,19]], None, [[20,21]]),              # 明天气象预报 box
 (A, 22, [[22,23]], '记者汪金福、赵忠生', [[24,28]]), # head + subtitle line
 (A, 29, [[29,29]], '记者张大农', [[30,31]]),
 (A, 32, [[32,32]], '记者王黎', [[33,34]]),
 (A, 35, [[35,35]], '记者陈国琦', [[36,37]]),
 (P, 38, [[38,38]], None, [[39,39]]),              # caption ends with its credit (胡喜魁摄)
 (A, 40, [[40,40]], '记者陈国琦', [[41,44]]),
 (A, 45, [[45,45]], '新华社记者鹿永建、本报记者邵建武', [[46,48]]),
]
G['0128-01'] = [
 (A, 1, [[1,3]], '新华社记者朱幼棣、本报记者吴恒权', [[4,20]]),  # headline + two subtitle lines; photo captions/credits and 图片： inside: body
 (A, 21, [[21,23]], '李鹏', [[24,32]]),           # speech: byline line and date line in the head; photo caption line 24 is body
 (P, 33, [[33,33]], None, [[34,34]]),
 (A, 35, [[35,36]], '新华社记者岳林才本报记者刘裕国', [[37,39]]),
]
G['0128-02'] = [
 (A, 1, [[1,1]], None, [[2,3]]),
 (F, 4, [[4,4]], None, [[5,6]]),                   # 明天气象预报 box
 (H, None, [[7,7]], None, []),                     # 图片新闻 label (section name); its two captions are units of their own
 (P, None, [], None, [[8,8]]),                     # caption 1 ends with its credit
 (P, None, [], None, [[9,10]]),                    # caption 2 + credit line
 (A, 12, [[11,12]], None, [[13,25]]),              # line 11 is a kicker (…强调); main headline line 12
]
G['0129-02'] = [
 (A, 1, [[1,2]], '新华社记者贺劲松', [[3,9]]),
 (A, 10, [[10,10]], '记者袁亚平', [[11,13]]),
 (A, 14, [[14,14]], '赵深田', [[15,17]]),          # closing credit （赵深田）
 (A, 18, [[18,18]], '记者丛亚平', [[19,20]]),
 (A, 21, [[21,22]], '记者王尧', [[23,25]]),        # headline + subtitle line
 (F, 26, [[26,26]], None, [[27,28]]),              # 明天气象预报 box
 (P, 29, [[29,29]], None, [[30,36]]),              # six circled-number captions with credits
 (A, 37, [[37,37]], '记者赵海波', [[38,40]]),      # corpus has no blank line before this article
]
G['0130-03'] = [
 (A, 1, [[1,2]], '记者符泉生', [[3,19]]),          # headline + subtitle line; four dispatches (华盛顿/巴黎/波恩/巴格达) = one corpus article
 (A, 20, [[20,21]], '李学江', [[22,27]]),          # standalone byline line; closing dateline and photo-credit lines are body
 (A, 28, [[28,28]], None, [[29,31]]),
 (A, 32, [[32,33]], '新华社记者孙新', [[34,46]]),  # 图片： + map caption + fact-box lines are body
]
G['0131-02'] = [
 (A, 1, [[1,1]], '记者吴兴华', [[2,5]]),
 (A, 6, [[6,6]], '记者刘永华', [[7,9]]),
 (A, 10, [[10,11]], '本报记者祝谦', [[12,14]]),
 (A, 15, [[15,15]], '记者张安南', [[16,19]]),
 (H, None, [[20,20]], None, []),                   # 图片新闻 label
 (P, None, [], None, [[21,21]]),
 (P, None, [], None, [[22,22]]),
 (F, 23, [[23,23]], None, [[24,25]]),              # 明天气象预报 box
 (A, 26, [[26,27]], '本报记者刘亮明', [[28,31]]),
 (A, 32, [[32,33]], '邱柯', [[34,37]]),
 (A, 38, [[38,38]], '记者董振国', [[39,41]]),
]
if __name__ == '__main__':
    write_golds(G, ORDER, SPLIT, sys.argv[1:])
