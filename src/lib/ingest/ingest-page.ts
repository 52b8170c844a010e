import { convert, pinyin } from 'pinyin-pro';
import { VFile } from 'vfile';
import type { Edit } from '../../schemas/edits.ts';
import type { PageMeta } from '../../schemas/page-meta.ts';
import { applyUnitEdits, planEdits } from './apply-edits.ts';
import { remarkInterleave } from './interleave.ts';
import { remarkClassifyLines } from './classify-lines.ts';
import { remarkNormalisePage } from './normalise.ts';
import { remarkParsePage } from './parse-page.ts';
import { remarkReflow } from './reflow.ts';
import { firstLineOf, remarkSplitUnits } from './split-units.ts';
import { unitsOf } from './text-utils.ts';
import type { UnassignedText, Unit, UnitKind, UnitStartRule } from './types.ts';
import { unified } from 'unified';

/** A paragraph or section heading of an article, with its stable id. */
export interface ArticleBlock {
  /** Stable paragraph id: `p` + first source line (`p13`); survives re-ingest while the line does. */
  readonly id: string;
  readonly type: 'paragraph' | 'heading';
  readonly text: string;
  /** Source line ranges, 1-based inclusive. */
  readonly lines: [number, number][];
}

/** One unit of a page as the archive publishes it. */
export interface ArticleRecord {
  readonly id: string;
  readonly slug: string;
  readonly kind: UnitKind;
  readonly title: string;
  readonly titleInferred: boolean;
  readonly subtitle: string | null;
  readonly kicker: string | null;
  readonly series: string | null;
  readonly byline: string | null;
  readonly organisation: string | null;
  readonly continuedFrom: string | null;
  readonly continuedTo: string | null;
  /** The continuation marker as printed (`（上接第一版）`), kept so no printed text is lost. */
  readonly continuationMarker: string | null;
  readonly source: string;
  /** Source line ranges of the body. */
  readonly lines: [number, number][];
  /** Source line ranges of the headline, byline, kicker … */
  readonly headLines: [number, number][];
  readonly newspaper: string | null;
  readonly date: string | null;
  readonly year: number | null;
  readonly region: string | null;
  readonly order: number;
  readonly blocks: ArticleBlock[];
  /** What the segmenter is unsure of (`FLAGS` in flags.ts); empty when it is sure. */
  flags: string[];
}

/** Result of ingesting one page. */
export interface PageResult {
  readonly source: string;
  readonly articles: ArticleRecord[];
  readonly unassigned: UnassignedText[];
  readonly headlinePosition: 'before' | 'after';
  readonly editsApplied: number;
  readonly warnings: { line: number | null; message: string }[];
  /** By article id: the unit rule that made its head start a story where nothing else did (`--explain` names it). */
  readonly startRules?: Readonly<Record<string, UnitStartRule>>;
}

/** Options for {@link ingestPage}. */
export interface IngestPageOptions {
  /** File name of the page (`003_e698e91fc0ebeaed.txt`); names ids and messages. */
  readonly source: string;
  readonly meta?: PageMeta | null;
  /** Editorial fixes for this page (empty with `--no-edits`). */
  readonly edits?: readonly Edit[];
  /**
   * Where the text was laid out from another source (OCR blocks), the provenance number of each
   * text line (`lineMap[line - 1]`, 0 for a line the layout added): units cite those numbers.
   */
  readonly lineMap?: readonly number[];
}

/**
 * A short key for a page, used as the prefix of its unit ids: the hash part of seed-style
 * names (`000_c1589599c8272d34.txt` → `c1589599`), else the slugified file stem.
 */
