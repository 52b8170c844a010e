import { jieba } from '../script/jieba.ts';
import { toSimplified } from '../script/to-traditional.ts';
import { BRACKET_NAMES, bothScripts, DATE_LINE } from './patterns.ts';
import { SETTINGS } from './settings.ts';
import { charsOf } from './text-utils.ts';

/**
 * What a headline deck says, read with a word segmenter's part-of-speech tags (jieba, through
 * @node-rs/jieba, the segmenter the Traditional conversion uses too): does it state something (a verb), or only name someone or something (`瑞华银行`,
 * `十七师暨军区警卫团`)? A deck that only names its subject is not a headline on its own: the
 * headline goes on in the next deck (`瑞华银行` / `今日召开股东大会`).
 *
 * Only headline decks are tagged (a few per page), so the segmenter's cost stays where it was.
 * Traditional decks are tagged in Simplified (jieba's dictionary is Simplified).
 */
export interface DeckGrammar {
  /** Some word is a verb (jieba tags `v…`, verbal nouns `vn` included: `积极建设交通`). */
  readonly states: boolean;
  /** The deck ends naming a person, place, organisation or work: a tagged name, an organisation word, or a `《…》` title. */
  readonly endsNaming: boolean;
  /** The deck's last word is a verb (`华中成立`): its object may be on the next line. */
  readonly endsVerb: boolean;
  /** The deck's first word is a verb (`要求改善待遇`): a predicate of its own. */
  readonly startsVerb: boolean;
}

/** A place, organisation or body at the end of a deck: `…文工团`, `…银行`, `…邢市`, `…浪头区`. */
const NAMING_END = /(?:团|队|部|局|厅|委|会|社|行|司|厂|校|院|所|站|区|县|市|镇|乡|村|省|州|师|旅|营|连|组|处|室|馆|报|台|署|府|党|军|协|联|盟|工)$/u;
/** Name tags of jieba: person, place, organisation, other proper name. */
const NAME_TAG = /^(?:nr|nrt|nrfg|ns|nt|nz)$/u;

export function deckGrammar(deck: string): DeckGrammar {
  const text = toSimplified(deck.replace(/\s+/gu, ''));
  const words = jieba()
    .tag(text, true)
    .filter((word) => word.tag !== 'x' || /\p{Script=Han}/u.test(word.word))
    .map((word, index, all) =>
      // One organisation character after a noun is the end of a name, not a verb: 职工/n 会/v is 职工会, a union.
      index === all.length - 1 && [...word.word].length === 1 && NAMING_END.test(word.word) && all[index - 1]?.tag.startsWith('n')
        ? { ...word, tag: 'n' }
        : word,
    );
  const states = words.some((word) => word.tag.startsWith('v'));
  const last = words.at(-1);
  const endsNaming = /^《[^》]+》$/u.test(text) || (last !== undefined && (NAME_TAG.test(last.tag) || NAMING_END.test(last.word)));
  const endsVerb = last?.tag === 'v';
  const startsVerb = words[0]?.tag.startsWith('v') ?? false;
  return { states, endsNaming, endsVerb, startsVerb };
}

/** A deck that names the kind of piece, not its news: `南昌通讯`, `记者手记`, `短评`. */
export const GENRE_LABEL = bothScripts(/^[\p{Script=Han}]{0,4}(?:通讯|特写|专访|侧记|纪实|述评|短评|时评|评论|札记|随笔|手记|速写|见闻)$/u);

/**
 * `deck-broken-headline`: two decks are one headline broken over two lines when the first only
 * names its subject (no verb: `瑞华银行` / `今日召开股东大会`) and ends naming someone or something or
 * both are short ({@link SETTINGS.segment.brokenHeadlineChars}); or when both are short and the
 * first ends on a verb whose object opens the second (`华中成立` / `孤儿福利会`), or on a verb that takes
 * a whole clause ({@link CLAUSE_VERB_END}: `太岳行署决定` / `减轻负担小米八万石…`). A genre label
 * (`南昌通讯`) is never the rest of a headline, nor is a date alone (`五月十五日`).
 */
export function isBrokenHeadline(first: string, second: string): boolean {
  if (GENRE_LABEL.test(second.trim()) || DATE_LINE.test(first.trim())) return false;
  const chars = charsOf(first + second);
  const short = chars <= SETTINGS.segment.brokenHeadlineChars;
  const head = deckGrammar(first);
  if (!head.states) return head.endsNaming || short;
  if (CLAUSE_VERB_END.test(first.trim()) && chars <= SETTINGS.segment.brokenHeadlineClauseChars) return true;
  return short && head.endsVerb && !deckGrammar(second).startsVerb;
}

/**
 * Whether a line ends on a verb that wants an object after it (`永昌县深入学习运用`, `县委常委会专题研究部署`): jieba's last
 * word a verb (`v`, or `vn`, a verb it reads as a verbal noun: `运用`), or a verb that takes a whole clause.
 */
export function endsOnVerb(text: string): boolean {
  const trimmed = toSimplified(text.replace(/\s+/gu, ''));
  if (CLAUSE_VERB_END.test(trimmed)) return true;
  const last = jieba().tag(trimmed, true).at(-1);
  return last !== undefined && (last.tag === 'v' || last.tag === 'vn');
}

/** A verb that takes a whole clause after it (`太岳行署决定` / `减轻负担…`): a deck ending on one goes on in the next. */
const CLAUSE_VERB_END = bothScripts(/(?:决定|要求|号召|指示|提出|宣布|部署|批准|同意|动员|发动|举办|召开|举行|筹备|筹设|组织|成立|开展|启动|实施|推出|发布)$/u);

