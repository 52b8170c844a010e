/**
 * The editor's worklist behind `npm run glossary:candidates`: strings the corpus puts in
 * quotation marks and numbered formulas (三会一课, 一主六双, 5+X …) that no glossary entry
 * covers, each with a count and one context; minus those justified in
 * `content/glossary/candidates-justified.yaml`.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { showInContext, type CorpusText } from './check-glossary.ts';
import type { GlossaryProblem } from './load-glossary.ts';
import type { TermMatch, TermMatcher } from './match-terms.ts';

/** How a candidate was found: between quotation marks, or as a numbered formula. */
export type CandidateKind = 'quoted' | 'formula';

/** A stretch of a text found by {@link quotedSpans} or {@link formulaSpans} (code-unit offsets). */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One place a candidate occurs. */
export interface CandidateUse {
  readonly article: string;
  readonly paragraph: string;
  /** ±15 characters around the candidate, which is marked ⟨…⟩. */
  readonly context: string;
}

/** A string no glossary entry covers: how often it occurs uncovered and where first. */
export interface Candidate {
  readonly text: string;
  readonly kinds: CandidateKind[];
  readonly count: number;
  readonly example: CandidateUse;
}

/** A line of `candidates-justified.yaml`: a candidate that needs no entry, and why. */
export interface Justification {
  readonly text: string;
  readonly why: string;
  readonly line: number | null;
}

/** The worklist: open candidates, justified ones with their reason, and justifications no longer needed. */
export interface CandidateList {
  readonly open: Candidate[];
  readonly justified: (Candidate & { readonly why: string })[];
  readonly stale: Justification[];
}

const MIN_QUOTED = 2;
const MAX_QUOTED = 15;

const QUOTES = [/“([^“”\n]+)”/gu, /「([^「」\n]+)」/gu, /‘([^‘’\n]+)’/gu];

const length = (text: string) => [...text].length;

/**
 * Strings of 2–15 characters in Chinese quotation marks: “…”, 「…」 and the inner ‘…’.
 * Spans are of the text inside the marks.
 *
 * @example quotedSpans('力破解困难家庭“两癌”妇女无法及时得到救治的难题')
 * // → [{ start: 8, end: 10, text: '两癌' }]
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const quote of QUOTES) {
    for (const match of text.matchAll(quote)) {
      const inner = match[1]!;
      const trimmed = inner.trim();
      const n = length(trimmed);
      if (n < MIN_QUOTED || n > MAX_QUOTED) continue;
      const start = match.index! + 1 + inner.indexOf(trimmed);
      spans.push({ start, end: start + trimmed.length, text: trimmed });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

const NUMERALS = '一二三四五六七八九十两百千万';
const isNumeral = (char: string | undefined) => char !== undefined && NUMERALS.includes(char);
const isHan = (char: string | undefined) => char !== undefined && /\p{Script=Han}/u.test(char);

/** Characters after a numeral that make an ordinary count, not a formula (三年, 五个, 二十多). */
const MEASURES = new Set([
  ...'个名位项件种类批期届所座户元年月日天次周岁倍条场台套栋株笔份张支段朵盏股只部轮款吨亩家人成层分秒时季代辆间处块颗根棵片句封首幅篇本册节组队排列班点步下回遍趟圈多余来几路道挂茬口米斤克升',
]);

/** Ordinary words that start with a numeral (一是, 一定, 十分 …). */
const COMMON_WORDS = new Set(
  '一是 二是 三是 四是 五是 六是 一些 一起 一定 一直 一般 一切 一样 一致 一同 一线 一流 一时 一旦 一再 一向 一律 一边 一面 一心 一手 一举 一并 一概 一共 一经 一贯 一干 一等 一如 一方 一大 一系 一身 一生 一行 一番 一阵 一旁 一早 一眼 一脸 一隅 一体 十分 万分 两口 两者 百姓'.split(
    ' ',
  ),
);

/** Characters before a numeral that make it part of a word (第一, 统一, 进一步, 这一 …). */
const PREFIXES = new Set([...'第统进唯之同单逐专划如合均归周星礼初这那每任另其哪某若']);

/** Characters after a numeral and the character following it that make a place name (四平市, 三角洲). */
const PLACE_SUFFIXES = new Set([...'市县区镇乡村洲江']);

/** Characters that join two numbers rather than two parts of a formula (两到三倍). */
const NOT_IN_FORMULA = new Set([...'到至或和与及比、，。是的']);

const SMALL_NUMBER = /^(?:[一二三四五六七八九两]?千)?(?:[一二三四五六七八九两]?百)?(?:[一二三四五六七八九]?十)?[一二三四五六七八九两]?$/u;

/**
 * Whether a run of Chinese numerals reads as a number (二十, 三百五十, 八千) rather than a
 * formula (十四五, 一二三, 九九).
 *
 * @example isNumber('三十一') // → true
 * @example isNumber('十四五') // → false
 */
export function isNumber(run: string): boolean {
  const parts = run.split('万');
  return parts.length <= 2 && SMALL_NUMBER.test(parts[0]!) && SMALL_NUMBER.test(parts[1] ?? '');
}

