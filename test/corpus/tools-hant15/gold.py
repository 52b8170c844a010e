#!/usr/bin/env python3
"""Write (or --check) the gold files of the hant15 pages.

Every record is one `article` unit. Judgements were read off the numbered listings (`build.py --list`):

- 經濟日報 (tw-edn-*): record line 1 is the headline, line 2 the standalone credit line printed under it
  (`經濟日報 記者黃淑惠／台北報導`): titleLines = both, byline = the credit line as printed; every other line (the
  picture caption printed before the text, the paragraphs, repeated captions at the end) is a body line.
- PTT Gossiping [新聞] posts (tw-ptt-*): the head of a post is everything from the post's subject line
  (`[新聞] …`) down to the line before the news text: the reposter's template lines `1.媒體來源:` / `2.記者署名:` /
  `3.完整新聞標題:` with their values and hint lines, or in a free-form post the outlet name, headline, credit line,
  dateline and links printed before the text. The body is everything from the news text on: `4.完整新聞內文:` (the
  template's body label) or the first paragraph, captions and picture links, `5.完整新聞連結`, the URL, `6.備註:` and
  the reposter's own remarks, to the end of the post. `title` is the news headline as printed in the post (the
  value of `3.完整新聞標題:` or the headline line), not the PTT subject (which the board cuts to 46 columns).
  `byline` is the standalone credit as printed (the value of `2.記者署名:`, or a credit line such as
  `記者鄺郁庭／綜合報導`, `中天新聞網 陳曉涵`, `2024/12/22 中國時報 李奇叡 蔡宗穎`); where the post prints none, the
  bracketed lead of the first paragraph, brackets dropped (`大紀元記者馬維芬綜合報導`, `中央社台北21日電`). A
  closing credit line of the reposted story (`新唐人亞太電視 曾奕豪 甯郁翔 整理報導`, post 127) is a standalone
  byline after the body: a second titleLines range, and the byline.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build

GOLD_OUT = os.environ.get('GOLD_OUT', build.OUT)

SPLIT = {  # fixed before any gold was written: pages sorted by name, odd positions dev, even test
    'tw-edn-2024-09-10-paper': 'dev',
    'tw-edn-2024-09-10-realtime-1': 'test',
    'tw-edn-2024-09-10-realtime-2': 'dev',
    'tw-ptt-gossiping-2024-12-22-1': 'test',
    'tw-ptt-gossiping-2024-12-22-2': 'dev',
    'tw-ptt-gossiping-2024-12-22-3': 'test',
    'tw-ptt-gossiping-2024-12-22-4': 'dev',
    'tw-ptt-gossiping-2024-12-22-5': 'test',
}

# PTT post key: (index of the first body line in the record's lines, title, byline, extra head indices)
PTT = {
    '2': (7, '白吐司「不再是健康食物」 美國30年大調整 新增4類', '吳慧芬', []),
    '13': (10, '統神「躺病床傷照」瘋傳　本尊是他！實況主傻眼哭：那麼像？', '記者鄺郁庭／綜合報導', []),
    '16': (3, '陳柏源唱《反攻大陸》邀國民黨反共 中國網友感動', '大紀元記者馬維芬綜合報導', []),
    '36': (11, '美軍大黃蜂戰機紅海遭友軍誤擊！2飛行員彈射逃生成功 1人輕傷', '盧思綸', []),
    '38': (9, '青鳥少8成! 還沒見底 作家分析:鳥疲人散未來街頭更涼', '中天  黃詩崴', []),
    '65': (7, '他娶美國妻「結婚6年狂外遇」節目告白：脫光但沒做X... 韓網全怒了', '記者吳睿慈／綜合報導', []),
    '71': (10, '台北101跨年煙火以棒球之奪冠為主軸 賈永婕粉專搶先曝光', '林海', []),
    '87': (5, '藍白3惡法毀台！賴清德「要用更大民主來解決」　溫朗東曝綠營還有三招', '三立 記者盧素梅／台北報導', []),
    '95': (7, '來台當車手遭收押！ 馬國網紅自責「誤信朋友」：護照手機被扣只能服從', '程正邦', []),
    '97': (6, '南投3歲1歲小兄弟無人顧「爸去玩」　社工找離婚媽求援竟回：我已交男友',
           '2024/12/22 09:28:00 記者陳佳鈴／南投報導 三立新聞網', []),
    '100': (6, '統神：很多人打我頭！2黑衣人送辦　警已掌握其他動手者身分', 'ETtoday 張君豪', []),
    '104': (7, '高雄男氣炸「狂揮開山刀」奔6百米　妻也嚇壞：像起乩了', '記者 陳佳宜 報導', []),
    '127': (3, '國會追星族應援燈抗議！引韓媒大篇幅報導', '新唐人亞太電視 曾奕豪 甯郁翔 整理報導', [38]),
    '161': (10, '英熙登陸高雄港！台灣創紀錄「最大海上娃娃」　600無人機重現《魷魚》角色', '吳睿慈／高雄報導', []),
    '179': (10, '2025小提燈回來了！蔣萬安取消柯文哲政策 明年燈節恢復發放', '洪子凱', []),
    '180': (10, '王心凌〈愛你〉原唱在南韓！捧不紅的女團　只發2張專輯就解散', '記者藍詩孟／綜合報導', []),
    '189': (9, '派出所淪砲房…台南警自爆大戰女同事「寢室、樓梯間都玩過」！被女友發現才公開道歉',
            '林瑩真 2024-12-21 16:52', []),
    '191': (14, '擋在統神前面　女員工也被打「傷得比統神重」：已做完筆錄及驗傷', '記者施怡妏／綜合報導', []),
    '207': (8, '藍綠亂鬥…高嘉瑜曬抱嬰照被嗆「難怪落選」 怒反擊：在內部找敵人就是愛台灣？', '記者莊雅婷', []),
    '209': (5, '中國「遠洋捕撈」掀文字獄 逾50耽美作家遭安徽跨省抓捕', '中央社台北21日電', []),
    '210': (10, '近距離觀察貢寮九孔寶寶攝食成長 就這個時間點看得到', '邱瑞杰', []),
    '216': (6, '「被利用完被丟包...」　柯建銘諷：黃國昌只是傅崐萁的夜壺', '記者陳佩君／台北報導', []),
    '231': (5, '阿妹登大巨蛋票房「超過8億」創最高紀錄！認回台北唱歌「蠻不容易的」', '中天新聞網 陳曉涵', []),
    '243': (7, '周慧敏被路人攙扶過馬路 畫面驚險', '鍾又淳', []),
    '261': (7, '副署權是制衡總統 不是制衡立法院」 學者：3種救濟路徑都走不通', '屈彥辰', []),
    '263': (6, '藍營批情緒勒索地方 卓榮泰深夜還原原話', '中央社記者葉素萍台北22日電', []),
    '271': (16, '出席澳門回歸25周年活動 習近平肯定「一國兩制」成功實踐', '龍品伃', []),
    '272': (8, '統神《拳上》根本贏爛了!他揭｢3大成功關鍵｣:看觀眾反應就知', '記者李欣容／台北報導', []),
    '283': (5, '不是雞排！啥東西漲價有感？一票人點名1食物破百成日常', '中時新聞網 楊雅婷', []),
    '284': (13, '卓榮泰要地方自己面對天災　侯友宜：給民眾安穩生活是執政者責任', '崔至雲', []),
    '295': (14, '調查：多數波蘭人支持烏克蘭失去部分領土換取停戰', '彭維楀', []),
    '303': (17, '8架次共機越中線擾周邊空域 國軍嚴密監控', '游凱翔', []),
    '314': (5, '「天災自己面對」說法遭批 卓榮泰:勿斷章取義', 'Newtalk 陳湘芸綜合報導', []),
    '320': (10, '停火先「免談」！澤倫斯基喊話俄國：等烏克蘭未來明確再和談', '邱子嘉', []),
    '327': (5, '拜登19度對台軍售 近3億美元', '2024/12/22 中國時報 李奇叡 蔡宗穎', []),
    '333': (10, '卓揆喊以後地震「地方得自己面對」挨轟 深夜曝逐字稿回擊：斷章取義', '莊雅婷', []),
    '342': (10, '張惠妹大巨蛋唱三天三夜 里長驚像地震:電梯燈晃門嘎響', '林麗玉、洪子凱', []),
    '352': (10, '憲訴法三讀修正通過 台北律師公會：將使憲法法庭遭架空', '謝幸恩', []),
    '354': (7, '朱：三大護民主法案通過 全民勝利', '記者施曉光、劉宛琳、李文德／綜合報導', []),
    '357': (10, '川普轟巴拿馬運河敲竹槓！要求降低過境運費 「否則歸還美國」', '編譯盧思綸', []),
}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def record_spans(name, recs):
    """(key, page line number of each record line) following build.page_text's layout."""
    src, keys, blank, enc, nl = build.PAGES[name]
    out, n = [], 0
    for i, k in enumerate(keys):
        lines = recs[src][k]['lines']
        if blank in ('articles', 'posts') and i:
            n += 1
        nums = []
        for _ in lines:
            n += 1
            nums.append(n)
            if blank == 'all':
                n += 1
        out.append((k, nums))
    return out


