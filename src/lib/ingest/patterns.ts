import { toTraditional } from '../script/to-traditional.ts';

/**
 * Make a pattern match Traditional script too: every Simplified character in it also accepts
 * its Traditional form (`本报讯` → `本[报報][讯訊]`), inside character classes as well, so a
 * Big5 page from Hong Kong or Taiwan segments like the Simplified original.
 * @example bothScripts(/本报讯/u).test('本報訊') // → true
 */
export function bothScripts(pattern: RegExp): RegExp {
  const chars = [...pattern.source];
  // A character's Traditional forms: alone, and within the run of Han characters it stands in, since OpenCC converts
  // some only in a word (`制图` → `製圖`, where `制` alone stays `制`).
  const forms = chars.map((char) => new Set(/\p{Script=Han}/u.test(char) ? [toTraditional(char)] : []));
  for (const run of pattern.source.matchAll(/\p{Script=Han}{2,}/gu)) {
    const converted = [...toTraditional(run[0])];
    const start = [...pattern.source.slice(0, run.index)].length;
    if (converted.length === [...run[0]].length)
      converted.forEach((hant, k) => {
        forms[start + k]!.add(hant);
      });
  }
  let source = '';
  let inClass = false;
  let escaped = false;
  chars.forEach((char, index) => {
    if (escaped) {
      source += char;
      escaped = false;
      return;
    }
    if (char === '\\') {
      source += char;
      escaped = true;
      return;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    const hant = [...forms[index]!].filter((form) => form !== char && [...form].length === 1).join('');
    source += hant === '' ? char : inClass ? `${char}${hant}` : `[${char}${hant}]`;
  });
  return new RegExp(source, pattern.flags);
}

/**
 * The printed conventions of Chinese newspapers that the classifier relies on.
 * Each pattern has an example from the seed pages.
 */

/**
 * A standalone reporter byline: `本报记者 李抑焜`, `滨州日报/滨州网记者 葛肇敏 通讯员 孟渤`, `本报记者 王炜 本报通讯员 李明`,
 * a provincial paper's all-media reporter (`海南日报全媒体记者 陈某`, `本报融媒体记者 王某`),
 * a correspondent abroad (`本报驻德国记者江建国`, `新华社驻埃及记者 某某`). What follows a role
 * is a list of names, none longer than four characters (or a name with `·`), so a column line that opens
 * with 记者 and runs on (`记者今天从国家工商总局了`) is text.
 */
const STAFF_ROLE_SOURCE = String.raw`(?:本报|新华社)(?:驻[\p{Script=Han}]{1,8}?)?(?:特约|特派|全媒体|融媒体)?(?:记者|通讯员)`;
/** A staff reporter's role at the start of a byline line: `本报记者`, `新华社驻埃及记者`. */
export const STAFF_ROLE = bothScripts(new RegExp(`^${STAFF_ROLE_SOURCE}`, 'u'));
const REPORTER_ROLE = String.raw`(?:${STAFF_ROLE_SOURCE}|[\p{Script=Han}]{2,8}(?:日报|晚报|网)(?:\/[\p{Script=Han}]{2,8}(?:日报|网))?(?:全媒体|融媒体)?记者|(?:特约|全媒体|融媒体)?记者|通讯员|实习生)`;
const REPORTER_NAME = String.raw`[\p{Script=Han}]{1,4}(?:·[\p{Script=Han}]{1,6})*`;
/** Names after a role: `王炜`, `邓建胜 徐红梅`, `王伟健、王瑨`; a role word starts the next group, not a name. */
const REPORTER_NAMES = String.raw`(?=\S.)${REPORTER_NAME}(?:[\s、，,]+(?!本报|特约|记者|通讯员|实习生)${REPORTER_NAME})*`;
export const REPORTER_LINE = bothScripts(new RegExp(`^${REPORTER_ROLE}\\s*${REPORTER_NAMES}(?:\\s+${REPORTER_ROLE}\\s*${REPORTER_NAMES})*$`, 'u'));

/**
 * A byline as Hong Kong and Taiwan papers print it, alone on a line: `■記者張家豪`,
 * `■記者鄭啟源、曾偉龍`, `本報記者`, `本报评论员`, `《蘋果》記者`, `記者：李某`, `文／李某`, `撰文：李某`, a desk (`大陸中心`, `大陸中心、記者王家俊`, `娛樂組`),
 * and a Taiwan newsroom's credit naming where the reporter filed from (`記者蔡佩蓉／台北報導`, `記者王某、李某／綜合報導`,
 * `三立新聞／綜合報導`, a translator's `經濟日報 編譯劉忠勇、陳律安／綜合外電`).
 */
export const MARKED_BYLINE = bothScripts(
  /^(?:(?:国际|大陆|两岸|社会|政治|财经|经济|地方|娱乐|体育|生活|编译|新闻|综合|港闻|要闻|中国|教育|副刊)(?:中心|组)(?:[、╱／/]\s*(?:记者)?[\p{Script=Han}·、\s]{2,20})?|[■●◆▲]\s*[\p{Script=Han}]{2,6}(?:日报|晚报|报)(?:全媒体)?(?:记者|特约记者|通讯员)\s+[\p{Script=Han}·]{2,4}(?:[、\s]+[\p{Script=Han}·]{2,4}){0,3}(?:\s+(?:本报)?(?:全媒体)?(?:记者|通讯员)\s*[\p{Script=Han}·]{2,4}(?:[、\s]+[\p{Script=Han}·]{2,4}){0,3})*|[■●◆▲]\s*(?:(?:本报|《[^》]{1,8}》)?(?:全媒体)?(?:记者|特约记者|通讯员)[：:\s]*[\p{Script=Han}·、，,\s]{2,30}|[\p{Script=Han}·]{2,3}(?:[、，,\s]+[\p{Script=Han}·]{2,3})*)|(?:本报|《[^》]{1,8}》)(?:记者|特约记者|通讯员)|(?:本报|新华社|[\p{Script=Han}]{2,6}日报)(?:特约)?评论员|(?:记者|文|撰文|采访|整理)[：:／/]\s*[\p{Script=Han}·、，,\s]{2,30}|(?:[\p{Script=Han}A-Za-z]{2,8}\s*)?(?:(?:实习|特约)?记者(?!会)|编译|特派员)\s*[\p{Script=Han}·、，,\s]{2,24}?\s*[／/╱]\s*(?:摄影\s*[\p{Script=Han}·、\s]{2,12}?\s*)?[\p{Script=Han}]{0,6}(?:报导|报道|外电)|[\p{Script=Han}A-Za-z]{2,8}(?:中心|新闻网|新闻|日报|电视台|电视|网)\s*[／/╱]\s*[\p{Script=Han}]{0,6}(?:报导|报道|外电))$/u,
);

/**
 * The outlets a brief was taken from, alone on a line after it, as Hong Kong papers close China briefs:
 * `中新社/鳳凰網`, `湖南紅網`, `中央社`, `英國Ananova網站`, `江蘇《現代快報》`, `《杭州日報》`, `《人物》雜誌`, `廣州南方電視台/《蘋果》記者`, `《網易體育》/新浪微博/央視`. A closing byline;
 * a bare `《新大众》` (no place, no 报) is a headline deck.
 */
/** Who a publication in brackets names: its reporter, or what kind of publication it is (`雜誌`: OpenCC keeps 志, Hong Kong prints 誌). */
const MEDIA_ROLE = '(?:记者|周刊|杂[志誌]|月刊)';
const OUTLET = String.raw`(?:(?:[\p{Script=Han}]{1,4}《[\p{Script=Han}A-Za-z]{2,10}》${MEDIA_ROLE}?|《[\p{Script=Han}A-Za-z]{2,10}》${MEDIA_ROLE}|《[\p{Script=Han}]{1,8}(?:日报|晚报|时报|快报|商报|报|网|周刊)》)|[\p{Script=Han}A-Za-z]{1,10}(?:网站|网|电视台|电台|日报|晚报|时报|快报|商报)|(?:新华|中新|中通|中央|法新|路透|美联|共同|塔斯|韩联)社)`;
/** Outlets well enough known to name a list of sources on their own: `新浪微博`, `央視`. */
const KNOWN_OUTLET = String.raw`(?:(?:新浪)?微博|央视(?:新闻)?|腾讯(?:新闻)?|网易(?:新闻)?|搜狐|澎湃(?:新闻)?|财新|凤凰卫视|《[\p{Script=Han}A-Za-z]{2,10}》)`;
const SOURCE_SEPARATOR = String.raw`\s*[/／、]\s*`;
export const SOURCE_CREDIT = bothScripts(
  new RegExp(
    // One or more outlets each named as outlets are (`中新社/鳳凰網`), or a list of two or more names where one is a
    // well-known outlet (`《網易體育》/新浪微博/央視`).
    `^(?:${OUTLET}(?:${SOURCE_SEPARATOR}${OUTLET})*|(?=.*(?:${OUTLET}|${KNOWN_OUTLET}))[\\p{Script=Han}A-Za-z《》]{2,12}(?:${SOURCE_SEPARATOR}[\\p{Script=Han}A-Za-z《》]{2,12})+)$`,
    'u',
  ),
);

/**
 * A paragraph whose last sentence runs on into the outlet it was taken from (`…王某屬輕微傷。廣州《新快報》`), as a
 * Hong Kong China brief may print its source credit: it ends its story like a sentence end.
 */
export function endsWithSourceCredit(text: string): boolean {
  // An outlet's name ends so (网, 社, 报, 台, 》, 记者, 视, 闻); most lines do not, and are done at once.
  if (!/[网網社报報台》者视視闻聞]$/u.test(text.trimEnd())) return false;
  const tail = SHORT_TAIL.exec(text.trim());
  return tail !== null && SOURCE_CREDIT.test(tail[1]!.trim());
}

/** What a line runs on with after its last sentence end (and any closing quote): an outlet's name (2–20 characters) … */
const SHORT_TAIL = /[。！？!?][”’」』]*([^。！？!?]{2,20})$/u;
/** … a dispatch or a reporter's line (4–30 characters). */
const CREDIT_TAIL_AFTER_SENTENCE = /[。！？!?][”’」』]*\s*([^。！？!?]{4,30})$/u;

/**
 * Rule `dispatch-closes`: a story's last sentence and the dispatch it came in run together on one line (`…仍存在不确定性。
 * 据新华社北京/德黑兰4月26日电`, as 新华每日电讯 closes a story compiled from wire copy): the story is over.
 */
export function endsWithDispatch(text: string): boolean {
  const trimmed = text.trim();
  if (!/[电電]$/u.test(trimmed)) return false;
  const tail = CREDIT_TAIL_AFTER_SENTENCE.exec(trimmed);
  // (Two places of dispatch may stand apart by a slash, `北京/德黑兰`.)
  return tail !== null && tail[1]!.replace(/[/／]/gu, '').replace(LEAD_BYLINE, '').trim() === '';
}

/**
 * A story's last sentence and its reporter's line run together on one line (`…有效监护的状态。本报记者 左妍`, an
 * extraction joining the byline set flush right under the last line): the story is over (rule `head-over-wide-deck`).
 */
export function endsWithReporter(text: string): boolean {
  const tail = CREDIT_TAIL_AFTER_SENTENCE.exec(text.trim());
  return tail !== null && REPORTER_LINE.test(tail[1]!.trim());
}

/** A line ending on a word that needs what follows: a particle, a conjunction or a preposition (`…背后的`, `…与`, `…對`). */
export const LEAVES_PHRASE_OPEN = bothScripts(/[的之与和及同跟在对把被将向为让给从于]$/u);

/** A story's printed end alone on a line: `（完）`, `（全文完）`. */
export const END_MARK_LINE = /^[（(](?:完|全文完|本文完)[）)]$/u;

/** A court report's closing case number as labelled: `案件編號：KCCC1573/06`, `案件編號：HCAL143/04、DCCC1281/03`. The story's last line. */
export const CASE_NUMBER = bothScripts(/^(?:案件|档案)编号[:：]\s*[A-Za-z0-9/／-]+(?:\s*[、，,；;及和]\s*[A-Za-z0-9/／-]+)*$/u);

/**
 * One Hong Kong court case number, `FLCC854/2024`, `HCCC 164/2022`, `CCDI-808/2017(SH)` (its year after the slash, a
 * court's letters after it), and one cited in brackets after it (`（DCCC917/2021）`).
 */
const HK_CASE = String.raw`[A-Z]{2,6}[\s-]?\d{1,6}\s?[/／]\s?(?:19|20)?\d{2}(?:[（(][A-Z]{1,4}[）)])?(?:\s*[（(][A-Z]{2,6}\s?\d{1,6}\s?[/／]\s?(?:19|20)?\d{2}[）)])?`;

/**
 * Hong Kong court case numbers alone on a line, as court news closes a report (`FLCC854/2024`,
 * `HCCC164/2022、HCCC255/2023`, `DCCC12/2024；DCCC13/2024`): line rule `case-number`, which also asks that the text
 * above it ended a sentence (a flight's or a model's numbers, `CZ6701/6702`, stand inside a story's text).
 */
export const HK_CASE_NUMBERS = new RegExp(String.raw`^${HK_CASE}(?:\s*(?:[,，、；;&]|及|和|與|与)\s*${HK_CASE})*$`, 'u');

/** A web copy's time, as news sites print it under a headline: `2020年01月01日05:39`, `2020-01-01 05:39:12`. */
// (A date written with hyphens or slashes, as sites and crawlers write it, `2026-03-29`, is one with or without its time:
// no paper prints a date so in its text.)
const WEB_TIME = String.raw`(?:\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)`;
/**
 * A web copy's time dotted, a bar before its time as some sites set it (`2025.09.18  | 08:10`), or any of those with a bar:
 * read only where every line is a paragraph (rule `web-time-bar`); in printed columns a timeline's times are its story's text.
 */
export const WEB_TIME_BAR_LINE = /^(?:\d{4}\.\d{1,2}\.\d{1,2}|\d{4}[-/]\d{1,2}[-/]\d{1,2})(?:\s+|\s*[|｜]\s*)\d{1,2}:\d{2}(?::\d{2})?$/u;

/** A web copy's time alone on a line, with its source or not (`2020-01-01 05:39`, `2020年01月01日05:39  来源：人民网－人民日报`). */
const WEB_TIME_ALONE = String.raw`${WEB_TIME}\s*(?:来源[:：]\s*\S.{0,30})?|来源[:：]\s*\S.{0,30}?\s*${WEB_TIME}`;
/** {@link WEB_TIME_ALONE} as a line: what a site sets under a headline. */
export const WEB_TIME_LINE = bothScripts(new RegExp(`^(?:${WEB_TIME_ALONE})$`, 'u'));

/** A web copy's time alone on a line, in any form {@link WEB_TIME_LINE} or {@link WEB_TIME_BAR_LINE} reads (pages of whole paragraphs). */
export const isWebTime = (text: string): boolean => WEB_TIME_LINE.test(text) || WEB_TIME_BAR_LINE.test(text);

/** A site's type-size switch (`【字号：大 中 小】`, `字体：大 中 小`): alone on a line, or opening a release's fields' line ({@link isReleaseField}). */
const TYPE_SIZE = String.raw`【?字[号体][:：]?\s*大\s*中\s*小】?`;
/**
 * A news site's lines around a story's text, as web copies of a paper carry them: its time and source under the
 * headline (`2020年01月01日05:39  来源：人民网－人民日报`, `来源：人民网-人民日报 2020-01-01 05:39`), share and print
 * links (`分享到：`, `【字号 大 中 小】`, `打印本页`). Furniture: the paper never printed them.
 */
export const WEB_COPY_META = bothScripts(
  new RegExp(String.raw`^(?:${WEB_TIME_ALONE}|分享到[:：]?.{0,20}|${TYPE_SIZE}|打印本页|关闭窗口|打印\s*[|｜]\s*关闭)$`, 'u'),
);

/**
 * A web copy's closing lines: the printed paper's citation (`《 人民日报 》（ 2020年01月01日 04 版）`) and the
 * web editor (`（责编：王静、李昉）`). The story's last lines.
 */
export const WEB_COPY_END = bothScripts(
  /^(?:《\s*[\p{Script=Han}]{2,12}\s*》\s*[（(]\s*\d{4}年\s*\d{1,2}月\s*\d{1,2}日\s*(?:第?\s*\d{1,3}\s*版)?\s*[）)]|[（(]\s*(?:责编|责任编辑|编辑)[:：][^（）()]{1,40}[）)])$/u,
);

/**
 * A news site's prompt to read on, left in the text by a copy of the page (`請繼續往下閱讀...`, `展开全文`, `点击查看全文`,
 * `展开剩余85%`; Hong Kong's `閲` as well as `閱`):
 * the story goes on under it.
 */
export const WEB_READ_ON = bothScripts(
  /^[【[（(▼▽↓]?\s*(?:请?继续(?:往下)?[阅閲](?:读|讀)(?:全文)?|(?:点击)?(?:展开|查看|[阅閲](?:读|讀))(?:[阅閲](?:读|讀))?全文|展开剩余\s*\d{1,3}\s*[%％]|查看更多|点击(?:进入)?下一页)[.。…]*\s*[】\]）)∨⌄▼>》]*$/u,
);

/** Where a web address opens: `https://`, `www.` (full-width marks as OCR and Chinese input give them). */
const WEB_ADDRESS_OPEN = '(?:https?[:：][/／]{2}|www[.．])';
/** A web address: `https://feedx.net`, `www.example.cn/list?a=1`. */
const WEB_ADDRESS = String.raw`${WEB_ADDRESS_OPEN}[\w./／%?=&#~+:-]+`;
/** Whether a line holds a web address at all: asked before the slower patterns below. */
export const HAS_WEB_ADDRESS = new RegExp(WEB_ADDRESS_OPEN, 'iu');
/** A text that ends on a web address (`…完整清单：https://…`): it ends there, as a sentence does. */
export const ENDS_ON_WEB_ADDRESS = new RegExp(`${WEB_ADDRESS}$`, 'iu');
/** Web addresses at the end of a line: `https://feedx.net https://feedx.site`, `www.example.cn`. */
const WEB_ADDRESSES = String.raw`(?:${WEB_ADDRESS}[\s,，、]*){1,4}`;
/**
 * A short label and web addresses alone on a line (`完整提名名單：https://…`, `网址：www.example.cn`): text of its story, never a
 * headline (rule `web-address`). Not a source note (`来源：…`), which rule `source-note` reads.
 */
// (A short label of one phrase: a headline that names an address, `…平台2.0上线 网址：www.…`, is no label.)
export const WEB_ADDRESS_LINE = new RegExp(String.raw`^[^。！？!?\s]{0,12}[:：]?\s*${WEB_ADDRESSES}$`, 'iu');
/**
 * … and where the label offers more or a channel (`获取更多RSS：https://feedx.net https://feedx.site`, `更多内容请访问
 * www.example.cn`, `扫码关注“健康北京”公众号：https://…`, `下载客户端获取更多资讯：https://…`): a feed's or site's promotion,
 * page furniture (rule `web-promo`). A label of one phrase only: `记者关注到，该平台网址为www.…` and `“广州日报”客户端全新改版
 * 下载：https://…` are a story's text and a headline.
 */
export const WEB_PROMO = bothScripts(
  new RegExp(
    String.raw`^(?:(?:(?:获取|订阅|查看|阅读|浏览)?更多|订阅|RSS)[^。！？!?，,\s]{0,14}|(?=[^。！？!?，,\s]*(?:扫码|扫描二维码|公众号|客户端|RSS))[^。！？!?，,\s]{2,20})[:：]?\s*${WEB_ADDRESSES}$`,
    'iu',
  ),
);

/** A column tag in 【】 alone on a line (`【大美中国】`, `【產業追蹤】`): a feed item's tag printed again over its text (`feed-tag-repeat`). */
export const COLUMN_TAG_LINE = /^【[^【】]{2,30}】$/u;

/**
 * A feed item's title as a news feed or e-paper crawl writes it: the page's number and name, a dash, then the headline with
 * any column tag in 【】 (`01版头版 - 【大美中国】假日时光`, `A03版：要闻 | 标题`). Group 1: the column tag, without brackets.
 */
export const FEED_ITEM_LABEL = /^(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[:：]?\s*[\p{Script=Han}]{0,8}\s*[-－–—|｜]\s+(?:【([^【】]{2,30})】)?(?=\S)/u;

/** Where a story's facts or box came from, alone on a line at its end: `資料來源：美聯社`, `資料來源：` over a web address, the address. Text of the story. */
export const SOURCE_NOTE = bothScripts(
  // And a reprint's source in brackets: `（摘编自《陕西日报》，原题为《如此“监督”必受惩罚》）`, `（原载《光明日报》）`.
  /^(?:(?:资料|数据|消息)?来源\s*[:：](?:\s*\S.{0,40})?|(?:https?[:：][/／]{2}|www[.．])\S+|[（(](?:摘编?自|转载?自|选自|原载于?)[^（()）]{1,60}[）)])$/iu,
);

/** A commentary's or box's own section names in 【】 (`【关键词】`, `【点评】`): text of the story, never a lead or a tag. */
// (And what someone says, in a box of its own: `【执纪者说】`, `【专家说】`.)
const SECTION_LABELS =
  '编者按|编者的话|核心阅读|关键词|事件|点评|说法|案情|链接|相关链接|背景|新闻背景|观点|短评|记者手记|记者观察|记者札记|延伸阅读|小贴士|提示|[\\p{Script=Han}]{1,5}说';
export const SECTION_LABEL = bothScripts(new RegExp(`^(?:${SECTION_LABELS})$`, 'u'));
/**
 * A line that is such a label in 【】 or opens with one (`【点评】`, `【关键词】地铁站里的“美术馆”`), or a feature's own box
 * label alone (`核心阅读`, `头条看点`; `延伸阅读` and `相关链接` alone head boxes of their own, and `编者按` alone is a
 * column label).
 */
export const SECTION_LABEL_LINE = bothScripts(new RegExp(`^(?:【(?:${SECTION_LABELS})】.*|(?:核心阅读|头条看点)[:：]?)$`, 'u'));

/** What names a dispatch in a bracketed lead (`【本市讯】`, `【新华社延安十五日电】`), which a story's tag (`【貓食貓】`) lacks. */
export const DISPATCH_WORD = bothScripts(/讯|报道|报导|电|消息|综合|记者|本报/u);

/** A day or month number as printed: 12, １２, 十二, 三十一. */
const DATE_NUMBER = '(?:[\\d０-９]{1,2}|[一二三四五六七八九十廿卅]{1,3})';
/** A date alone on a line (`五月十五日`, `2025年4月15日`, `二〇二五年四月十五日`, `20/04/09`): a letter's or notice's date, a dateline or a fact box's row, never a head or part of one. */
const YEAR = '(?:[\\d０-９]{4}|[〇○零一二三四五六七八九]{4})';
const MONTH_DAY = `${DATE_NUMBER}月${DATE_NUMBER}日`;
/** A date in figures, as a table or a fact box sets it (`20/04/09`, `10/2007`, `2025-04-15`, `2025.4.15`). */
const FIGURE_DATE =
  '(?:[\\d０-９]{1,2}[/／][\\d０-９]{1,2}[/／](?:[\\d０-９]{2}|[\\d０-９]{4})|[\\d０-９]{1,2}[/／][\\d０-９]{4}|[\\d０-９]{4}([-/.／．])[\\d０-９]{1,2}\\1[\\d０-９]{1,2})';
export const DATE_LINE = new RegExp(`^(?:(?:${YEAR}年)?${MONTH_DAY}|${YEAR}年${DATE_NUMBER}月|${FIGURE_DATE})$`, 'u');
/** {@link DATE_LINE} in figures only (`20/04/09`, `1997.7.1`). */
export const FIGURE_DATE_LINE = new RegExp(`^${FIGURE_DATE}$`, 'u');
/** A letter's signature run into its date (`赵国政吕艺生1997年12月`): the names (checked by the caller) and the date they sign. */
export const NAMES_DATE_LINE = new RegExp(`^([\\p{Script=Han}]{2,12}?)${YEAR}年${DATE_NUMBER}月(?:${DATE_NUMBER}日)?$`, 'u');

/** A date in brackets under a speech's or a document's head: `（一九九八年一月二十二日）`, `（2025年3月5日）`. */
export const BRACKET_DATE = new RegExp(`^[（(](?:${YEAR}年)?${MONTH_DAY}[）)]$`, 'u');

/** Where and when a document was signed, closing it: `1998年1月29日于班吉`, `一九九八年一月二十日于北京`. */
export const SIGNED_DATE_LINE = bothScripts(new RegExp(`^${YEAR}年${MONTH_DAY}(?:于|在)[\\p{Script=Han}]{2,8}$`, 'u'));

/**
 * A byline that opens the lead paragraph of a news item:
 * `本报讯(记者方双)`, `本报讯 `, `滨州日报/滨州网讯（记者 隆卫 通讯员 臧玉希 报道）`, `新华社北京电（记者…）`.
 */
export const LEAD_BYLINE = bothScripts(
  new RegExp(
    '^(?:' +
      [
        '本报讯',
        '[\\p{Script=Han}]{2,8}(?:日报|网|社)(?:\\/[\\p{Script=Han}]{2,8}(?:网|日报))?讯',
        '新华社[\\p{Script=Han}]{0,6}电',
        // 本报电 （记者郁静娴）, 本报北京电 （记者…）: a dateline without the date, a byline after it
        '本报(?:[\\p{Script=Han}]{2,6})?电(?=\\s*[（(])',
        // A dateline: 本报北京12月31日讯, 本报杭州1月1日电, 据新华社银川1月1日电, 中新社北京1月1日电
        // (digits as printed: 12, １２ or 十二)
        // (a place abroad may name its country in brackets: 新华社达沃斯（瑞士）1月29日电)
        `据?(?:本报|新华社|中新社|中新网|人民网|新华网|央视网|中央社)[\\p{Script=Han}]{0,8}?(?:[（(][\\p{Script=Han}]{1,8}[）)])?(?:${DATE_NUMBER}月)?${DATE_NUMBER}日[讯电]`,
        // A news site's or paper's own lead: 央视网消息, 本报消息
        '(?:本报|[\\p{Script=Han}]{2,6}网)消息',
        // A reporter's own dateline: 本报记者 王某 报道：, 东方网记者王明1月1日报道：
        `(?:本报|[\\p{Script=Han}]{2,8}(?:网|日报|社))?记者[\\p{Script=Han}\\s、·]{2,16}?(?:${DATE_NUMBER}月)?(?:${DATE_NUMBER}日)?(?:\\s*电)?\\s*报道[:：]`,
        '据新华社[\\p{Script=Han}]{0,8}电',
        // A bracketed lead: 【新华社晋冀鲁豫总分社讯】, 【本市消息】, 【本報訊】; 〔記者X／台北報導〕 (not 【编者按】)
        // (not a commentary's section label: 【关键词】, 【事件】, 【点评】, 【说法】, 【链接】)
        // (nor a subhead in brackets naming who answers, 【灣裡地區民眾就醫交通需求 交通局：逐步完善公車路網】; a bracket ending
        // on a dispatch word still is a lead, 【中央社記者：林家豪馬尼拉5日電】)
        // (the bracket's length asked first: a long line opening on an unclosed `【` with many colons is not scanned over
        // and over for a speaker)
        // (A series tag in book-title marks may stand before it, `《選戰風雲》【本報訊】…`, as Hong Kong papers print a running story's.)
        `(?:《[^《》\\s]{2,10}》)?【(?!(?:${SECTION_LABELS})】)(?=[^【】]{2,40}】)(?![^【】]*\\p{Script=Han}：[\\p{Script=Han}「“]{4}[^【】]*(?<![电電讯訊导導道])】)[^【】]{2,40}】`,
        '〔[^〔〕]{2,40}〕',
        // A wire lead in brackets: （中央社記者X台北1日電）
        '[（(]中央社[^（()）]{0,40}电[）)]',
        // A paper's own credit in brackets: （星島日報報道）; a station's or a paper's news, (澳門電台消息) (not `（綜合外電消息）`,
        // `（內部消息）`: no outlet's word before 消息)
        // (Not a photographer's, `（本报记者王霞光摄影报道）`: a picture's credit.)
        '[（(](?![^（()）]*摄)[\\p{Script=Han}]{2,10}(?:报道|报导)[）)]',
        '[（(][\\p{Script=Han}]{1,8}(?:电台|电视台|广播|网|报|社)消息[）)]',
      ].join('|') +
      // (the byline in brackets after it; OCR may read the opening bracket as an angle bracket: `电〈记者郁静娴)`)
      ')\\s*(?:[（(〈][^（()）〈〉]{0,80}[）)〉])?\\s*',
    'u',
  ),
);

/** A photo credit alone on a line: `本报记者 隋二龙 摄`, `王燕婷摄（人民视觉）`, `敖民极/摄`, a picture story's `牛宏超 周学津摄影报道`, `图片来源:乌鲁木齐高新区(新市区)`. */
export const CREDIT_LINE = bothScripts(
  /^(?:(?:本报记者|记者|通讯员)?\s*[\p{Script=Han}\s·]{2,20}\s*\/?\s*摄(?:影报道)?(?:[（(][\p{Script=Han}·《》]{2,16}[）)])?|图片来源\s*[:：].{1,40}|翻摄(?:自)?[\p{Script=Han}《》]{0,12}|(?:图|摄影)\s*[:：/].{1,20}|[\p{Script=Han}·\s]{2,16}供图)$/u,
);

/**
 * A photo credit in brackets alone under its caption: `（本报记者李舸摄）`, `（新華社記者蘭紅光攝）`. Not on a page that
 * prints its credits at the head of a caption ({@link CREDIT_FIRST_CAPTION}, as Taiwan papers do): there a bracketed
 * credit alone is the same credit again, inside the story, and the story keeps it.
 */
export const BRACKET_CREDIT_LINE = bothScripts(
  /^[（(](?:(?:本报记者|记者|通讯员)?\s*[\p{Script=Han}\s·、]{2,20}\s*摄(?:影报道)?|传真照片|资料照片|资料图片|新华社发|新华社传真照片)[）)]$/u,
);

/** A caption that opens with its photo credit in brackets: `（記者張忠義攝）義享天地緊鄰高雄大順路…` (a page's convention where it prints two or more). */
export const CREDIT_FIRST_CAPTION = bothScripts(/^[（(](?:本报记者|记者|通讯员)?[^（()）]{2,20}摄[）)]\s*\S/u);

/**
 * Reporters' names closing a story, in brackets with nothing between them (`（许知春王忠一）`, `（李虎成刘健牛玉林）`,
 * `（鲁财宣）`): a bracketed run of characters that is no date and none of the notes a paper brackets after a headline
 * or a text (`（摘要）`, `（上）`, `（图片）`, `（全文完）`). Only after a paragraph that ends a sentence (rule `closing-names`).
 */
export const BRACKET_NAMES = bothScripts(
  // (OCR reads a bracket as an angle bracket now and then: `〈崔明太刘瑞雪)`.)
  /^[（(〈](?![^）)〉]*(?:年|月|日|摘要|节选|续|完|图|片|资料|草案|试行|全文|修订|修正|讨论稿|意见稿|特稿|通讯|社论|评论|专访|专稿|译|编|见|版|附|记者|通讯员|本报|新华社))[\p{Script=Han}·]{2,12}[）)〉]$/u,
);

/** A note that pictures go with a story, or that an item is a picture: `（附图片1张）`, `（附图片２张）`, `（图片）`. */
const PICTURE_MARK = String.raw`[（(](?:附图片?\s*[0-9０-９一二三四五六七八九十]*\s*[张幅]?|图片)[）)]`;
/** Such a note alone on a line under a headline. */
export const PICTURE_NOTE = bothScripts(new RegExp(`^${PICTURE_MARK}$`, 'u'));
/** A headline marked with it: `…（图片）`, `…（附图片２张）`. */
export const PICTURE_HEADLINE = bothScripts(new RegExp(`${PICTURE_MARK}$`, 'u'));

/** A photo credit at the end of a caption paragraph: `… 本报记者 赵博 摄`. */
export const CREDIT_TAIL = bothScripts(/\s*(?:本报记者|记者|通讯员)?\s*[\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4})*\s*\/?\s*摄$/u);