/** A formula of numbered parts at `start`: 三会一课, 一主六双, 一件事一次办, 百城千校. */
function pairedAt(text: string, start: number): number | null {
  const chars = [...text.slice(start)];
  const tailChar = (i: number) => isHan(chars[i]) && !isNumeral(chars[i]) && !NOT_IN_FORMULA.has(chars[i]!);
  let i = 0;
  let units = 0;
  let firstTail = 0;
  for (;;) {
    let run = 0;
    while (isNumeral(chars[i + run])) run++;
    if (run === 0 || run > 2) break;
    const tail = i + run;
    if (!tailChar(tail) || COMMON_WORDS.has(chars.slice(i, tail + 1).join('')) || chars[tail] === chars[tail + 1]) break;
    let size: number;
    if (tailChar(tail + 1) && isNumeral(chars[tail + 2])) size = 2;
    else if (isNumeral(chars[tail + 1])) size = 1;
    else {
      size = firstTail === 2 && tailChar(tail + 1) ? 2 : 1;
      i = tail + size;
      units++;
      break;
    }
    if (units === 0) firstTail = size;
    i = tail + size;
    units++;
  }
  if (units < 2) return null;
  return start + chars.slice(0, i).join('').length;
}

const PLUS = /(?:\d+|[一二三四五六七八九十两]+)[A-Za-z]*[+＋](?:[A-Za-z]+|\d+|[一二三四五六七八九十两])/gu;
const ORDINAL_SET = /[二三四五六七八九十两]个第[一二三四五六七八九十]/gu;
const GRADE = /\d+[A-Z]+级?/gu;

/**
 * Numbered formulas in a text: numbered parts (三会一课, 一主六双, 一人一策), plus-formulas
 * (5+X), ordinal sets (四个第一), grades (5A级), numeral runs that are not numbers (十四五,
 * 一二三产) and a numeral with a word that is not a measure (两癌, 三农, 六上墙 → 六上). Numerals
 * inside words (第一, 统一, 一定), ordinary counts (三年, 五个, 八千师生, 一件件), ranges (两到三倍)
 * and place names (四平市, 三角洲) are left out.
 *
 * @example formulaSpans('指导建立健全“三会一课”制度，实施“5+X”分类') .map((span) => span.text) // → ['三会一课', '5+X']
 */
