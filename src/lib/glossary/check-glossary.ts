/**
 * The glossary checks behind `npm run glossary:check`: schema and duplicates (from
 * {@link loadGlossary}), related ids that do not exist, forms the longest-match annotator
 * would mis-annotate in the corpus, entries the corpus never uses, and pinyin that
 * disagrees with pinyin-pro.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readYamlText } from '../content-files/read-content-file.ts';
import { resolve } from 'node:path';
import { pinyin as pinyinPro, polyphonic } from 'pinyin-pro';
import { LineCounter, parseDocument } from 'yaml';
import { loadGlossary, type GlossaryProblem, type LoadedEntry } from './load-glossary.ts';
import type { TermMatch } from './match-terms.ts';
import { matcherFor } from './uses.ts';
import { splitSyllables } from '../search/pinyin.ts';
import { segmentWords } from '../script/word-convert.ts';

/** One paragraph of the corpus: the text of one block of `articles.json`, with where it comes from. */
export interface CorpusText {
  readonly article: string;
  readonly paragraph: string;
  readonly text: string;
}

/** A path inside an entry's YAML (`['variants', 1]`), for {@link LineLocator}. */
export type FieldPath = readonly (string | number)[];

/** Finds the line of a field of an entry in its file, or `null` where it cannot tell. */
export type LineLocator = (entry: LoadedEntry, path: FieldPath) => number | null;

/** How many entries give their provenance (printed by glossary:check). */
export interface ProvenanceSummary {
  /** Official renderings with a full source (title, publisher, date, address, quoted wording). */
  readonly official: number;
  /** Claimed official renderings kept aside as unverified. */
  readonly unverified: number;
  /** Entries naming where their explanation comes from. */
  readonly withSources: number;
  /** Entries with at least one example from the archive. */
  readonly withExamples: number;
  /** Entries with an `updated` day. */
  readonly dated: number;
}

/** What {@link checkGlossary} found. */
export interface GlossaryCheckReport {
  readonly entries: number;
  readonly provenance: ProvenanceSummary;
  readonly paragraphs: number;
  readonly problems: GlossaryProblem[];
  readonly errors: number;
  readonly warnings: number;
}

/** Where {@link checkGlossary} reads from. */
export interface GlossaryCheckOptions {
  /** The glossary folder (one YAML file per entry). */
  readonly glossaryDir: string;
  /** `articles.json` written by ingest; without it the corpus checks are skipped (with a warning). */
  readonly articlesFile: string;
  /** File names in problems are relative to this folder (default: the working directory). */
  readonly root?: string;
}

const CONTEXT = 15;

/** Printed head fields of a unit that count as corpus text, and the paragraph id they are given. */
const HEAD_FIELDS = [
  ['title', 'title'],
  ['subtitle', 'subtitle'],
  ['kicker', 'kicker'],
  ['series', 'series'],
  ['byline', 'byline'],
  ['organisation', 'organisation'],
  ['continuationMarker', 'continuation'],
] as const;

interface CorpusUnit {
  readonly id: string;
  readonly titleInferred?: boolean;
  readonly blocks?: { id: string; text: string }[];
  readonly [field: string]: unknown;
}

/**
 * Read the corpus the checks run over from `articles.json`: every block text of every unit,
 * plus its printed head fields (title unless inferred, subtitle, kicker, series, byline,
 * organisation, continuation marker), which the glossary also explains.
 *
 * @example readCorpus('content/articles/articles.json').find((text) => text.paragraph === 'title')
 * // → { article: 'c1589599-0001', paragraph: 'title', text: '全省“我为群众办实事”实践活动优秀案例展示' }
 */