/**
 * `CREDIT_TAIL.test(text)`, answered at once for the many lines that do not end in 摄 (攝):
 * the unanchored pattern would be tried at every position of the line to find that out.
 */
export function hasCreditTail(text: string): boolean {
  const last = text.at(-1);
  return (last === '摄' || last === '攝') && CREDIT_TAIL.test(text);
}

/**
 * A picture's credit closing its caption as Taiwan sites set it: `…巡田水」。圖／北海岸金山萬里社區營造聯盟公社提供`,
 * `…年輕院長。記者魯永明／攝影`, `…健康公宅。圖╱都發局提供`. The caption ends there as a sentence does.
 */
const SLASH_CREDIT_TAIL = bothScripts(/(?:(?:^|[。！？!?”」）)\s])图\s*[／╱/][^。！？!?／╱/]{1,30}|[\p{Script=Han}·]{2,12}\s*[／╱/]\s*摄(?:影)?)$/u);

/** Whether a text ends with {@link SLASH_CREDIT_TAIL}: only its last characters are searched (a paragraph can be long). */
export function hasSlashCredit(text: string): boolean {
  const tail = text.slice(-48);
  if (!/[／╱/]/u.test(tail)) return false;
  // (A character before the tail keeps the pattern's start-of-text branch from matching inside the text.)
  return SLASH_CREDIT_TAIL.test(text.length > 48 ? `x${tail}` : text);
}