export function formulaSpans(text: string): Span[] {
  const spans: Span[] = [];
  const taken = (start: number, end: number) => spans.some((span) => span.start < end && span.end > start);
  const add = (start: number, end: number) => {
    if (!taken(start, end)) spans.push({ start, end, text: text.slice(start, end) });
  };
  for (const pattern of [PLUS, ORDINAL_SET, GRADE]) for (const match of text.matchAll(pattern)) add(match.index!, match.index! + match[0].length);
  for (const match of text.matchAll(/[一二三四五六七八九十两百千万]+/gu)) {
    const start = match.index!;
    const run = match[0];
    const end = start + run.length;
    if (PREFIXES.has(text[start - 1]!)) continue;
    const paired = pairedAt(text, start);
    if (paired !== null) {
      add(start, paired);
      continue;
    }
    const next = text[end];
    if (!isNumber(run)) {
      add(start, isHan(next) ? end + 1 : end);
      continue;
    }
    if (
      /[百千万]/u.test(run) ||
      !isHan(next) ||
      MEASURES.has(next!) ||
      NOT_IN_FORMULA.has(next!) ||
      COMMON_WORDS.has(run + next) ||
      PLACE_SUFFIXES.has(text[end + 1]!)
    )
      continue;
    add(start, end + 1);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Head fields where numerals are people's names, not formulas (记者 邵一娟). */
const NO_FORMULAS = new Set(['byline', 'organisation']);

/** Every letter and digit of a text is inside some match. */
const fullyMatched = (text: string, matches: readonly TermMatch[]) =>
  [...text.matchAll(/[\p{L}\p{N}]/gu)].every(({ index }) => matches.some((match) => match.start <= index! && index! < match.end));

/**
 * Whether glossary entries cover a candidate text wherever it occurs: it is a term or variant
 * (with or without its quotation marks), or the annotator's matches on it cover every letter
 * and digit (`党建+金融`, `一门受理、协同办理`).
 *
 * @example coversText(matcher, new Set(['整村授信']), '整村授信') // → true
 */
export function coversText(matcher: TermMatcher, forms: ReadonlySet<string>, text: string): boolean {
  return forms.has(text) || forms.has(`“${text}”`) || fullyMatched(text, matcher.match(text));
}

/**
 * Quoted strings and numbered formulas in the corpus that no glossary entry covers, by text,
 * most frequent first. An occurrence is covered where the annotator's match around it spans
 * all of it (`两委` in `村“两委”`); a text is covered everywhere by {@link coversText}.
 *
 * @example findCandidates([{ article: 'f987b25a-0089', paragraph: 'title', text: '热带果树东北“打工”' }], matcher, forms)
 * // → [{ text: '打工', kinds: ['quoted'], count: 1, example: { article: 'f987b25a-0089', paragraph: 'title', context: '热带果树东北“⟨打工⟩”' } }]
 */
export function findCandidates(corpus: readonly CorpusText[], matcher: TermMatcher, forms: ReadonlySet<string>): Candidate[] {
  const found = new Map<string, { kinds: Set<CandidateKind>; count: number; example: CandidateUse; order: number }>();
  const textCovered = new Map<string, boolean>();
  let order = 0;
  for (const { article, paragraph, text } of corpus) {
    const matches = matcher.match(text);
    const quoted = quotedSpans(text);
    const uses: { span: Span; kinds: CandidateKind[] }[] = quoted.map((span) => ({
      span,
      kinds: /^[\d一二三四五六七八九十两百千万]/u.test(span.text) ? ['quoted', 'formula'] : ['quoted'],
    }));
    for (const span of NO_FORMULAS.has(paragraph) ? [] : formulaSpans(text)) {
      const quote = quoted.find((other) => other.start <= span.start && span.end <= other.end);
      if (!quote) uses.push({ span, kinds: ['formula'] });
    }
    for (const { span, kinds } of uses) {
      let covered = textCovered.get(span.text);
      if (covered === undefined) textCovered.set(span.text, (covered = coversText(matcher, forms, span.text)));
      if (covered || matches.some((match) => match.start <= span.start && match.end >= span.end)) continue;
      const entry = found.get(span.text);
      if (entry) {
        entry.count++;
        for (const kind of kinds) entry.kinds.add(kind);
      } else {
        found.set(span.text, {
          kinds: new Set(kinds),
          count: 1,
          example: { article, paragraph, context: showInContext(text, span.start, span.end) },
          order: order++,
        });
      }
    }
  }
  return [...found]
    .sort(([, a], [, b]) => b.count - a.count || a.order - b.order)
    .map(([text, { kinds, count, example }]) => ({ text, kinds: (['quoted', 'formula'] as const).filter((kind) => kinds.has(kind)), count, example }));
}

const justificationsSchema = z.array(
  z
    .object({
      text: z.string().trim().min(1, 'must not be empty'),
      why: z.string().trim().min(1, 'must not be empty'),
    })
    .strict(),
);

/**
 * Parse `candidates-justified.yaml` (a list of `{ text, why }`). Problems name the file, the
 * line and the field; a text justified twice is an error too.
 *
 * @example parseJustifications('- text: 十里八乡\n  why: idiom, "all the villages around"\n', 'candidates-justified.yaml')
 * // → { justifications: [{ text: '十里八乡', why: 'idiom, "all the villages around"', line: 1 }], problems: [] }
 */
export function parseJustifications(yamlText: string, file: string): { justifications: Justification[]; problems: GlossaryProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  const lineAt = (path: (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lines.linePos(node.range[0]).line : null;
  };
  if (doc.errors.length > 0) {
    return {
      justifications: [],
      problems: doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0]?.line ?? null,
        entry: null,
        message: `YAML: ${error.message.split('\n')[0]}`,
        severity: 'error' as const,
      })),
    };
  }
  const data: unknown = doc.toJS() ?? [];
  const result = justificationsSchema.safeParse(data);
  if (!result.success) {
    return {
      justifications: [],
      problems: result.error.issues.map((issue) => {
        const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
        return {
          file,
          line: lineAt(path) ?? lineAt(path.slice(0, 1)),
          entry: null,
          message: `${path.join('.') || '(file)'}: ${issue.message}`,
          severity: 'error' as const,
        };
      }),
    };
  }
  const problems: GlossaryProblem[] = [];
  const seen = new Map<string, number | null>();
  const justifications = result.data.map(({ text, why }, i) => {
    const line = lineAt([i]);
    if (seen.has(text))
      problems.push({ file, line, entry: null, message: `text: \`${text}\` is justified twice (also line ${seen.get(text)})`, severity: 'error' });
    seen.set(text, line);
    return { text, why, line };
  });
  return { justifications, problems };
}

/**
 * Split candidates into open and justified ones, and list justifications that match no
 * candidate any more (an entry now covers them, or the text left the corpus).
 *
 * @example sortOutJustified(candidates, [{ text: '十里八乡', why: 'idiom', line: 1 }])
 * // → { open: [ …all but 十里八乡 ], justified: [{ text: '十里八乡', why: 'idiom', … }], stale: [] }
 */
export function sortOutJustified(candidates: readonly Candidate[], justifications: readonly Justification[]): CandidateList {
  const why = new Map(justifications.map((justification) => [justification.text, justification.why]));
  const texts = new Set(candidates.map((candidate) => candidate.text));
  return {
    open: candidates.filter((candidate) => !why.has(candidate.text)),
    justified: candidates.filter((candidate) => why.has(candidate.text)).map((candidate) => ({ ...candidate, why: why.get(candidate.text)! })),
    stale: justifications.filter((justification) => !texts.has(justification.text)),
  };
}