export function readCorpus(articlesFile: string): CorpusText[] {
  const data = JSON.parse(readFileSync(articlesFile, 'utf8')) as { units?: CorpusUnit[] };
  if (!Array.isArray(data.units)) throw new Error(`${articlesFile}: expected an object with \`units\` (written by npm run ingest)`);
  return data.units.flatMap((unit) => [
    ...HEAD_FIELDS.flatMap(([field, paragraph]) => {
      const text = unit[field];
      if (typeof text !== 'string' || !text || (field === 'title' && unit.titleInferred)) return [];
      return [{ article: unit.id, paragraph, text }];
    }),
    ...(unit.blocks ?? []).map((block) => ({ article: unit.id, paragraph: block.id, text: block.text })),
  ]);
}

/**
 * A text around a span, `CONTEXT` characters (code points) either side, with the span in ⟨⟩.
 *
 * @example showInContext('落实党的十九大精神，推进整村授信工作', 12, 16) // → '落实党的十九大精神，推进⟨整村授信⟩工作'
 */
export function showInContext(text: string, start: number, end: number, width = CONTEXT): string {
  const before = [...text.slice(0, start)];
  const after = [...text.slice(end)];
  return `${before.length > width ? '…' : ''}${before.slice(-width).join('')}⟨${text.slice(start, end)}⟩${after.slice(0, width).join('')}${after.length > width ? '…' : ''}`;
}

const formsOf = ({ entry }: LoadedEntry): { form: string; path: FieldPath }[] => [
  { form: entry.term, path: ['term'] },
  ...entry.variants.map((form, i) => ({ form, path: ['variants', i] as FieldPath })),
];

/**
 * `related` ids that name no entry (errors, one per id, on the line of the id).
 *
 * @example findMissingRelated([{ entry: { id: 'zheng-cun-shou-xin', related: ['zheng-yin-he-zuo'], … }, file: 'zheng-cun-shou-xin.yaml' }])
 * // → [{ severity: 'error', entry: 'zheng-cun-shou-xin', message: 'related: no entry has the id `zheng-yin-he-zuo`', … }]
 */
export function findMissingRelated(entries: readonly LoadedEntry[], lineOf: LineLocator = () => null): GlossaryProblem[] {
  const ids = new Set(entries.map(({ entry }) => entry.id));
  return entries.flatMap((loaded) =>
    loaded.entry.related.flatMap((id, i) =>
      ids.has(id)
        ? []
        : [
            {
              file: loaded.file,
              line: lineOf(loaded, ['related', i]),
              entry: loaded.entry.id,
              message: `related: no entry has the id \`${id}\``,
              severity: 'error' as const,
            },
          ],
    ),
  );
}

/**
 * `related` links that go one way only (errors): when A lists B, B must list A.
 *
 * @example findOneWayRelated([{ entry: { id: 'a', related: ['b'] }, … }, { entry: { id: 'b', related: [] }, … }])
 * // → [{ severity: 'error', entry: 'b', message: 'related: `a` lists `b` as related, but `b` does not list `a`', … }]
 */
export function findOneWayRelated(entries: readonly LoadedEntry[], lineOf: LineLocator = () => null): GlossaryProblem[] {
  const byId = new Map(entries.map((loaded) => [loaded.entry.id, loaded]));
  return entries.flatMap((loaded) =>
    loaded.entry.related.flatMap((other) => {
      const target = byId.get(other);
      if (!target || target.entry.related.includes(loaded.entry.id)) return [];
      return [
        {
          file: target.file,
          line: lineOf(target, ['related']) ?? lineOf(target, ['id']),
          entry: other,
          message: `related: \`${loaded.entry.id}\` lists \`${other}\` as related, but \`${other}\` does not list \`${loaded.entry.id}\` (add it)`,
          severity: 'error' as const,
        },
      ];
    }),
  );
}

/**
 * Examples that name no paragraph of the corpus, or a paragraph that does not use the term (errors).
 *
 * @example findBadExamples([{ entry: { term: '整村授信', examples: [{ article: 'a', paragraph: 'p9' }] }, … }], [{ article: 'a', paragraph: 'p9', text: '推进工作' }])
 * // → [{ severity: 'error', message: 'examples: paragraph a p9 does not use `整村授信` …', … }]
 */