export function pageKey(source: string): string {
  const stem = source.replace(/\.[^.]+$/u, '');
  const seed = /^\d+_([0-9a-f]{8,})$/u.exec(stem);
  if (seed) return seed[1]!.slice(0, 8);
  const slug = slugify(stem);
  return slug || 'page';
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/**
 * A readable URL slug from a Chinese title: toneless pinyin, at most eight syllables.
 * @example slugFromTitle('实施整村授信“贷”动乡村振兴') // → 'shi-shi-zheng-cun-shou-xin-dai-dong'
 */
export function slugFromTitle(title: string): string {
  // Pinyin for a whole long title was a tenth of ingest: read its opening first, and the whole only when that
  // gives too few syllables. pinyin-pro reads a polyphone from its context, so a long title's slug can read a
  // character otherwise than the whole title would (成都 cheng-du where the whole gave cheng-dou); the slug is a
  // readable label in the frontmatter, not part of any URL.
  // (A title of at most sixteen UTF-16 units has at most sixteen characters: it is not split to count them.)
  const chars = title.length > SLUG_PREFIX_CHARS ? [...title] : [];
  if (chars.length > SLUG_PREFIX_CHARS) {
    const words = slugWords(chars.slice(0, SLUG_PREFIX_CHARS).join(''));
    if (words.length >= SLUG_SYLLABLES + 4) return words.slice(0, SLUG_SYLLABLES).join('-');
  }
  return slugWords(title).slice(0, SLUG_SYLLABLES).join('-') || 'untitled';
}

const SLUG_SYLLABLES = 8;
const SLUG_PREFIX_CHARS = 16;
/** A syllable as pinyin-pro gives it for a Chinese character: lower-case ASCII letters, already its own slug. */
const PLAIN_SYLLABLE = /^[a-z0-9]+$/u;
const slugWords = (text: string) =>
  tonelessPinyin(text)
    .map((word) => (PLAIN_SYLLABLE.test(word) ? word : slugify(word)))
    .filter(Boolean);

/**
 * `pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })`, for less: pinyin-pro takes the
 * tones off every syllable of every call with nine regex replacements, so the syllables are asked with their tones
 * and each distinct one is taken off once ({@link tonelessSyllable}). A run of other characters pinyin-pro keeps as
 * it stands in the text; a character it reads gives one syllable, never a piece of the text: so the two are told apart.
 */
function tonelessPinyin(text: string): string[] {
  const words = pinyin(text, { type: 'array', nonZh: 'consecutive' }) as string[];
  let offset = 0;
  return words.map((word) => {
    if (word !== '' && text.startsWith(word, offset)) {
      offset += word.length;
      return word;
    }
    offset += unitsOf(text.codePointAt(offset) ?? 0);
    return tonelessSyllable(word);
  });
}

/** A toned syllable without its tone, ü as v: what pinyin-pro gives with `toneType: 'none'` and `v: true`. */
function tonelessSyllable(syllable: string): string {
  let toneless = TONELESS.get(syllable);
  if (toneless === undefined) TONELESS.set(syllable, (toneless = (convert(syllable, { format: 'toneNone' }) as string).replace(/ü/gu, 'v')));
  return toneless;
}
/** {@link tonelessSyllable}'s answers: pinyin has some fifteen hundred toned syllables. */
const TONELESS = new Map<string, string>();

/** Compress source lines into inclusive ranges, bridging gaps that are only blank lines. */
export function toRanges(lines: readonly number[], blank: (line: number) => boolean = () => false): [number, number][] {
  // (A unit's lines nearly always come in order, each once: they are then used as they are, not copied and sorted.)
  const sorted = isIncreasing(lines) ? lines : [...new Set(lines)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const line of sorted) {
    const last = ranges.at(-1);
    if (last) {
      let gapBlank = true;
      for (let between = last[1] + 1; between < line; between++) if (!blank(between)) gapBlank = false;
      if (gapBlank) {
        last[1] = line;
        continue;
      }
    }
    ranges.push([line, line]);
  }
  return ranges;
}

/** Whether each number of a list is greater than the one before it. */
function isIncreasing(values: readonly number[]): boolean {
  for (let index = 1; index < values.length; index++) if (values[index]! <= values[index - 1]!) return false;
  return true;
}

/**
 * Ingest one page's text: segment it, apply its editorial fixes, and return the units
 * as article records with stable ids, slugs and paragraph ids.
 */
export function ingestPage(text: string, options: IngestPageOptions): PageResult {
  const plan = planEdits(options.edits ?? []);
  const processor = unified()
    .use(remarkParsePage)
    .use(remarkNormalisePage)
    .use(remarkClassifyLines, { roles: plan.roles })
    .use(remarkInterleave)
    .use(remarkReflow, { breaks: plan.breaks })
    .use(remarkSplitUnits);
  const file = new VFile({ value: text, path: options.source });
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  const split = file.data.split!;
  const rawLines = text.split('\n');
  const lineMap = options.lineMap;
  const { units, problems } = applyUnitEdits(lineMap ? split.units.map((unit) => remapUnit(unit, lineMap)) : split.units, plan.unitEdits);
  const unassigned = lineMap ? split.unassigned.map((entry) => ({ text: entry.text, lines: mapLines(entry.lines, lineMap) })) : split.unassigned;
  const blank = lineMap ? () => false : (line: number) => (rawLines[line - 1] ?? '').trim() === '';
  const key = pageKey(options.source);
  const meta = options.meta ?? null;
  const startRules: Record<string, UnitStartRule> = {};
  const articles = toRecords(units, { key, source: options.source, meta, blank }, startRules);
  const warnings: PageResult['warnings'] = problems.map((message) => ({ line: null, message }));
  for (const article of articles) {
    if (article.titleInferred && article.kind === 'article')
      warnings.push({ line: article.lines[0]?.[0] ?? null, message: `no printed headline; title inferred: ${article.title}` });
  }
  for (const entry of unassigned) warnings.push({ line: entry.lines[0] ?? null, message: `text assigned to no unit: ${entry.text}` });
  return {
    source: options.source,
    articles,
    unassigned,
    headlinePosition: split.headlinePosition,
    editsApplied: (options.edits ?? []).length - problems.length,
    warnings,
    startRules,
  };
}

const mapLines = (lines: readonly number[], map: readonly number[]) => lines.map((line) => map[line - 1] ?? line).filter((line) => line > 0);

/** A unit citing provenance numbers (OCR blocks) instead of the laid-out text's lines. */
function remapUnit(unit: Unit, map: readonly number[]): Unit {
  return {
    ...unit,
    headLines: mapLines(unit.headLines, map),
    bannerLines: mapLines(unit.bannerLines, map),
    blocks: unit.blocks.map((block) => ({ ...block, lines: mapLines(block.lines, map) })),
  };
}

/**
 * Finish units that came with their structure given (a crawler's records): apply the page's
 * unit edits and turn them into article records, as {@link ingestPage} does after segmenting.
 */
export function recordsToPage(units: Unit[], options: IngestPageOptions): PageResult {
  const { units: edited, problems } = applyUnitEdits(
    units,
    (options.edits ?? []).filter((edit) => edit.op === 'set' || edit.op === 'merge'),
  );
  const key = pageKey(options.source);
  const articles = toRecords(edited, { key, source: options.source, meta: options.meta ?? null, blank: () => false });
  const ignored = (options.edits ?? [])
    .filter((edit) => edit.op === 'split' || edit.op === 'role')
    .map((edit) => `${edit.op}: has no effect on a record file (each record is one article)`);
  const warnings: PageResult['warnings'] = [...problems, ...ignored].map((message) => ({ line: null, message }));
  for (const article of articles) {
    if (article.titleInferred) warnings.push({ line: article.lines[0]?.[0] ?? null, message: `record has no title; title inferred: ${article.title}` });
  }
  return {
    source: options.source,
    articles,
    unassigned: [],
    headlinePosition: 'before',
    editsApplied: (options.edits ?? []).length - problems.length - ignored.length,
    warnings,
  };
}

/** `base`, or `base-2`, `base-3` … where `seen` holds it already; the name given is added to `seen`. */
function uniqueName(seen: Set<string>, base: string): string {
  let name = base;
  for (let n = 2; seen.has(name); n++) name = `${base}-${n}`;
  seen.add(name);
  return name;
}

/**
 * A page's units as article records, in page order. A unit's id is its page's key and its first line; units that start
 * on the same line (the records of a JSON file written on one line, two stories a `pdftotext -layout` line holds side
 * by side) get `-2`, `-3` … after the first's, so that no unit's file is written over another's.
 */
function toRecords(
  units: readonly Unit[],
  context: Omit<Parameters<typeof toRecord>[1], 'order'>,
  startRules?: Record<string, UnitStartRule>,
): ArticleRecord[] {
  const ids = new Set<string>();
  return [...units]
    .sort((a, b) => firstLineOf(a) - firstLineOf(b))
    .map((unit, order) => {
      const record = toRecord(unit, { ...context, order });
      const id = uniqueName(ids, record.id);
      if (startRules && unit.startRule) startRules[id] = unit.startRule;
      return id === record.id ? record : { ...record, id };
    });
}

function toRecord(unit: Unit, context: { key: string; order: number; source: string; meta: PageMeta | null; blank: (line: number) => boolean }): ArticleRecord {
  const first = firstLineOf(unit);
  const seen = new Set<string>();
  const blocks: ArticleBlock[] = unit.blocks.map((block) => {
    const id = uniqueName(seen, `p${block.lines[0]}`);
    return { id, type: block.type, text: block.text, lines: toRanges(block.lines, context.blank) };
  });
  // Fields made by putting printed pieces together (decks, lines, a lead) can compose at a seam; all published text is NFC.
  const nfc = (value: string | null) => (value === null ? null : value.normalize('NFC'));
  const title = nfc(unit.title) ?? '';
  return {
    id: `${context.key}-${String(first).padStart(4, '0')}`,
    slug: slugFromTitle(title),
    kind: unit.kind,
    title,
    titleInferred: unit.titleInferred,
    subtitle: nfc(unit.subtitle),
    kicker: nfc(unit.kicker),
    series: nfc(unit.series),
    byline: nfc(unit.byline),
    organisation: nfc(unit.organisation),
    continuedFrom: unit.continuedFrom,
    continuedTo: unit.continuedTo,
    continuationMarker: unit.continuationMarker,
    source: context.source,
    lines: toRanges(
      unit.blocks.flatMap((block) => block.lines),
      context.blank,
    ),
    headLines: toRanges([...unit.headLines, ...unit.bannerLines], context.blank),
    newspaper: context.meta?.newspaper ?? null,
    date: context.meta?.date ?? null,
    year: context.meta?.year ?? null,
    region: context.meta?.region ?? null,
    order: context.order,
    blocks,
    // (The flags only the segmenter knows of: a lead joined on shared words, text joined across a byline. flagPage adds
    // the others.)
    flags: [
      ...(unit.blocks.some((block) => block.joinedOnTopic) ? (['joined-dispatch'] as const) : []),
      ...(unit.blocks.some((block) => block.bylineUnder) ? (['byline-between'] as const) : []),
    ],
  };
}
