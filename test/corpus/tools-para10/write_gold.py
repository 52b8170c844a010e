#!/usr/bin/env python3
"""Gold for the tenth paragraph batch, written by reading the pages (line numbers 1-based, inclusive).
Emits <page>.gold.yaml into OUT_DIR (default: the paragraph folder next to this tools folder)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get('OUT_DIR') or os.path.join(os.path.dirname(HERE), 'paragraph')

# split fixed before any gold: pages sorted by date and page, odd positions dev, even positions test
SPLIT = ['jfrb-2022-05-27-p01', 'jfrb-2022-05-28-p01', 'jfrb-2022-05-28-p02', 'jfrb-2022-05-30-p01',
         'jfrb-2022-05-31-p01', 'jfrb-2022-05-31-p02', 'jfrb-2022-06-01-p01', 'jfrb-2022-06-01-p02']
# second group, added after the first group's gold (before any measurement), split by the same rule on its own
SPLIT2 = ['jfrb-2022-04-13-p06', 'jfrb-2022-05-29-p01', 'jfrb-2022-06-01-p07']

B = ('page-header', None, [[1, 1]], None, [])  # added banner line
A = 'article'
GOLD = {
 'jfrb-2022-05-27-p01': [B,
   (A, '发扬英模精神，助力打赢大上海保卫战', [[2, 3]], '邬林桦', [[4, 25]]),
   (A, '加快经济恢复全力稳住经济大盘', [[26, 26]], '记者 孟群舒', [[27, 29]]),
   (A, '助企纾困，加快恢复经济社会发展活力', [[30, 32]], None, [[33, 36]])],
 'jfrb-2022-05-28-p01': [
   (A, '在“控得住”前提下加快经济恢复重振', [[1, 3]], None, [[4, 7]]),
   (A, '展现积极姿态 迅速扭转预期', [[8, 8]], '记者 孟群舒', [[9, 14]]),
   (A, '真正做到更有效“控”更主动“放”', [[15, 17]], None, [[18, 20]]),
   (A, '上海三大船企力争把损失的进度抢回来', [[21, 22]], '王力', [[23, 39]])],
 'jfrb-2022-05-28-p02': [
   (A, '用为民情怀，做好“送上门”的群众工作', [[1, 2]], '毛锦伟 栗思 郑朕 唐乙隽', [[3, 29]]),
   (A, '保障供应，大型商超拿起数字化工具', [[30, 31]], '俱鹤飞', [[32, 36]])],
 'jfrb-2022-05-30-p01': [B,
   (A, '彰显一方有难八方支援制度优势', [[2, 2]], '记者 孟群舒', [[3, 6]]),
   (A, '以超常规力度加快经济恢复重振', [[7, 7]], '记者 孟群舒', [[8, 12]]),
   (A, '推动惠企政策落地落实增强企业信心', [[13, 16]], None, [[17, 20]]),
   (A, '上海公布“50条”加快经济恢复和重振', [[21, 21]], '记者 宰飞 俱鹤飞', [[22, 30]])],
 'jfrb-2022-05-31-p01': [
   (A, '重整行装再出发', [[1, 1]], None, [[2, 17]]),
   (A, '大上海保卫战取得重大阶段性成果 团结一致向前看 重整行装再出发', [[18, 22]], None, [[23, 31]]),
   (A, '加大为企服务加快经济恢复重振', [[32, 32]], '记者 孟群舒', [[33, 35]])],
 'jfrb-2022-05-31-p02': [B,
   (A, '单日核酸检测能力850万管以上', [[2, 2]], '记者 侍佳妮', [[3, 8]]),
   (A, '恢复小区出入公交运营机动车通行', [[9, 10]], None, [[11, 15]])],
 'jfrb-2022-06-01-p01': [
   (A, '上海民营企业结对社区保供显身手', [[1, 2]], '张骏', [[3, 20]]),
   (A, '致全市人民的感谢信', [[21, 21]], None, [[22, 35]]),
   (A, '让如常生活回归，让经济恢复重振', [[36, 36]], '记者 孟群舒', [[37, 40]]),
   (A, '更高效统筹疫情防控和经济社会发展', [[41, 44]], None, [[45, 48]])],
 'jfrb-2022-06-01-p02': [B,
   (A, '打通物流堵点，政策扶持要明确细则', [[2, 3]], '顾杰', [[4, 15]]),
   (A, '今起全面恢复正常生产生活秩序', [[16, 18]], '记者 侍佳妮', [[19, 27]])],
 'jfrb-2022-04-13-p06': [B,
   (A, '长三角高速货运 疫情下如何畅行', [[2, 4]], '陈抒怡', [[5, 17]])],
 'jfrb-2022-05-29-p01': [
   (A, '苦战梦花街', [[1, 3]], '茅冠隽 唐烨', [[4, 66]]),
   (A, '共同努力守护好建设好城市家园', [[67, 70]], None, [[71, 75]])],
 'jfrb-2022-06-01-p07': [B,
   (A, '长三角一家人', [[2, 3]], '陈抒怡', [[4, 32]])],
}


def q(v):
    return 'null' if v is None else json.dumps(v, ensure_ascii=False)


def rng(r):
    return '[' + ', '.join(f'[{a}, {b}]' for a, b in r) + ']'


def main():
    os.makedirs(OUT, exist_ok=True)
    for i, name in list(enumerate(SPLIT)) + list(enumerate(SPLIT2)):
        split = 'dev' if i % 2 == 0 else 'test'
        out = [f'source: {name}.txt', 'family: paragraph', 'format: paragraph-lines', f'split: {split}',
               'synthetic: false', 'units:']
        for kind, title, tl, by, ls in GOLD[name]:
            out += [f'  - kind: {kind}', f'    title: {q(title)}', f'    titleLines: {rng(tl)}',
                    f'    byline: {q(by)}', f'    lines: {rng(ls)}']
        with open(os.path.join(OUT, name + '.gold.yaml'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out) + '\n')
    print('wrote', len(SPLIT) + len(SPLIT2), 'golds to', OUT)


if __name__ == '__main__':
    main()