export function findBadExamples(entries: readonly LoadedEntry[], corpus: readonly CorpusText[], lineOf: LineLocator = () => null): GlossaryProblem[] {
  const texts = new Map(corpus.map(({ article, paragraph, text }) => [`${article} ${paragraph}`, text]));
  return entries.flatMap((loaded) =>
    loaded.entry.examples.flatMap(({ article, paragraph }, i) => {
      const text = texts.get(`${article} ${paragraph}`);
      const forms = formsOf(loaded).map(({ form }) => form);
      const problem =
        text === undefined
          ? `examples: no paragraph \`${paragraph}\` in article \`${article}\` (re-ingested? pick another use from the term's page)`
          : forms.some((form) => text.includes(form))
            ? null
            : `examples: paragraph ${article} ${paragraph} does not use ${forms.map((form) => `\`${form}\``).join(' or ')}`;
      return problem
        ? [{ file: loaded.file, line: lineOf(loaded, ['examples', i]), entry: loaded.entry.id, message: problem, severity: 'error' as const }]
        : [];
    }),
  );
}

/**
 * `updated` days in the future (errors) and entries without one (warnings).
 *
 * @example findUndated([{ entry: { id: 'a', updated: null }, … }], '2026-12-06') // → [{ severity: 'warning', message: 'updated: missing …', … }]
 */
export function findUndated(entries: readonly LoadedEntry[], today: string, lineOf: LineLocator = () => null): GlossaryProblem[] {
  return entries.flatMap((loaded): GlossaryProblem[] => {
    const { updated, id } = loaded.entry;
    if (updated === null)
      return [
        {
          file: loaded.file,
          line: lineOf(loaded, ['id']),
          entry: id,
          message: 'updated: missing (the day the entry last changed, YYYY-MM-DD)',
          severity: 'warning' as const,
        },
      ];
    if (updated > today)
      return [
        {
          file: loaded.file,
          line: lineOf(loaded, ['updated']),
          entry: id,
          message: `updated: ${updated} is in the future (today is ${today})`,
          severity: 'error' as const,
        },
      ];
    return [];
  });
}

/**
 * Count the entries that give their provenance.
 *
 * @example summariseProvenance(entries) // → { official: 18, unverified: 32, withSources: 5, withExamples: 585, dated: 590 }
 */
export function summariseProvenance(entries: readonly LoadedEntry[]): ProvenanceSummary {
  const count = (test: (entry: LoadedEntry['entry']) => boolean) => entries.filter(({ entry }) => test(entry)).length;
  return {
    official: count((entry) => entry.officialEnglish !== null && entry.officialSource !== null),
    unverified: count((entry) => entry.unverifiedOfficial !== null),
    withSources: count((entry) => entry.sources.length > 0),
    withExamples: count((entry) => entry.examples.length > 0),
    dated: count((entry) => entry.updated !== null),
  };
}

/**
 * Entries none of whose forms (term or variants) occurs anywhere in the corpus (warnings).
 *
 * @example findUnused(entries, [{ article: 'a', paragraph: 'p1', text: '推进整村授信工作' }])
 * // → a warning `never used: …` for every entry but 整村授信
 */
export function findUnused(entries: readonly LoadedEntry[], corpus: readonly CorpusText[], lineOf: LineLocator = () => null): GlossaryProblem[] {
  return entries.flatMap((loaded) => {
    const forms = formsOf(loaded).map(({ form }) => form);
    if (corpus.some(({ text }) => forms.some((form) => text.includes(form)))) return [];
    const shown = forms.map((form) => `\`${form}\``).join(', ');
    return [
      {
        file: loaded.file,
        line: lineOf(loaded, ['term']),
        entry: loaded.entry.id,
        message: `never used: ${shown} occur${forms.length === 1 ? 's' : ''} nowhere in the corpus`,
        severity: 'warning' as const,
      },
    ];
  });
}