/**
 * Names run together with nothing between them, as some corpus copies print a byline (`王锦鹄毛磊`, `李虎成刘健牛玉林`):
 * Han characters only, at most `segment.namesRunChars`, every word of it a name to jieba or a word it does not know
 * (a name it has no entry for); never a word of another kind (`近日从…获悉`).
 */
export function isNamesRun(text: string): boolean {
  const trimmed = text.replace(/\s+/gu, '');
  if (!/^[\p{Script=Han}·]{2,}$/u.test(trimmed) || [...trimmed].length > SETTINGS.segment.namesRunChars) return false;
  return jieba()
    .tag(toSimplified(trimmed), true)
    .every((word) => word.tag === 'x' || word.tag.startsWith('nr'));
}

/**
 * Rule `names-close`: a story's last sentence with its reporters' names in brackets run into it (`…农校来帮助。”（贺文）`,
 * `…达到了规定要求。（肖咸鸣杜文育）`), as a paper prints a short item's end: the story is over. The names are names to
 * jieba ({@link isNamesRun}), not a remark in brackets (`（掌声）`, `（图片）`).
 */
export function endsWithBracketNames(text: string): boolean {
  const trimmed = text.trim();
  if (!/[）)]$/u.test(trimmed)) return false;
  // (Names may stand apart by a space, `（陈立新 赵小红）`.)
  const tail = /[。！？!?][”’」』]*([（(][\p{Script=Han}·][\p{Script=Han}·\s]{1,14}[）)])$/u.exec(trimmed);
  return tail !== null && BRACKET_NAMES.test(tail[1]!.replace(/\s+/gu, '')) && isNamesRun(tail[1]!.slice(1, -1));
}

/** An official's post closing a deck (`…原党组书记、局长`, `…医院原院长`): the person who holds it is named next. */
const POST_END = bothScripts(
  /(?:书记|局长|院长|县长|市长|省长|区长|州长|镇长|乡长|村长|厂长|校长|所长|站长|队长|部长|厅长|处长|科长|主任|主席|委员|会长|社长|行长|董事长|总经理|经理|秘书长|负责人|总裁|总监|法官|检察官|干部)$/u,
);

/**
 * Rule `deck-post-name`: a deck ending on an official's post over a deck that opens with a name (`万宁市环卫园林局原党组书记、局长` /
 * `李永权接受纪律审查和监察调查`) is one headline broken between the post and its holder, as discipline-inspection news
 * sets it in a narrow column, never a kicker over a headline. A name is a word jieba tags as a person's, or one of two to
 * four Han characters it does not know.
 */
export function isPostOverName(first: string, second: string): boolean {
  if (!POST_END.test(first.replace(/\s+/gu, ''))) return false;
  // (A name and a colon opens a headline of what someone said, `王树林：把群众的事当成自己的事`: the post above is its kicker.)
  if (/^[\p{Script=Han}·]{2,4}\s*[：:]/u.test(second.trim())) return false;
  const opening = jieba().tag(toSimplified(second.replace(/\s+/gu, '')), true)[0];
  return opening !== undefined && (opening.tag.startsWith('nr') || (opening.tag === 'x' && /^[\p{Script=Han}]{2,4}$/u.test(opening.word)));
}

/** A word of two or more Han characters runs across the join of `before` and `after` (jieba, no new-word guessing). */
export function wordAcross(before: string, after: string): boolean {
  // Each side converted on its own (jieba's dictionary is Simplified), so the join stays where it is even if a
  // conversion changed a side's length.
  const tail = toSimplified([...before.trim()].slice(-SETTINGS.segment.interleaveJoinChars).join(''));
  const head = toSimplified([...after.trim()].slice(0, SETTINGS.segment.interleaveJoinChars).join(''));
  if (!/\p{Script=Han}$/u.test(tail) || !/^\p{Script=Han}/u.test(head)) return false;
  const boundary = tail.length;
  let at = 0;
  for (const word of jieba().cut(tail + head, false)) {
    const end = at + word.length;
    if (at < boundary && end > boundary && [...word].length >= 2) return true;
    at = end;
  }
  return false;
}

/** Words that join what follows to what went before: no phrase ends on one alone (`…大会暨`, `…和`, `…的`). */
const JOINING_WORDS: ReadonlySet<string> = new Set(['暨', '和', '与', '與', '及', '并', '並', '同', '的', '之', '或', '以及', '並且', '并且']);

/**
 * Rule `deck-open-end`: a deck whose last word (jieba's, so `祥和`, `参与`, `协同` stay words of their own) joins what follows
 * to what went before (`习近平将出席2026世界人工智能大会暨`) is a headline broken at the column.
 */
export function endsOnJoiningWord(text: string): boolean {
  const trimmed = toSimplified(text.replace(/\s+/gu, ''));
  // (Or on a time still to come and its preposition: `第34届世客会将于` / `11月19日至21日在海口举办`.)
  if (OPEN_PREPOSITION_END.test(trimmed)) return true;
  if (!/[暨和与及并同的之或]$/u.test(trimmed)) return false;
  const last = jieba().cut(trimmed, false).at(-1);
  return last !== undefined && JOINING_WORDS.has(last);
}

/**
 * A deck ending on 于 after a word of time or plan (`…将于`, `…拟于`, `…定于`): the date follows on the next deck. Not any
 * preposition: a kicker may end on 在 or 对 as a verb or an adjective (`防汛一线有我在`, `青山依旧在`, `做得对`).
 */
const OPEN_PREPOSITION_END = /(?:将|拟|定|已|正|即|均|于今|特)于$/u;