/**
 * A continuation marker: `（上接第一版）`, `(上接第一版)`, `（下转第三版）`, `（转第二版）`, a city paper's `（下转A3版）`, or one
 * marked with an arrow instead of brackets, as city papers print them (`◀上接A01版`, `▶下转A02版`, `■下转第3版`).
 */
export const CONTINUATION = bothScripts(
  // (A bracket opens it or an arrow does; the closing bracket is the bracketed form's.)
  /^(?:[（(]|[▶◀►◄▲▼■●→←])\s*(上接|下转|转自|转|接)第?\s*([A-Za-zＡ-Ｚ]?[一二三四五六七八九十\d０-９]+)\s*版\s*[）)]?/u,
);
/** The same marker at the end of a line, run onto a story's last line (`…坚实基础（下转第二版）`). */
export const CONTINUATION_AT_END = new RegExp(`${CONTINUATION.source.replace(/^\^/u, '')}\\s*$`, CONTINUATION.flags);
/** A continuation marker that sends the story on (`（下转第三版）`, `（转第二版）`), not one that resumes it. */
export const CONTINUED_TO = bothScripts(/^(?:[（(]|[▶◀►◄▲▼■●→←])\s*(?:下转|转(?!自))/u);

/** A numbered or bullet-marked section heading inside an article: `一、案例背景`, `（二）…`, `■各類食品原料全面上漲`; `第三，…` is not one. */
export const NUMBERED_SECTION = bothScripts(
  /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．]|[■●◆▲□◇](?=\s*\p{Script=Han}))/u,
);