const indexesOf = (text: string, form: string): number[] => {
  const found: number[] = [];
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) found.push(at);
  return found;
};

interface Finding {
  count: number;
  example: string;
}

const note = (findings: Map<string, Finding>, key: string, example: string) => {
  const finding = findings.get(key);
  if (finding) finding.count++;
  else findings.set(key, { count: 1, example });
};

const times = (count: number) => (count === 1 ? 'once' : `${count} times`);

/**
 * Forms the longest-match annotator gets wrong in the corpus (warnings, with an example):
 * an occurrence of a form that no match covers, because an overlapping form was taken
 * first and what is left matches a shorter form of another entry, or nothing; and a short
 * form matched inside an unrelated word: neither end of the match falls on a word boundary
 * of `Intl.Segmenter` (民政 in 人民政府, 民政 across 国民|政策; not 民政 in 民政厅).
 *
 * @example findMisannotations(entries, [{ article: 'a', paragraph: 'p1', text: '市人民政府' }])
 * // with an entry 民政 → a warning `\`民政\` matches inside the word \`人民政府\` …`
 */
export function findMisannotations(entries: readonly LoadedEntry[], corpus: readonly CorpusText[], lineOf: LineLocator = () => null): GlossaryProblem[] {
  const matcher = matcherFor(entries);
  const byId = new Map(entries.map((loaded) => [loaded.entry.id, loaded]));
  const allForms = entries.flatMap((loaded) => formsOf(loaded).map((form) => ({ ...form, loaded })));
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  /** key: `${id}\0${path}\0${kind}\0${other}` */
  const findings = new Map<string, Finding>();
  for (const { article, paragraph, text } of corpus) {
    const matches = matcher.match(text);
    const place = `${article} ${paragraph}`;
    for (const { form, path, loaded } of allForms) {
      for (const start of indexesOf(text, form)) {
        const end = start + form.length;
        if (matches.some((match) => match.start <= start && match.end >= end)) continue;
        const overlapping = matches.filter((match) => match.start < end && match.end > start);
        const cause = overlapping.find((match) => match.start < start) ?? overlapping[0];
        const inside = overlapping.filter((match) => match.start >= start && match.end <= end && match.id !== loaded.entry.id);
        const taken = [cause, ...inside.filter((match) => match !== cause)].filter((match): match is TermMatch => match !== undefined);
        const other = taken.map((match) => `\`${match.form}\` (${match.id})`).join(' then ');
        note(findings, [loaded.entry.id, path.join('.'), 'cut', other].join('\0'), `${place}: ${showInContext(text, start, end)}`);
      }
    }
    const words = [...segmenter.segment(text)];
    const boundaries = new Set(words.map((word) => word.index));
    boundaries.add(text.length);
    for (const match of matches) {
      if (boundaries.has(match.start) || boundaries.has(match.end)) continue;
      const spanned = words.filter((word) => word.index < match.end && word.index + word.segment.length > match.start).map((word) => word.segment);
      const loaded = byId.get(match.id)!;
      const path = formsOf(loaded).find(({ form }) => form === match.form)?.path ?? ['term'];
      const where = spanned.length === 1 ? `inside the word \`${spanned[0]}\`` : `across the words \`${spanned.join('|')}\``;
      note(findings, [match.id, path.join('.'), 'word', where].join('\0'), `${place}: ${showInContext(text, match.start, match.end)}`);
    }
  }
  return [...findings].map(([key, { count, example }]) => {
    const [id, pathText, kind, other] = key.split('\0') as [string, string, string, string];
    const loaded = byId.get(id)!;
    const path = pathText.split('.').map((part) => (/^\d+$/u.test(part) ? Number(part) : part));
    const form = path[0] === 'term' ? loaded.entry.term : loaded.entry.variants[path[1] as number]!;
    const message =
      kind === 'cut'
        ? `mis-annotated: \`${form}\` is not annotated ${times(count)}, the annotator takes ${other || 'nothing'} instead, e.g. ${example}`
        : `mis-annotated: \`${form}\` matches ${other} ${times(count)}, e.g. ${example}`;
    return { file: loaded.file, line: lineOf(loaded, path), entry: id, message, severity: 'warning' as const };
  });
}