def ranges(nums):
    rs = []
    for x in nums:
        if rs and x == rs[-1][1] + 1:
            rs[-1][1] = x
        else:
            rs.append([x, x])
    return rs


def compact(nums, lines_by_num):
    """ranges over the given page lines, bridging blank lines (blank lines inside a range do not matter)."""
    nums = sorted(nums)
    rs = []
    for x in nums:
        if rs and all(not lines_by_num[y].strip() for y in range(rs[-1][1] + 1, x)):
            rs[-1][1] = x
        else:
            rs.append([x, x])
    return rs


def units(name, recs, page_lines):
    src = build.PAGES[name][0]
    by_num = {i: l for i, l in enumerate(page_lines, 1)}
    out = []
    for k, nums in record_spans(name, recs):
        lines = recs[src][k]['lines']
        if src == 'EDN':
            head, title, byline = [0, 1], lines[0], lines[1]
            assert lines[1].startswith('經濟日報 '), lines[1]
        else:
            fb, title, byline, extra = PTT[k]
            head = list(range(fb)) + extra
            assert lines[0].startswith('[新聞]'), lines[0]
        body = [i for i in range(len(lines)) if i not in head]
        hn = [nums[i] for i in head if lines[i].strip()]
        bn = [nums[i] for i in body if lines[i].strip()]
        headtext = ''.join(''.join(lines[i] for i in head).split())
        assert ''.join(title.split()) in headtext, (k, title)
        assert byline is None or ''.join(byline.split()) in headtext or \
            ''.join(byline.split()) in ''.join(lines[i] for i in body if i == (PTT[k][0] if src == 'PTT' else -1)), (k, byline)
        out.append({'key': k, 'title': title, 'titleLines': compact(hn, by_num), 'byline': byline,
                    'lines': compact(bn, by_num)})
    return out


def render_gold(name, recs, page_lines):
    y = [f'source: {name}.txt', 'family: traditional', 'format: paragraph-lines', f'split: {SPLIT[name]}',
         'synthetic: false', 'units:']
    for u in units(name, recs, page_lines):
        y.append('  - kind: article')
        y.append(f'    title: {q(u["title"])}')
        y.append(f'    titleLines: {json.dumps(u["titleLines"])}')
        y.append(f'    byline: {q(u["byline"]) if u["byline"] else "null"}')
        y.append(f'    lines: {json.dumps(u["lines"])}')
    return '\n'.join(y) + '\n'


def main():
    recs, _ = build.load_records(sys.argv[1:])
    bad = 0
    for name in sorted(build.PAGES):
        page_lines = build.page_text(name, recs).replace('\r\n', '\n').split('\n')[:-1]
        text = render_gold(name, recs, page_lines)
        path = os.path.join(GOLD_OUT, name + '.gold.yaml')
        if '--check' in sys.argv:
            if not os.path.exists(path) or open(path, encoding='utf-8').read() != text:
                print('DIFFERS', path); bad += 1
            else:
                print('ok', name)
        else:
            open(path, 'w', encoding='utf-8').write(text)
            print('wrote', path)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