/** A label for a column introduction: `·开栏的话·`, `编者按`. */
export const COLUMN_LABEL = bothScripts(/^(?:[·•]\s*[\p{Script=Han}]{2,8}\s*[·•]|〈\s*[\p{Script=Han}]{2,8}\s*〉|【?编者按】?|开栏的话)$/u);

/** Text that says it introduces a column: `本报开设“…”栏目`. */
export const COLUMN_INTRO_TEXT = bothScripts(/本报(?:即日起|今起|自即日起)?[^。]{0,6}开设[^。]{0,60}栏目/u);

/** A subtitle line: `——我省加强数字政府建设系列报道之三`. */
export const SUBTITLE = bothScripts(/^(?:[—―]{1,2}|－{1,2})\s*(?=[^—―－\s-])/u);

/** An organisation name printed alone above a case-study headline: `东北师范大学`, `省农联社`. */
export const ORGANISATION = bothScripts(
  /^[\p{Script=Han}（）()]{2,20}(?:大学|学院|医院|联社|集团|公司|政府|委员会|党委|局|厅|委|办|社|中心|协会|银行|法院|检察院|街道|县|区|市|镇|乡|村)$/u,
);

/** Common Chinese surnames (first character of a personal name), for short name-only bylines. */
export const SURNAMES = new Set([
  ...[
    ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤柏鄧葛隋裴祖柳敖仝耿殷施焦聂岳齐庞颜倪牛温俞章鲁伍申尤毕车邬包左盛洪翟霍骆甘戚樊祁冉涂滕窦艾鲍蒲晏喻栾柴阎闻卜乔梅季庄詹卓屈苗费巩易邢舒凌佘郎靳荣柯宫欧辜蓝阚匡',
  ].flatMap((char) => [char, toTraditional(char)]),
]);

