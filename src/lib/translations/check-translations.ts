import { existsSync } from 'node:fs';
import { ContentFileError, readYamlText } from '../content-files/read-content-file.ts';
import { parseYaml, type ParsedYaml } from '../content-files/read-yaml.ts';
import { join } from 'node:path';
import type { ArticleRecord } from '../ingest/ingest-page.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { translationSchema, type Translation } from '../../schemas/translation.ts';
import type { TermMatcher } from '../glossary/match-terms.ts';
import { lowerCaseUnits, straightQuotes, titleCaseMisses, unsupportedGender } from './style.ts';
import { paragraphHash } from './hash.ts';
import { missingNumbers } from './numbers.ts';

/** One finding of the translation check: the file, the paragraph, what is wrong. */
export interface TranslationFinding {
  readonly file: string;
  readonly line: number | null;
  readonly paragraph: string | null;
  readonly rule:
    | 'missing-file'
    | 'invalid'
    | 'missing-title'
    | 'missing-summary'
    | 'unknown-paragraph'
    | 'untranslated'
    | 'stale'
    | 'term'
    | 'number'
    | 'style-unit'
    | 'style-quotes'
    | 'style-title'
    | 'style-gender';
  readonly message: string;
}

/** Totals of a translation check. */
export interface TranslationReport {
  readonly findings: TranslationFinding[];
  readonly articles: number;
  readonly paragraphs: number;
  readonly translated: number;
  readonly termPairs: number;
}

const STOPWORDS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'at', 'by', 'with', 'its', 'their', 'as']);

/**
 * The content-word stems of an English text: lower case, quotes and hyphens dropped,
 * stop words removed, common endings cut, so "improving quality" and "improve quality",
 * "fill a gap" and "fills gaps" compare equal.
 * @example englishStems('the “Four Firsts”') // → ['four', 'first']
 */
export function englishStems(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[‘’]/gu, "'")
    .replace(/'s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !STOPWORDS.has(word))
    .map((word) => {
      let current = word;
      for (let next = stem(current); next !== current; next = stem(current)) current = next;
      return current;
    });
}

/** Cut one common English ending, keeping at least three letters; applied until nothing changes (`meetings` → `meeting` → `meet`, `bases`/`base` → `bas`). */
function stem(word: string): string {
  const cut = word.replace(/(?:ies|ing|ed|es|s|e|y)$/u, '');
  return cut.length >= 3 && cut !== word ? cut : word;
}

/** True when every content word of a rendering occurs in the English paragraph. */
export function rendersTerm(english: ReadonlySet<string>, rendering: string): boolean {
  const stems = englishStems(rendering);
  return stems.length > 0 && stems.every((stem) => english.has(stem));
}

/**
 * Check the translations of the archive the way translation QA tools do: every Chinese
 * paragraph has an English one; none is stale (its source hash still matches); each glossary
 * term in a Chinese paragraph has the glossary's English (or a listed variant) in the English
 * paragraph, unless the file records an exception; every number in the Chinese appears in
 * the English.
 */
