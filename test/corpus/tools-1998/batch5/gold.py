"""Gold of this batch, written by reading the rendered pages: `python3 gold.py [prefix ...]` (OUT_DIR to write elsewhere).
write_golds (lib.py) asserts that every title/byline string occurs on its page and that the units cover every line exactly once."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # the shared lib.py of tools-1998
import lib
lib.OUT = os.environ.get('OUT_DIR', os.path.join(os.path.dirname(HERE), 'paragraph'))
from lib import A, P, F, H, write_golds
C = 'column-intro'
# split rule fixed before any gold was written: build order (= date order) dev, test, dev, dev, test, dev, dev, test, dev, dev, test, dev
# (the batch has 10 pages, so the first 10 entries apply)
ORDER = ['0106-05','0110-02','0119-08','0119-10','0121-10','0121-11','0124-05','0124-06','0129-01','0131-03']
SPLIT = ['dev','test','dev','dev','test','dev','dev','test','dev','dev','test','dev']
G = {}
# unit: (kind, title, titleLines, byline, lines); title: int = whole rendered line n, str, or None
G['0106-05'] = [
 (A, 1, [[1,2]], '本报记者陈兴贵', [[3,10]]),        # standalone byline line 2
 (A, 11, [[11,12]], '本报记者温红彦', [[13,26]]),     # letter-form feature (致…), standalone byline line 12
 (A, 27, [[27,27]], '新华社记者尹鸿祝、本报记者毕全忠', [[28,30]]),
]
G['0110-02'] = [
 (A, 1, [[1,1]], '记者赵志文', [[2,6]]),
 (A, 7, [[7,7]], '记者鹿永建', [[8,12]]),
 (A, 13, [[13,13]], '记者张锦胜', [[14,19]]),
 (A, 20, [[20,20]], '新华社记者李佩、本报记者李维平', [[21,23]]),
 (A, 24, [[24,24]], None, [[25,27]]),               # 据新华社北京…电 with no person
 (A, 28, [[28,28]], '记者徐仁杰', [[29,31]]),
 (F, 32, [[32,32]], None, [[33,34]]),               # 明天气象预报 box; subhead 天气趋势分析 is body
]
G['0119-08'] = [
 (A, 1, [[1,1]], '记者许立群', [[2,6]]),
 (A, 7, [[7,8]], '本报记者许立群', [[9,16]]),         # standalone byline line 8; closing dateline line 16 is body
 (A, 17, [[17,17]], '记者汪大昭', [[18,24]]),
 (A, 25, [[25,25]], None, [[26,30]]),               # photo caption + credit (摄影报道) inside the story are body; lead has no person
 (A, 31, [[31,31]], '记者俞宜国', [[32,36]]),
 (A, 37, [[37,37]], '记者李长云', [[38,41]]),
 (A, 42, [[42,42]], None, [[43,43]]),               # 本报广州…电 with no person
 (A, 44, [[44,44]], '记者李长云', [[45,47]]),
 (A, 48, [[48,48]], '记者薛原', [[49,51]]),
]
G['0119-10'] = [
 (A, 1, [[1,2]], '宗良', [[3,10]]),                 # standalone byline line 2
 (C, 11, [[11,11]], None, [[12,12]]),               # package headline + editor's note ending ———编者 = column-intro
 (A, 13, [[13,14]], '中国银行行长王雪冰', [[15,16]]),   # standalone byline lines (position + name, as printed)
 (A, 17, [[17,18]], '中国工商银行行长刘廷焕', [[19,21]]),
 (A, 22, [[22,23]], '中国建设银行行长王岐山', [[24,27]]),
 (A, 28, [[28,29]], '中国农业银行行长何林祥', [[30,32]]),
]
G['0121-10'] = [
 (A, 1, [[1,2]], '山西大同市闻诚', [[3,6]]),          # standalone byline line 2 (place + name)
 (A, 7, [[7,7]], '浙江省公安厅副厅长蔡扬蒙', [[8,14]]),  # closing bracket credit at the end of line 14
 (A, 15, [[15,15]], '山东潍坊市纤维检验所张景坡', [[16,22]]),
 (A, 23, [[23,23]], '重庆市长寿县望江路石油采气五队况世明', [[24,25]]),
 (A, 26, [[26,26]], '江西九江日报社潘浔', [[27,29]]),   # closing credit on a line of its own (29) is body
]
G['0124-05'] = [
 (A, 1, [[1,1]], '新华社记者刘思扬、本报记者郑宏范', [[2,7]]),
 (A, 8, [[8,8]], '记者罗玉文', [[9,16]]),
 (A, 17, [[17,17]], None, [[18,23]]),               # 新华社北京…电 with no person
 (A, 24, [[24,24]], '记者胡辛', [[25,29]]),
 (A, 30, [[30,30]], '记者朱治德', [[31,33]]),
 (P, 34, [[34,34]], None, [[35,36]]),               # picture item: caption + credit line
]
G['0129-01'] = [
 (A, 1, [[1,1]], None, [[2,4]]),                    # 新华社北京…电 with no person
 (A, 5, [[5,5]], '记者鹿永建', [[6,9]]),
 (H, None, [[10,10]], None, []),                    # 图片新闻 label (section name); its three captions are units of their own
 (P, None, [], None, [[11,12]]),                    # caption 1 + credit line
 (P, None, [], None, [[13,13]]),                    # caption 2 ends with its credit
 (P, None, [], None, [[14,14]]),                    # caption 3 ends with its credit
 (A, 15, [[15,15]], '记者张宿堂', [[16,27]]),         # 图片： + caption inside the story are body
 (A, 28, [[28,28]], '记者戴露、谢湘', [[29,33]]),
]
G['0131-03'] = [
 (A, 1, [[1,2]], '记者符泉生', [[3,20]]),           # headline + deck line 2; four dispatches (华盛顿/巴格达/巴黎/罗马) = one corpus article
 (A, 21, [[21,21]], None, [[22,26]]),               # 新华社雅温得…电 班吉消息, no person
 (H, None, [[27,27]], None, []),                    # 图片新闻 label
 (P, None, [], None, [[28,29]]),                    # caption 1 + credit line
 (P, None, [], None, [[30,30]]),                    # caption 2 ends with its credit
 (A, 31, [[31,31]], '记者李敬臣', [[32,40]]),         # two dispatches (达沃斯 + 华盛顿) under one 〓 head
 (A, 41, [[41,41]], '记者李敬臣', [[42,44]]),
 (A, 45, [[45,45]], '记者李云飞', [[46,51]]),         # 又讯 second dispatch is body
]
G['0124-06'] = [
 (A, 1, [[1,2]], '本报记者严正孙勇军', [[3,9]]),       # analysis; standalone byline line 2 (two names run together); closing （中） is body
 (A, 10, [[10,11]], '记者符泉生', [[12,19]]),         # headline 美巴首脑会谈 + deck line 11 (two quoted parts run together);
                                                    # photo caption + credit line 12 inside the story is body
 (A, 20, [[20,20]], None, [[21,23]]),               # 据新华社华盛顿…电 with no person
 (A, 24, [[24,25]], '本报驻哈萨克斯坦记者尹树广', [[26,31]]),  # closing dateline inside line 31 is body
]
G['0121-11'] = [
 (A, 1, [[1,2]], '杨雪梅吕游', [[3,14]]),            # standalone byline line 2; ＊＊＊ line and 编辑手记 (inside the article's IDs) are body
 (A, 15, [[15,16]], '缪绍强', [[17,22]]),            # commentary with standalone byline line 16
]
if __name__ == '__main__':
    write_golds(G, ORDER, SPLIT, sys.argv[1:])