const TONE_MARKS: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };

/**
 * A pinyin syllable split into its toneless letters (ü kept, `v` read as ü) and its tone
 * (0 for the neutral tone).
 *
 * @example splitTone('lǜ') // → { base: 'lü', tone: 4 }
 */
export function splitTone(syllable: string): { base: string; tone: number } {
  let tone = 0;
  let base = '';
  for (const char of syllable.normalize('NFD').toLowerCase()) {
    if (char in TONE_MARKS) tone = TONE_MARKS[char]!;
    else base += char;
  }
  return { base: base.normalize('NFC').replace(/v/gu, 'ü'), tone };
}

/**
 * Whether a syllable written for a character agrees with pinyin-pro's reading: the same
 * letters, and the same tone or a neutral tone on either side. 一 and 不 are written in their
 * citation tones, yī and bù, whatever follows (the dictionary convention; README, Glossary), so
 * yí, yì and bú disagree.
 *
 * @example syllableAgrees('一', 'yī', 'yī') // → true
 * @example syllableAgrees('一', 'yí', 'yī') // → false
 * @example syllableAgrees('钉', 'dìng', 'dīng') // → false
 */
export function syllableAgrees(char: string, written: string, expected: string): boolean {
  const a = splitTone(written);
  const b = splitTone(expected);
  if (a.base !== b.base) return false;
  if (char === '一' || char === '不') return a.tone === (char === '一' ? 1 : 4);
  return a.tone === b.tone || a.tone === 0 || b.tone === 0;
}

type Slot = { kind: 'han'; char: string; expected: string } | { kind: 'other'; text: string };

const isHan = (char: string) => /\p{Script=Han}/u.test(char);

/**
 * Compare an entry's pinyin with pinyin-pro's reading of its term, character by character
 * (`pinyin(term, { type: 'array' })`). Digits, Latin letters and `+` in the term may be
 * written any way (`5+X` → `wǔ jiā X`); punctuation is ignored. Returns one line per
 * disagreement, empty when they agree.
 *
 * @example comparePinyin('整村授信', 'zhěng cūn shòu xìn') // → []
 * @example comparePinyin('钉钉子精神', 'dìng dīng zi jīng shén')
 * // → ['钉 is `dìng`, pinyin-pro reads `dīng` (钉 is a polyphone: dīng, dìng)']
 */
