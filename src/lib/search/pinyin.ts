/**
 * Pinyin in search: article titles are indexed with their pinyin (toneless, syllables run
 * together), and a Latin query that parses as pinyin syllables also searches those titles:
 * `fangguanfu`, `fàng guǎn fú`, `zhengcun shouxin`.
 */
import { MAX_QUERY_CHARS, normalise } from './query.ts';

/** A Latin query is read as pinyin when it has at least this many syllables (or tone marks): shorter ones are too often English (`change` = chan + ge). */
export const MIN_PINYIN_SYLLABLES = 3;
/** The prefix of title pinyin tokens in the index, so they never meet English words of the text. */
export const PINYIN_TOKEN_PREFIX = 'py';

/** Every toneless Mandarin syllable with a vowel (ü written u), from pinyin-pro's readings of the CJK block. */
const SYLLABLES = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai ' +
    'chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo ' +
    'da dai dan dang dao de den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang ' +
    'fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang ' +
    'hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan ' +
    'jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng ' +
    'li lia lian liang liao lie lin ling liu long lou lu luan lue lun luo ma mai man mang mao me mei men meng mi mian miao ' +
    'mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nue ' +
    'nuo o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong ' +
    'qiu qu quan que qun ran rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng sha shai ' +
    'shan shang shao she shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta ' +
    'tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia ' +
    'xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai ' +
    'zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui ' +
    'zhun zhuo zi zong zou zu zuan zui zun zuo'
  ).split(' '),
);
const LONGEST = 6;

/**
 * Split letters into pinyin syllables (longest first, backtracking; a position that failed once is
 * not tried again, so the time is linear), or null when they do not parse.
 * @example splitSyllables('zhengcunshouxin') // → ['zheng', 'cun', 'shou', 'xin']
 */
export function splitSyllables(letters: string): string[] | null {
  const failed = new Set<number>();
  const from = (at: number): string[] | null => {
    if (at === letters.length) return [];
    if (failed.has(at)) return null;
    for (let length = Math.min(LONGEST, letters.length - at); length > 0; length--) {
      const head = letters.slice(at, at + length);
      if (!SYLLABLES.has(head)) continue;
      const rest = from(at + length);
      if (rest) return [head, ...rest];
    }
    failed.add(at);
    return null;
  };
  return from(0);
}

/**
 * The syllables of a query read as pinyin, or null: Latin letters, spaces and tone marks only,
 * at least `minimum` syllables ({@link MIN_PINYIN_SYLLABLES}; two when it carries tone marks).
 * @example pinyinQuery('zhengcun shouxin') // → ['zheng', 'cun', 'shou', 'xin']
 */
export function pinyinQuery(query: string, minimum = MIN_PINYIN_SYLLABLES): string[] | null {
  const text = query.normalize('NFKC').slice(0, MAX_QUERY_CHARS).trim();
  if (!/^[\p{Script=Latin}\p{M}\s'’-]+$/u.test(text)) return null;
  const toned = /[\u0300-\u030c]/u.test(text.normalize('NFD'));
  const syllables = splitSyllables(normalise(text).replace(/[^a-z]+/gu, ''));
  if (!syllables || syllables.length < (toned ? 2 : minimum)) return null;
  return syllables;
}

/** Index (and query) tokens for syllables: each overlapping pair, run together and prefixed ({@link PINYIN_TOKEN_PREFIX}). */
export function pinyinTokens(syllables: readonly string[]): string[] {
  const tokens: string[] = [];
  for (let i = 0; i + 1 < syllables.length; i++) tokens.push(`${PINYIN_TOKEN_PREFIX}${syllables[i]}${syllables[i + 1]}`);
  return [...new Set(tokens)];
}
