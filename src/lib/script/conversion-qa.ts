/**
 * Conversion QA: every word of the Traditional output that holds a character of
 * {@link QA_CHARACTERS} is a finding; a finding is explained when
 * `content/opencc-qa-allow.yaml` lists its word (or, for a word of one character, the word
 * with its neighbours) with a reason. `npm run traditional:check` prints the findings; the tests
 * require none unexplained on the archive.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { readYamlFile } from '../content-files/read-yaml.ts';
import { QA_CHARACTERS, QA_CONTEXT_CHARS } from './settings.ts';

/** A text to check and where it is (`c1589599-0593 p13`, `glossary ying-shang-huan-jing`). */
export interface QaText {
  readonly place: string;
  readonly text: string;
}

/** One suspicious word in the output, with how often it occurs and its first context. */
export interface QaFinding {
  readonly character: string;
  /** The Traditional word (`關於`), or for a one-character word, it between its neighbours (`人數|於|去年`). */
  readonly key: string;
  readonly simplified: string;
  readonly count: number;
  readonly place: string;
  readonly context: string;
}

/** `content/opencc-qa-allow.yaml`: for a character, the words in which it is right, and why. */
export const qaAllowSchema = z
  .array(
    z
      .object({
        character: z.string().min(1),
        words: z.array(z.string().min(1)).min(1, 'must list at least one word'),
        why: z.string().trim().min(1, 'must say why these words are right'),
      })
      .strict(),
  )
  .nullable();
export type QaAllowList = NonNullable<z.infer<typeof qaAllowSchema>>;

/** Read an allow-list file (a missing file allows nothing). */
export function readQaAllowList(path: string): QaAllowList {
  return existsSync(path) ? (readYamlFile(path, qaAllowSchema) ?? []) : [];
}

const NEIGHBOUR = 4;

/**
 * The suspicious words of a set of texts after conversion, grouped by character and word.
 * `convert` must keep the text's length (OpenCC s2tw maps character to character), so the
 * Traditional word lines up with the Simplified one; a text whose length changes is compared
 * character by character instead (one word per character).
 *
 * @example findSuspicious([{ place: 'a p1', text: '把握发展' }], (t) => t.replace('发', '髮'), (t) => ['把握', '发展'])
 * // → [{ character: '髮', key: '髮展', simplified: '发展', count: 1, place: 'a p1', context: '把握⟨髮展⟩' }]
 */
export function findSuspicious(texts: readonly QaText[], convert: (text: string) => string, segment: (text: string) => string[]): QaFinding[] {
  const found = new Map<string, { character: string; key: string; simplified: string; count: number; place: string; context: string }>();
  for (const { place, text } of texts) {
    const output = convert(text);
    const words = output.length === text.length ? segment(text) : [...text];
    const spans: { start: number; end: number }[] = [];
    let at = 0;
    for (const word of words) {
      spans.push({ start: at, end: at + word.length });
      at += word.length;
    }
    spans.forEach(({ start, end }, i) => {
      const traditional = output.slice(start, end);
      for (const character of Object.keys(QA_CHARACTERS)) {
        if (!traditional.includes(character)) continue;
        const before = i > 0 ? output.slice(spans[i - 1]!.start, start).slice(-NEIGHBOUR) : '';
        const after = i + 1 < spans.length ? output.slice(end, spans[i + 1]!.end).slice(0, NEIGHBOUR) : '';
        const key = [...traditional].length > 1 ? traditional : `${before}|${traditional}|${after}`;
        const id = `${character}\0${key}`;
        const seen = found.get(id);
        if (seen) seen.count++;
        else {
          const context = `${output.slice(Math.max(0, start - QA_CONTEXT_CHARS), start)}⟨${traditional}⟩${output.slice(end, end + QA_CONTEXT_CHARS)}`;
          found.set(id, { character, key, simplified: text.slice(start, end), count: 1, place, context });
        }
      }
    });
  }
  return [...found.values()].sort((a, b) => a.character.localeCompare(b.character) || b.count - a.count || a.key.localeCompare(b.key));
}

/** Findings split by whether the allow-list explains them, and allow-list words no finding used. */
export interface QaReport {
  readonly explained: (QaFinding & { why: string })[];
  readonly unexplained: QaFinding[];
  readonly unused: { character: string; word: string }[];
}

/**
 * Split findings into explained and unexplained.
 *
 * @example explainFindings(findings, [{ character: '於', words: ['關於'], why: '于 as a preposition is 於' }])
 */
export function explainFindings(findings: readonly QaFinding[], allow: QaAllowList): QaReport {
  const reasons = new Map<string, string>();
  for (const { character, words, why } of allow) for (const word of words) reasons.set(`${character}\0${word}`, why);
  const used = new Set<string>();
  const explained: (QaFinding & { why: string })[] = [];
  const unexplained: QaFinding[] = [];
  for (const finding of findings) {
    const id = `${finding.character}\0${finding.key}`;
    const why = reasons.get(id);
    if (why === undefined) unexplained.push(finding);
    else {
      used.add(id);
      explained.push({ ...finding, why });
    }
  }
  const unused = [...reasons.keys()]
    .filter((id) => !used.has(id))
    .map((id) => {
      const [character, word] = id.split('\0') as [string, string];
      return { character, word };
    });
  return { explained, unexplained, unused };
}

interface QaUnit {
  readonly id: string;
  readonly blocks?: { id: string; text: string }[];
  readonly [field: string]: unknown;
}

/**
 * The archive's Chinese as QA texts: every unit's head fields and paragraphs, and every glossary
 * entry's term, variants and Chinese explanation.
 */
export function archiveTexts(units: readonly QaUnit[], glossary: readonly { id: string; term: string; variants: string[]; definitionZh: string }[]): QaText[] {
  const head = ['title', 'subtitle', 'kicker', 'series', 'byline', 'organisation', 'continuationMarker'];
  return [
    ...units.flatMap((unit) => [
      ...head.flatMap((field) => (typeof unit[field] === 'string' && unit[field] ? [{ place: `${unit.id} ${field}`, text: unit[field] as string }] : [])),
      ...(unit.blocks ?? []).map((block) => ({ place: `${unit.id} ${block.id}`, text: block.text })),
    ]),
    ...glossary.flatMap((entry) => [entry.term, ...entry.variants, entry.definitionZh].map((text) => ({ place: `glossary ${entry.id}`, text }))),
  ];
}