export function comparePinyin(term: string, written: string): string[] {
  const chars = [...term];
  const readings = pinyinPro(term, { type: 'array', toneSandhi: false });
  const aligned = readings.length === chars.length;
  const slots: Slot[] = [];
  chars.forEach((char, i) => {
    if (isHan(char)) {
      slots.push({ kind: 'han', char, expected: aligned ? readings[i]! : (pinyinPro(char, { type: 'array' })[0] ?? '') });
    } else if (/[\p{L}\p{N}+＋]/u.test(char)) {
      const last = slots.at(-1);
      if (last?.kind === 'other') last.text += char;
      else slots.push({ kind: 'other', text: char });
    }
  });
  const tokens = pinyinSyllables(written);
  // Edit distance between slots and tokens: a Han slot takes one token (0 if it agrees,
  // else 1); an `other` slot takes any number of tokens for free; a missing or extra
  // syllable costs 1.
  const n = slots.length;
  const m = tokens.length;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  cost[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i]![j]!;
      if (here === Infinity) continue;
      const slot = slots[i];
      if (j < m) cost[i]![j + 1] = Math.min(cost[i]![j + 1]!, here + (slot?.kind === 'other' ? 0 : 1));
      if (!slot) continue;
      if (slot.kind === 'other') {
        cost[i + 1]![j] = Math.min(cost[i + 1]![j]!, here);
        continue;
      }
      cost[i + 1]![j] = Math.min(cost[i + 1]![j]!, here + 1);
      if (j < m) cost[i + 1]![j + 1] = Math.min(cost[i + 1]![j + 1]!, here + (syllableAgrees(slot.char, tokens[j]!, slot.expected) ? 0 : 1));
    }
  }
  if (cost[n]![m] === 0) return [];
  // Walk back to name each disagreement.
  const messages: string[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = cost[i]![j]!;
    const previous = slots[i - 1];
    const next = slots[i];
    if (j > 0 && next?.kind === 'other' && cost[i]![j - 1] === here) {
      j--;
      continue;
    }
    if (previous?.kind === 'other' && cost[i - 1]![j] === here) {
      i--;
      continue;
    }
    if (previous?.kind === 'han' && j > 0) {
      const agrees = syllableAgrees(previous.char, tokens[j - 1]!, previous.expected);
      if (cost[i - 1]![j - 1]! + (agrees ? 0 : 1) === here) {
        if (!agrees)
          messages.push(
            `${previous.char} is \`${tokens[j - 1]}\`, pinyin-pro reads \`${previous.expected}\`${previous.char === '一' || previous.char === '不' ? ' (一 and 不 are written in their citation tones, yī and bù)' : polyphoneNote(previous.char, tokens[j - 1]!)}`,
          );
        i--;
        j--;
        continue;
      }
    }
    if (previous?.kind === 'han' && cost[i - 1]![j]! + 1 === here) {
      messages.push(`no syllable for ${previous.char} (pinyin-pro reads \`${previous.expected}\`)`);
      i--;
      continue;
    }
    if (j === 0) break;
    messages.push(`extra syllable \`${tokens[j - 1]}\``);
    j--;
  }
  return messages.reverse();
}

/** Where the written syllable is another reading of a polyphone, say so: pinyin-pro may be the one that is wrong. */
const polyphoneNote = (char: string, written: string): string => {
  const readings = polyphonic(char, { type: 'array' })[0] ?? [];
  const other = readings.some((reading) => syllableAgrees(char, written, reading));
  return other && readings.length > 1 ? ` (${char} is a polyphone: ${readings.join(', ')})` : '';
};

/**
 * The syllables of pinyin written by word (GB/T 16159-2012): words are split at spaces,
 * apostrophes, hyphens and punctuation, then into syllables; capitals are lowered. A token that
 * is not pinyin (`5A`, `X`, `IOT`) stays whole.
 *
 * @example pinyinSyllables("Xí Jìnpíng xīn shídài") // → ['xí', 'jìn', 'píng', 'xīn', 'shí', 'dài']
 * @example pinyinSyllables("dài kuǎn yú'é") // → ['dài', 'kuǎn', 'yú', 'é']
 */