/** Longest line (UTF-16 units) {@link isNameLine} reads: `山东省潍坊市 冯小虎` is 10, three names with spaces 11. */
const NAME_LINE_MAX = 24;

/** A character that ends a landmark's or place's name, never a given name's: `王府井`, `武侯祠`, `钟楼`, `周庄`. */
const PLACE_WORD_END = bothScripts(/^[井祠楼山村庄湖街路寺庙桥园岛港湾塔门宫观殿阁亭台城镇乡区县市州江河溪泉峰岭坡谷口店场馆院所站厂坝堰关洲滩]$/u);

/** A place of two administrative levels: `山东省潍坊市`, `北京市东城区`, `江西省赣州市`. */
const PLACE_TWO_LEVELS = bothScripts(
  /^(?:[\p{Script=Han}]{1,6}(?:省|自治区)[\p{Script=Han}]{1,6}(?:市|州|盟)(?:[\p{Script=Han}]{1,6}(?:区|县|旗|市))?|[\p{Script=Han}]{1,6}(?:市|州|盟)[\p{Script=Han}]{1,6}(?:区|县|旗|市))$/u,
);

const HAN_AND_SPACES = /^[\p{Script=Han}\s]+$/u;

/** A name-only byline: `高吉楠`, `鄧小山 廖承雄` (1–3 names of 2–3 characters), or a reader's place and name. */
export function isNameLine(text: string): boolean {
  const trimmed = text.trim();
  // The longest is three names of three characters or a place of two levels and a name: a longer line is text.
  if (trimmed.length > NAME_LINE_MAX) return false;
  // Every form below is Han characters and spaces only: a line with anything else (punctuation, digits) is text.
  if (!HAN_AND_SPACES.test(trimmed)) return false;
  // A reader's letter signed with where it came from: `山东省潍坊市 冯小虎`, `江西省赣州市 陆 离`.
  const place = /^[\p{Script=Han}]{1,12}(?:省|市|县|区|州|镇|乡|旗)[ \u3000]+([^ \u3000].*)$/u.exec(trimmed);
  if (place) return isNameLine(place[1]!);
  // The same with the space lost (a word-segmented copy read with its spaces removed): `山东省潍坊市冯小虎`, `北京市东城区邹凌雁`.
  // Two levels of place are needed, so a head naming one place (`走进安吉县余村`) is no signature.
  const chars = [...trimmed];
  for (const length of [3, 2]) {
    const place = chars.slice(0, -length).join('');
    const name = chars.slice(-length);
    if (PLACE_TWO_LEVELS.test(place) && SURNAMES.has(name[0]!) && !name.slice(1).some((char) => PLACE_WORD_END.test(char))) return true;
  }
  // A two- or three-character name set with a space between its characters: `耿 磊`, `陆 离`.
  if (/^[\p{Script=Han}](?:[ \u3000]+[\p{Script=Han}]){1,2}$/u.test(trimmed)) return SURNAMES.has([...trimmed][0]!);
  const names = trimmed.split(/\s+/u);
  if (names.length > 3) return false;
  return names.every((name) => /^[\p{Script=Han}]{2,3}$/u.test(name) && SURNAMES.has([...name][0]!));
}

