# -*- coding: utf-8 -*-
"""Records of the twelfth-session PDF batch, read from leeperfect/PeopleDailyMaterial.

Each file in records/ is the record's Markdown file as `read_file` returned it (text unchanged; its length was
checked against the `total_chars` the tool gave). This module parses it into the shape build_pages.py uses:
kicker (the `###` line), title (the `#` line), sub (the `##` subtitle line), series (the `> 系列：` line without
`系列：`), byline (the author part of the `>` line, without the `《人民日报》（…）` tail; None when empty), paras
(every other non-blank line, in order; a line wrapped in `**…**` loses the markers and its index goes to `bold`),
path (in the repository) and commit (the commit the index gave).
"""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = "leeperfect/PeopleDailyMaterial"
COMMIT = "016963ee77040e47a2369088e89a689b1ba64668"   # the commit find_files/read_file gave for every file read
V = "data/vault/2025/"

PATHS = {
    # 2025-03-25 第6版 要闻
    "shouwang": "03/2025-03-25/06-要闻/接续传递防沙治沙“绿色接力棒”（守望）.md",
    "huadao": "03/2025-03-25/06-要闻/四十载耕耘，荒岛变成“瓜果山”.md",
    "anli": "03/2025-03-25/06-要闻/两部门遴选发布一批党建引领乡村治理典型案例.md",
    "yunnan": "03/2025-03-25/06-要闻/云南计划3年内培训职业技能人才超300万人次.md",
    "jiance": "03/2025-03-25/06-要闻/市场监管总局加大检验检测造假处罚力度.md",
    "banlie": "03/2025-03-25/06-要闻/新疆铁路双口岸累计通行中欧（中亚）班列超9万列.md",
    # 2025-03-25 第19版 党建
    "gongfang": "03/2025-03-25/19-党建/组织优势如何激发发展动能？（前沿观察）.md",
    "kangcheng": "03/2025-03-25/19-党建/融合共治推动小区蝶变（党旗在基层一线高高飘扬）.md",
    "luosi": "03/2025-03-25/19-党建/拧紧干部监督“螺丝”.md",
    "xuncha": "03/2025-03-25/19-党建/对村巡察，治理“末梢病灶”（金台潮声）.md",
    # 2025-04-01 第19版 党建
    "fangxinzhang": "04/2025-04-01/19-党建/明明白白给村民一本“放心账”.md",
    "tiqiu": "04/2025-04-01/19-党建/群众反感“踢皮球”.md",
    "gugan": "04/2025-04-01/19-党建/把骨干培养成党员，让党员勇挑重担（党旗在基层一线高高飘扬）.md",
    "baotuan": "04/2025-04-01/19-党建/抱团发展 共同致富.md",
    # 2025-04-08 第13版 社会
    "aizhapian": "04/2025-04-08/13-社会/以假乱真的AI诈骗，如何防范？（民生一线）.md",
    "bianjiaodi": "04/2025-04-08/13-社会/城市边角地改造，细微处见真功夫（民生观）.md",
    "pufa": "04/2025-04-08/13-社会/普法“无障碍”.md",
    "nongmingong": "04/2025-04-08/13-社会/重庆启动促进农民工就近就业三年行动.md",
    # 2025-04-08 第19版 党建
    "dibao": "04/2025-04-08/19-党建/低保金发放，分毫不能差.md",
    "mianzi": "04/2025-04-08/19-党建/面子都是老百姓给的.md",
    "rencai": "04/2025-04-08/19-党建/厚植人才沃土 激发创新活力.md",
    "gengxin": "04/2025-04-08/19-党建/城市共建共治 幸福可感可及.md",
    "minsheng": "04/2025-04-08/19-党建/一线听民声.md",
    # 2025-04-01 第13版 生态 (+ one brief of 第10版 政治, one of 第8版 经济)
    "huanghe": "04/2025-04-01/13-生态/黄河畔 绿意长 文脉长.md",
    "linyezhan": "04/2025-04-01/13-生态/一个乡镇林业站的蝶变.md",
    "buchang": "04/2025-04-01/13-生态/重庆实现流域横向生态保护补偿机制全覆盖.md",
    "jilin": "04/2025-04-01/10-政治/吉林出台方案持续优化营商环境.md",
    "liaoning": "04/2025-04-01/08-经济/辽宁助力民企职称评审“直通车”提速.md",
}


def parse(key):
    text = open(os.path.join(HERE, "records", key + ".md"), encoding="utf-8").read()
    parts = text.split("---\n", 2)
    front, body = parts[1], parts[2]
    meta = dict(re.findall(r'^(\w+): "?(.*?)"?$', front, re.M))
    r = dict(path=V + PATHS[key], commit=COMMIT, kicker=None, title=None, sub=None, series=None, byline=None,
             paras=[], bold=set(), source_url=meta.get("source_url"), length=len(text))
    for line in body.split("\n"):
        if not line.strip():
            continue
        if line.startswith("### "):
            r["kicker"] = line[4:]
        elif line.startswith("## "):
            r["sub"] = line[3:]
        elif line.startswith("# "):
            r["title"] = line[2:]
        elif line.startswith("> 系列："):
            r["series"] = line[len("> 系列："):]
        elif line.startswith("> "):
            a = line[2:].split("《人民日报》")[0].strip()
            r["byline"] = a or None
        elif line.startswith("**") and line.endswith("**") and len(line) > 4:
            r["bold"].add(len(r["paras"]))
            r["paras"].append(line[2:-2])
        else:
            r["paras"].append(line)
    return r


RECORDS = {k: parse(k) for k in PATHS}

if __name__ == "__main__":
    for k, r in RECORDS.items():
        print(k, r["length"], repr(r["kicker"]), repr(r["title"]), repr(r["sub"]), repr(r["series"]), repr(r["byline"]), len(r["paras"]), sorted(r["bold"]))
        for i, p in enumerate(r["paras"]):
            print("   ", i, len(p), p[:30])