export function pinyinSyllables(written: string): string[] {
  return written
    .normalize('NFC')
    .split(/[\s'’\-‐–]+/u)
    .map((token) => token.replace(/[^\p{L}\p{M}\p{N}+]/gu, ''))
    .filter(Boolean)
    .flatMap((token) => {
      const lower = token.toLowerCase();
      // One base letter per NFC character, so syllable lengths carry over to the toned token.
      const base = lower.normalize('NFD').replace(/\p{M}/gu, '');
      if (base.length !== [...lower].length || !/^[a-z]+$/u.test(base)) return [token];
      const syllables = splitWord(base);
      if (!syllables) return [token];
      const chars = [...lower];
      let at = 0;
      return syllables.map((syllable) => chars.slice(at, (at += syllable.length)).join(''));
    });
}

/**
 * Split the letters of one written word into syllables. Inside a word, a syllable starting with
 * a, o or e follows an apostrophe (GB/T 16159-2012), so none is taken here: `sangè` is san + gè,
 * not sang + è; `jinan` is ji + nan.
 */
function splitWord(letters: string): string[] | null {
  const syllables = splitSyllables(letters);
  if (!syllables || syllables.every((syllable, i) => i === 0 || !/^[aoe]/u.test(syllable))) return syllables;
  const failed = new Set<number>();
  const from = (at: number): string[] | null => {
    if (at === letters.length) return [];
    if (failed.has(at)) return null;
    for (let length = Math.min(6, letters.length - at); length > 0; length--) {
      const head = letters.slice(at, at + length);
      if ((at > 0 && /^[aoe]/u.test(head)) || splitSyllables(head)?.length !== 1 || splitSyllables(head)![0] !== head) continue;
      const rest = from(at + length);
      if (rest) return [head, ...rest];
    }
    failed.add(at);
    return null;
  };
  return from(0) ?? syllables;
}

/** Syllables joined into one written word, with an apostrophe before a, o or e after the first. */
const joinSyllables = (syllables: readonly string[]) =>
  syllables.map((syllable, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/iu.test(syllable) ? `'${syllable}` : syllable)).join('');

/**
 * Pinyin written syllable by syllable where the term has words of two or more characters
 * (errors): GB/T 16159-2012 joins the syllables of a word (`zhěngcūn shòuxìn`, not
 * `zhěng cūn shòu xìn`). The words are jieba's; the message suggests a form joined by them.
 *
 * @example findSyllableBySyllable([{ entry: { term: '营商环境', pinyin: 'yíng shāng huán jìng' }, … }])
 * // → [{ severity: 'error', message: 'pinyin: `yíng shāng huán jìng` is written syllable by syllable; join the syllables of each word (GB/T 16159-2012), e.g. `yíngshāng huánjìng`', … }]
 */
export function findSyllableBySyllable(entries: readonly LoadedEntry[], lineOf: LineLocator = () => null): GlossaryProblem[] {
  return entries.flatMap((loaded): GlossaryProblem[] => {
    const { term, pinyin } = loaded.entry;
    const words = segmentWords(term).filter((word) => [...word].filter(isHan).length > 0);
    if (!words.some((word) => [...word].filter(isHan).length >= 2)) return [];
    const written = pinyin.split(/[\s,，、;()（）]+/u).filter((token) => /\p{L}/u.test(token));
    if (written.some((token) => pinyinSyllables(token).length > 1)) return [];
    const syllables = pinyinSyllables(pinyin);
    let at = 0;
    const suggestion =
      syllables.length === [...term].filter(isHan).length
        ? words.map((word) => joinSyllables(syllables.slice(at, (at += [...word].filter(isHan).length)))).join(' ')
        : null;
    return [
      {
        file: loaded.file,
        line: lineOf(loaded, ['pinyin']),
        entry: loaded.entry.id,
        message: `pinyin: \`${pinyin}\` is written syllable by syllable; join the syllables of each word (GB/T 16159-2012)${suggestion ? `, e.g. \`${suggestion}\`` : ''}`,
        severity: 'error',
      },
    ];
  });
}

/**
 * Pinyin that disagrees with pinyin-pro (one warning per entry, every disagreement named).
 *
 * @example findPinyinMismatches([{ entry: { id: 'zheng-cun-shou-xin', term: '整村授信', pinyin: 'zhěng cūn shòu xìng', … }, file: '…' }])
 * // → [{ severity: 'warning', message: 'pinyin: `zhěng cūn shòu xìng` disagrees with pinyin-pro: 信 is `xìng`, pinyin-pro reads `xìn`', … }]
 */
export function findPinyinMismatches(entries: readonly LoadedEntry[], lineOf: LineLocator = () => null): GlossaryProblem[] {
  return entries.flatMap((loaded) => {
    const differences = comparePinyin(loaded.entry.term, loaded.entry.pinyin);
    if (differences.length === 0) return [];
    return [
      {
        file: loaded.file,
        line: lineOf(loaded, ['pinyin']),
        entry: loaded.entry.id,
        message: `pinyin: \`${loaded.entry.pinyin}\` disagrees with pinyin-pro: ${differences.join('; ')}`,
        severity: 'warning' as const,
      },
    ];
  });
}

/**
 * A {@link LineLocator} that reads each entry's file (relative to `root`) once and finds the
 * line of a field in it.
 *
 * @example fileLineLocator()({ entry, file: 'content/glossary/liang-ai.yaml' }, ['pinyin']) // → 4
 */
export function fileLineLocator(root = process.cwd()): LineLocator {
  const documents = new Map<string, { doc: ReturnType<typeof parseDocument>; lines: LineCounter } | null>();
  return (loaded, path) => {
    let parsed = documents.get(loaded.file);
    if (parsed === undefined) {
      try {
        const lines = new LineCounter();
        parsed = { doc: parseDocument(readYamlText(resolve(root, loaded.file)), { lineCounter: lines }), lines };
      } catch {
        parsed = null;
      }
      documents.set(loaded.file, parsed);
    }
    if (!parsed) return null;
    const node = parsed.doc.getIn(path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    return offset === undefined ? null : parsed.lines.linePos(offset).line;
  };
}

/**
 * Run every check over loaded entries and a corpus (no file access but through `lineOf`).
 *
 * @example checkEntries(entries, [{ article: 'e698e91f-0001', paragraph: 'p3', text: '群众因大病等返贫致贫可获救助金' }])
 * // → related errors, mis-annotation, never-used and pinyin warnings
 */
export function checkEntries(
  entries: readonly LoadedEntry[],
  corpus: readonly CorpusText[] | null,
  lineOf: LineLocator = () => null,
  today = new Date().toISOString().slice(0, 10),
): GlossaryProblem[] {
  return [
    ...findMissingRelated(entries, lineOf),
    ...findOneWayRelated(entries, lineOf),
    ...findUndated(entries, today, lineOf),
    ...(corpus ? [...findMisannotations(entries, corpus, lineOf), ...findUnused(entries, corpus, lineOf), ...findBadExamples(entries, corpus, lineOf)] : []),
    ...findPinyinMismatches(entries, lineOf),
    ...findSyllableBySyllable(entries, lineOf),
  ];
}

const byPlace = (a: GlossaryProblem, b: GlossaryProblem) =>
  a.file.localeCompare(b.file) ||
  (a.line ?? 0) - (b.line ?? 0) ||
  (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
  a.message.localeCompare(b.message);

/**
 * Load the glossary folder and the corpus and run every check: schema, duplicates, related
 * ids, mis-annotations, unused entries and pinyin. Problems come sorted by file and line.
 *
 * @example checkGlossary({ glossaryDir: 'content/glossary', articlesFile: 'content/articles/articles.json' })
 * // → { entries: 590, paragraphs: 339, errors: 0, warnings: 16, problems: [ … 钉钉子精神 … ] }
 */
export function checkGlossary(options: GlossaryCheckOptions): GlossaryCheckReport {
  const root = options.root ?? process.cwd();
  const { entries, problems } = loadGlossary(options.glossaryDir, root);
  let corpus: CorpusText[] | null = null;
  const articles = resolve(root, options.articlesFile);
  if (existsSync(articles)) corpus = readCorpus(articles);
  else
    problems.push({
      file: options.articlesFile,
      line: null,
      entry: null,
      message: 'no corpus (run npm run ingest): the mis-annotation and never-used checks were skipped',
      severity: 'warning',
    });
  problems.push(...checkEntries(entries, corpus, fileLineLocator(root)));
  problems.sort(byPlace);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return {
    entries: entries.length,
    provenance: summariseProvenance(entries),
    paragraphs: corpus?.length ?? 0,
    problems,
    errors,
    warnings: problems.length - errors,
  };
}