/**
 * Page furniture printed alone on a line: a page number (`２`, `- 3 -`), or a dateline or banner
 * naming the paper's date or page (`1946年5月15日 人民日报 第2版`, `一九四六年五月二十二日　第二版`). (Its month may be a
 * mark OCR read for a digit, `2026年/月16日星期四`, where the weekday or page number follows.)
 */
export const PAGE_FURNITURE = bothScripts(
  /^(?:[-—\s]*[0-9０-９]{1,3}[-—\s]*|.{0,20}(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(?:[0-9０-９一二三四五六七八九十]{1,3}|[^\p{Script=Han}\s]{1,2})月[0-9０-９一二三四五六七八九十]{1,3}日.{0,20}(?:第[0-9０-９一二三四五六七八九十]{1,3}版|星期[一二三四五六日天]).{0,10}|.{0,12}第[0-9０-９一二三四五六七八九十]{1,3}版.{0,20}(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年.{0,12})$/u,
);

/** A page number or a date alone, as the head of a page prints them: `第二版`, `经济 第7版`, `一九四六年五月二十四日`, `2025年4月15日 星期二`. */
const PAGE_NUMBER = String.raw`(?:[\p{Script=Han}]{2,6}\s*)?第[A-Za-zＡ-Ｚ]?[0-9０-９一二三四五六七八九十]{1,3}版(?:\s*[:：]?\s*[\p{Script=Han}][\p{Script=Han}·]{1,8})?`;
// (At the head of a page a lettered page number may run into its section's name, `A01头版`, `B03經濟`: the banner's lines are read as such.)
export const PAGE_HEAD_LINE = bothScripts(
  new RegExp(
    String.raw`^(?:${PAGE_NUMBER}|[A-DＡ-Ｄ][0-9０-９]{1,2}版?[\p{Script=Han}]{0,4}|(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日(?:\s*星期[一二三四五六日天])?)$`,
    'u',
  ),
);
/** A city paper's lettered page number (`A01`, `B3版`), with or without its section's name after it (`A01 头版`, `A05：要闻`). */
// (Letters A to D, as city papers letter their sections; the section's name set apart by a space, a colon or 版, so a
// headline that opens so, `G20杭州峰会纪念馆开馆`, `B2轮融资`, is none.)
const LETTERED_SECTION = String.raw`[\p{Script=Han}][\p{Script=Han}·]{1,5}`;
// (Run together, `A03民生新闻` as an extraction that drops the space gives it, or with a mark OCR read for the space,
// `A03”民生新闻`, only with a two-digit number and a name that ends on a word pages are named by.)
const SECTION_WORD =
  '新闻|要闻|头版|综合|评论|观点|视点|关注|财经|经济|体育|文化|副刊|专版|特刊|国际|国内|时事|社会|民生|教育|法治|健康|旅游|广告|城事|地方|理论|专题';
const LETTERED_PAGE = String.raw`[A-DＡ-Ｄ](?:[0-9０-９]{1,2}(?:版(?:\s*[:：|｜]?\s*${LETTERED_SECTION})?|\s*[:：|｜]\s*${LETTERED_SECTION}|\s+${LETTERED_SECTION})?|[0-9０-９]{2}[”“"'’·.、]?[\p{Script=Han}]{0,4}(?:${SECTION_WORD}))`;
/** A page's section name alone on a line, as a paper sets it under its masthead (`港聞`, `要闻`, `國際`, `兩岸`, `娛樂`). */
const SECTION_NAMES = `${SECTION_WORD}|港闻|本地|两岸|中国|娱乐|地产|焦点|头条|马经`;
export const SECTION_NAME_LINE = bothScripts(new RegExp(`^(?:${SECTION_NAMES})$`, 'u'));
/** A section's name anywhere in a line: a page line that names its section (`A1 要聞`, `第4版 要闻`). */
export const SECTION_IN_LINE = bothScripts(new RegExp(SECTION_NAMES, 'u'));
/** A page number with the page's section name, alone on a line: `党建 第19版`, `第2版 要闻`, an e-paper's `第03版：要闻`, a city paper's `第A03版：评论·观点`, `A01 头版`, `第二版`. */
export const PAGE_NUMBER_LINE = bothScripts(new RegExp(`^(?:${PAGE_NUMBER}|${LETTERED_PAGE})$`, 'u'));

/** A newspaper's name as its masthead prints it (spaces removed): `人民日报`, `滨州日报`, `明報`. */
export const MASTHEAD = bothScripts(/^[\p{Script=Han}]{1,8}(?:日报|晚报|时报|商报|早报|报|每日电讯)$/u);

/**
 * A publication field's label, as a press release or a site's copy sets it under the headline: who issued it and when,
 * where it came from, who wrote and edited it (`發稿單位`, `发布时间`, `来源`, `责任编辑`, `浏览次数`).
 */
const RELEASE_LABEL =
  '(?:发稿|发布|发文|供稿)(?:单位|机关|机构|时间|日期|人员|者|人)?|(?:新闻|信息|稿件)?来源|稿源|(?:更新|上稿)(?:时间|日期)|(?:浏览|点击|阅读)(?:次数|数|量)';
/** … and a label naming a person, whose value is names only (`作者：王某`, not an interviewer's question `编辑：请您先谈谈…`). */
const NAME_LABEL = '作者|撰稿人?|(?:责任)?编辑|审核|审稿|摄影';
/**
 * A publication field alone on a line, or several run together, a type-size switch before them or not
 * (`發稿單位：社會局`, `字号：大 中 小  发布时间：2025-03-07 09:30  来源：市政府办公室`). Group 1: a name field's label; group 2:
 * the value, no sentence.
 */
const RELEASE_FIELD = bothScripts(new RegExp(String.raw`^(?:${TYPE_SIZE}\s*)?(?:(${NAME_LABEL})|${RELEASE_LABEL})\s*[:：]\s*(\S[^。！？!?]{0,80})$`, 'u'));
/** A name field's value: names, apart by spaces or `、`, and what other fields follow on the line. */
const NAMES_VALUE = bothScripts(
  new RegExp(String.raw`^[\p{Script=Han}·・]{2,12}(?:[\s、，,]+[\p{Script=Han}·・]{2,12}){0,5}(?:\s+(?:${RELEASE_LABEL}|${NAME_LABEL})\s*[:：].*)?$`, 'u'),
);
/** A bare time or date field, its value a site's date (`时间：2023-08-30 10:09`, `日期：2025年3月7日`): what a news list prints under the headline. */
const DATE_FIELD = bothScripts(
  /^(?:发表)?(?:时间|日期)\s*[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?(?:\s+\S.{0,60})?$/u,
);
/** A publication field alone on a line, or several run together, with no sentence in it (`發稿單位：社會局`, `发布时间：2025-03-07 09:30  来源：市政府办公室`). */
export function isReleaseField(text: string): boolean {
  if (DATE_FIELD.test(text)) return true;
  const match = RELEASE_FIELD.exec(text);
  return match !== null && (match[1] === undefined || NAMES_VALUE.test(match[2]!));
}
/** A contact's field among a release's fields: `聯絡電話：06-6322231#6080`, `联系人：王某`. */
export const CONTACT_FIELD_LINE = bothScripts(
  /^(?:(?:新闻)?(?:联络|联系|连络)(?:电话|人员|人|窗口)|电话|传真|电子邮件|邮箱|E-?mail)\s*[:：]\s*\S[^。！？!?]{0,60}$/iu,
);
/** A line a release's fields may hold: a publication field ({@link isReleaseField}) or a contact's ({@link CONTACT_FIELD_LINE}). */
export function isPublicationField(text: string): boolean {
  return isReleaseField(text) || CONTACT_FIELD_LINE.test(text);
}

/**
 * A label and a code or number alone on a line, or a list of codes with a slash in them (`案件編號：HCAL143/04、DCCC1281/03`):
 * data, not a heading (`案件編號：HCAL36/05`, `查詢電話：2345 6789`). (A list of plain numbers, `今日焦點股：0700、9988、3690`, may
 * be a headline.)
 */
export const LABEL_VALUE = /^[\p{Script=Han}]{2,8}[：:]\s*[A-Za-z0-9](?:[\x21-\x7e\uff01-\uff5e\s]*|(?=[^/]*\/)[\x21-\x7e\uff01-\uff5e\u3001\s]*)$/u;

/**
 * A story's closing credit, wholly in brackets: who wrote or helped write it
 * (`（本报记者王伟健、王瑨参与采写）`, `（记者 王某）`, `（文字编辑：易佳）`, `（作者为本报北京分社记者）`, `（作者单位：中国社会科学院）`) or a list of names (`（张明 赵天华）`, `（涂成强  宋  杰）`).
 */
export const CLOSING_CREDIT = bothScripts(
  // `\u6444` is 摄 written so that `bothScripts` leaves it Simplified: a bracketed mainland photo credit
  // (`（本报记者李舸摄）`) is a credit line, a Taiwan one (`（記者張忠義攝）`) stays the story's closing line.
  // An editor's note that pictures went with the story (`（附图片1张）`) closes it too.
  /^[（(](?!.*\u6444)(?:作者(?:为|系|是|单位[:：]\s*)[^（()）]{2,40}|[^（()）]{1,40}(?:参与采写|采写|撰稿|执笔|整理|报道|供稿|综合)|(?:本报)?(?:记者|通讯员)\s*[\p{Script=Han}·、，,\s]{2,30}|(?:文字|责任)?编辑[:：]\s*[\p{Script=Han}·、，,\s]{2,30}|据?(?:新华社|中新社|本报)[^（()）]{0,16}[电讯](?:\s*(?:记者|通讯员)\s*[\p{Script=Han}·、，,\s]{2,30})?|(?:撰文|文|文字)[/／:：]\s*[\p{Script=Han}·、，,\s]{2,30}|附(?:图片|照片|图表|图)\s*(?:\d+|[一二三四五六七八九十]+)?\s*[张幅]?|[\p{Script=Han}·]{2,4}(?:[、，,\s]+[\p{Script=Han}·]{1,4})+)[）)]$/u,
);

/** A photo caption's sign: `图为…` anywhere in it, or a label `图片：` opening it. */
export const PHOTO_IS = bothScripts(/图为|^图片[：:]/u);

/**
 * A headline signed with its column's name in brackets at its end: `推动柚子特色产业提档升级（专家点评）`,
 * `莫让风筝线变成伤人线（民生观）`. A subhead inside a story carries none; a photo credit (`王燕婷摄（人民视觉）`,
 * `…（資料照）`) is no headline.
 */
export const COLUMN_TAGGED_HEADLINE = bothScripts(/^(?!.*(?:摄|资料照|视觉|影像|图为))\S(?:\S| (?=\S)){3,}[（(][\p{Script=Han}·]{2,12}[）)]$/u);

/** Names of a box listing the page's or issue's headlines. */
const INDEX_BOX_NAMES = '本期导读|今日导读|要闻导读|本版导读|导读|目录|索引|标题导航|版面导航|本版标题';

/** The name of a box that is no article: a weather box, an index of the issue or page, a notice (`天气预报`, `本版导读`, an e-paper's `标题导航`). */
export const FURNITURE_BOX = bothScripts(
  new RegExp(
    String.raw`^(?:[■●◆]\s*)?(?:天气预报|今日天气|城市天气|天气|${INDEX_BOX_NAMES}|今日提要|内容提要|读者热线|新闻热线|更正|启事|补充说明|更正启事|更正说明|(?:明天|明日|今天|今日)(?:气象|天气)预报(?:[（(][^（()）]{1,30}[）)])?)$`,
    'u',
  ),
);
/** A box that lists the page's or issue's headlines: `标题导航`, `本版导读`, `目录`. */
export const INDEX_BOX = bothScripts(new RegExp(String.raw`^(?:[■●◆]\s*)?(?:${INDEX_BOX_NAMES})$`, 'u'));

/**
 * The page's staff credits or a column's address for letters, alone on a line: page furniture, never text of the story above
 * (`本版责编：王某 李某  版式设计：张某`, `栏目投稿邮箱：rmrbzzb@peopledaily.cn`).
 */
export const PAGE_CREDITS = bothScripts(
  /^(?:(?:(?:本版|本栏|本刊|栏目|本期)?(?:责编|责任编辑|编辑|美编|版式设计|版式|校对|统筹|策划)|(?:本版|本栏|本刊|栏目)制图)[:：]\s*[\p{Script=Han}·\s、，,]{2,40}(?:(?:版式设计|版式|美编|校对|制图)[:：]\s*[\p{Script=Han}·\s、，,]{2,20})*|[\p{Script=Han}]{0,10}(?:邮箱|信箱|E-?mail)[:：]\s*[\w.+-]+@[\w.-]+)$/iu,
);

/** A series label set with a headline: `金台潮声·作风建设系列谈③`, `走基层·之三`. Published as the series, never the headline. */
export const SERIES_LABEL = bothScripts(
  // (The series' theme may be phrases set apart by spaces: `大家谈·选择西部 扎根西部 建功西部⑥`.)
  /^[\p{Script=Han}]{2,10}·[\p{Script=Han}]{2,16}(?:[ 　][\p{Script=Han}]{2,16}){0,3}(?:[①-⑳]|[（(]?[0-9一二三四五六七八九十]{1,3}[）)]?|之[一二三四五六七八九十]{1,3})$/u,
);

/**
 * A drawing's or a chart's credit alone on a line (`洪  琥绘（《讽刺与幽默》供图）`, `制图：汪哲平`): no caption goes with it; it
 * stays in the story where it was printed. (`本版制图：…` with the page's editors is the page's credit, {@link PAGE_CREDITS}.)
 */
export const DRAWING_CREDIT = bothScripts(
  /^(?:[\p{Script=Han}\s·]{2,20}\s*(?:绘|制图|漫画)(?:[（(][\p{Script=Han}·《》]{2,16}[）)])?|(?:制图|绘图|图表制作)[:：]\s*[\p{Script=Han}·\s、，,]{2,20})$/u,
);

/** A caption signed at its end in brackets: `…（資料照）`, `圖為友達大尺寸面板（記者陳梅英攝）`, `…（新华社记者 李某 摄）`. */
export const CAPTION_CREDIT_END = bothScripts(/\S[（(](?:资料照片?|档案照|翻摄|[^（()）]{0,16}(?:摄|提供|供图))[）)]$/u);

/**
 * A caption with a supplier's credit run onto its line after the sentence, as e-paper copies print it:
 * `泉州市丰泽区…交流小区改造事宜。　　泉州市委组织部供图`, `…　　新华社发`. (A photographer's `…摄` tail is
 * {@link CREDIT_TAIL}'s.)
 */
export const CAPTION_TRAILING_CREDIT = bothScripts(
  /[。！？!?”」]\s+(?:[\p{Script=Han}·\s]{2,20}(?:供图|提供)|(?:新华社|中新社)(?:记者)?\s*[\p{Script=Han}\s]{0,8}发)(?:[（(][\p{Script=Han}·]{2,8}[）)])?$/u,
);

/**
 * A caption's credit run on after its last sentence with no space, as Hong Kong web copies print it: a photographer's
 * name or a source and what it gave (`…胡椒球彈。林倩茹攝`, `…滿身鮮血。香港電台圖片`, `…開槍。丘品新聞截圖`).
 */
export const CAPTION_SOURCE_END = bothScripts(/[。！？!?”」]\s*[\p{Script=Han}A-Za-z·]{2,12}(?:摄|图片|截图|提供|供图)$/u);

/** A paragraph that ends with the editor's signature run on after its last sentence: `…谈谈各自的打算。———编者`. */
export const EDITOR_SIGNED_END = bothScripts(/[。！？!?”」][—－-]{1,3}\s*编\s*者$/u);

/** A sign-off after a note or a letter: `——编  者`, `——编辑部`, `——王 者` (a dash, then a role or a name of two to four characters). */
export const SIGNATURE = bothScripts(/^(?:[—―]{1,2}|－{1,2})\s*(?:编\s*者|编辑部|[\p{Script=Han}](?:\s*[\p{Script=Han}]){1,3})$/u);

/** An addressee in a speech's salutation: `各位同志`, `尊敬的来宾`, `女士们`. */
const ADDRESSEE = String.raw`(?:尊敬的|亲爱的|各位)?[\p{Script=Han}]{0,8}?(?:同志|代表|委员|常委|朋友|先生|女士|来宾|同学|老师|同胞|战友|嘉宾)们?`;
/**
 * A speech's salutation, opening its text: `各位常委、各位同志：`, `同志们：`, `女士们、先生们，朋友们：`. Each addressee after
 * the first follows a separator: with none, the pattern could read one run of characters in exponentially many ways.
 */
export const SALUTATION = bothScripts(new RegExp(String.raw`^${ADDRESSEE}(?:[、，,\s]+${ADDRESSEE})*[、，,\s]*[：:]$`, 'u'));

/**
 * A sender's sign-off under a message of congratulation or mourning: `冀南行署敬祝`, `全体职工敬贺`. Only the verbs a
 * sender signs with (not `同贺`, `恭贺`, `谨祝`, which heads and sentences use); classify-lines also wants it standing apart.
 */

export const SENDER_GREETING = bothScripts(/^[\p{Script=Han}·\s]{2,16}(?:敬祝|敬贺|敬献|谨贺|敬挽|谨挽|敬上|拜上|谨启)$/u);