export function checkTranslations(
  articles: readonly ArticleRecord[],
  dir: string,
  glossary: ReadonlyMap<string, GlossaryEntry>,
  matcher: TermMatcher,
): TranslationReport {
  const findings: TranslationFinding[] = [];
  let paragraphs = 0;
  let translated = 0;
  let termPairs = 0;
  for (const article of articles) {
    const file = join(dir, `${article.id}.yaml`);
    paragraphs += article.blocks.length;
    if (!existsSync(file)) {
      findings.push({
        file,
        line: null,
        paragraph: null,
        rule: 'missing-file',
        message: `no translation for ${article.id} (run npm run translations:scaffold)`,
      });
      continue;
    }
    let parsed: ParsedYaml<Translation>;
    try {
      parsed = parseYaml(readYamlText(file), file, translationSchema);
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      findings.push({ file, line: error.line, paragraph: null, rule: 'invalid', message: error.reason });
      continue;
    }
    const problem = parsed.problems[0];
    if (problem) {
      findings.push({ file, line: problem.line, paragraph: null, rule: 'invalid', message: problem.message });
      continue;
    }
    const at = parsed.lineOf;
    const translation: Translation = parsed.data!;
    if (translation.article !== article.id)
      findings.push({
        file,
        line: at(['article']),
        paragraph: null,
        rule: 'invalid',
        message: `article: \`${translation.article}\`, expected \`${article.id}\``,
      });
    if (!translation.title.trim()) findings.push({ file, line: at(['title']), paragraph: null, rule: 'missing-title', message: 'no English title' });
    if (!translation.summary.trim()) findings.push({ file, line: at(['summary']), paragraph: null, rule: 'missing-summary', message: 'no English summary' });
    const titleMisses = titleCaseMisses(translation.title);
    if (titleMisses.length > 0 && !(translation.exceptions.title ?? []).includes('style-title'))
      findings.push({
        file,
        line: at(['title']),
        paragraph: null,
        rule: 'style-title',
        message: `title case: capitalise ${titleMisses.map((word) => `“${word}”`).join(', ')}`,
      });
    for (const [field, text] of [
      ['title', translation.title],
      ['summary', translation.summary],
    ] as const) {
      if (straightQuotes(text) > 0)
        findings.push({
          file,
          line: at([field]),
          paragraph: null,
          rule: 'style-quotes',
          message: `${field}: straight quotation marks or apostrophes; use “…”, ‘…’ and ’`,
        });
      for (const fix of lowerCaseUnits(text)) findings.push({ file, line: at([field]), paragraph: null, rule: 'style-unit', message: `${field}: ${fix}` });
    }
    let chineseBefore = '';
    const ids = new Set(article.blocks.map((block) => block.id));
    for (const id of Object.keys(translation.paragraphs)) {
      if (!ids.has(id))
        findings.push({
          file,
          line: at(['paragraphs', id]),
          paragraph: id,
          rule: 'unknown-paragraph',
          message: `paragraph ${id} is not in the article (re-segmented? move its text to the right id)`,
        });
    }
    for (const block of article.blocks) {
      const entry = translation.paragraphs[block.id];
      const line = at(['paragraphs', block.id]);
      if (!entry || entry.en.trim() === '') {
        findings.push({ file, line, paragraph: block.id, rule: 'untranslated', message: `not translated: ${block.text.slice(0, 30)}…` });
        continue;
      }
      if (entry.hash !== paragraphHash(block.text)) {
        findings.push({
          file,
          line,
          paragraph: block.id,
          rule: 'stale',
          message: 'the Chinese changed since this was translated (hash differs); revise the English and update the hash',
        });
        continue;
      }
      translated++;
      const english = new Set(englishStems(entry.en));
      const excepted = new Set(translation.exceptions[block.id] ?? []);
      const seen = new Set<string>();
      for (const match of matcher.match(block.text)) {
        if (seen.has(match.id)) continue;
        seen.add(match.id);
        termPairs++;
        const term = glossary.get(match.id);
        if (!term || excepted.has(match.id)) continue;
        const renderings = [term.english, ...term.englishVariants, ...(term.officialEnglish ? [term.officialEnglish] : [])];
        if (!renderings.some((rendering) => rendersTerm(english, rendering))) {
          findings.push({
            file,
            line,
            paragraph: block.id,
            rule: 'term',
            message: `${match.form} (${match.id}): expected “${term.english}”${term.englishVariants.length ? ` or a listed variant` : ''}, or an exception`,
          });
        }
      }
      const missing = missingNumbers(block.text, entry.en);
      if (missing.length > 0)
        findings.push({ file, line, paragraph: block.id, rule: 'number', message: `numbers in the Chinese not found in the English: ${missing.join(', ')}` });
      // Style rules (docs/translation-style.md); a rule listed under `exceptions:` for the paragraph is skipped.
      if (!excepted.has('style-unit'))
        for (const fix of lowerCaseUnits(entry.en)) findings.push({ file, line, paragraph: block.id, rule: 'style-unit', message: fix });
      if (straightQuotes(entry.en) > 0 && !excepted.has('style-quotes'))
        findings.push({ file, line, paragraph: block.id, rule: 'style-quotes', message: 'straight quotation marks or apostrophes; use “…”, ‘…’ and ’' });
      const pronoun = excepted.has('style-gender') ? null : unsupportedGender(entry.en, block.text, chineseBefore);
      if (pronoun)
        findings.push({
          file,
          line,
          paragraph: block.id,
          rule: 'style-gender',
          message: `“${pronoun}”: the Chinese gives no gender here or before; use the name or a neutral form`,
        });
      chineseBefore += block.text;
    }
  }
  return { findings, articles: articles.length, paragraphs, translated, termPairs };
}
