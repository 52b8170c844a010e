import type { Paragraph } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { LINE_RULES, remarkClassifyLines } from './classify-lines.ts';
import type { SourceDocument } from './formats/detect.ts';
import { ingestDocument } from './ingest-document.ts';
import { remarkNormalisePage } from './normalise.ts';
import { remarkInterleave, type InterleaveMove } from './interleave.ts';
import { remarkParsePage } from './parse-page.ts';
import { CONTINUATION, LEAD_BYLINE } from './patterns.ts';
import { UNIT_START_RULES } from './types.ts';

/** Per line: the role and the rule that gave it (text and OCR pages; records need no rules). */
export function explainRoles(text: string): { line: number; role: string; rule: string; text: string }[] {
  const processor = unified().use(remarkParsePage).use(remarkNormalisePage).use(remarkClassifyLines);
  const tree = processor.parse(new VFile(text));
  processor.runSync(tree);
  return tree.children
    .filter((node): node is Paragraph => node.type === 'paragraph')
    .map((node) => ({
      line: node.data!.block!.lines[0]!,
      role: node.data!.block!.role ?? 'body',
      rule: node.data!.block!.rule ?? 'body',
      text: node.children.map((child) => ('value' in child ? child.value : '')).join(''),
    }));
}

/** The column blocks `interleaved-blocks` moves to follow the block they continue (interleave.ts). */
export function explainMoves(text: string): InterleaveMove[] {
  const processor = unified().use(remarkParsePage).use(remarkNormalisePage).use(remarkClassifyLines).use(remarkInterleave);
  const file = new VFile(text);
  processor.runSync(processor.parse(file), file);
  return file.data.interleaveMoves ?? [];
}

const short = (text: string, max = 36) => ([...text].length > max ? `${[...text].slice(0, max).join('')}…` : text);
const ranges = (list: readonly (readonly [number, number])[]) => list.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',') || '-';

/**
 * `npm run ingest -- --explain <page>`: the page's format and why; per line its role and the rule
 * that gave it; per unit where it starts and why, where it ends, and its flags.
 */
export function explainDocument(document: SourceDocument, source: string): string[] {
  const out: string[] = [`${source}: format ${document.format} (${document.evidence})`];
  const result = ingestDocument(document, { source });
  const textOf = document.kind === 'text' ? document.text : document.kind === 'ocr' ? document.layout.text : null;
  const provenance = document.kind === 'ocr' ? (line: number) => document.layout.blockOfLine[line - 1] ?? line : (line: number) => line;
  const roleAt = new Map<number, { role: string; rule: string; text: string }>();
  if (textOf !== null) {
    out.push('', `${document.kind === 'ocr' ? 'block' : 'line'}  role          rule                      text`);
    for (const entry of explainRoles(textOf)) {
      const line = provenance(entry.line);
      roleAt.set(line, entry);
      out.push(`${String(line).padStart(5)}  ${entry.role.padEnd(12)}  ${entry.rule.padEnd(24)}  ${short(entry.text, 40)}`);
    }
    for (const move of explainMoves(textOf))
      out.push(
        `interleaved-blocks: the block at ${provenance(move.line)} continues the block ending at ${provenance(move.after)} (a word runs across that join), so it is read after it`,
      );
  } else out.push('', 'each record is one article (rule record-per-article): the crawler stored title and body apart');
  out.push('', 'units:');
  const starts = result.articles.map((article) => Math.min(...[...article.headLines, ...article.lines].map(([a]) => a)));
  result.articles.forEach((article, index) => {
    const first = starts[index]!;
    const body = article.blocks.find((block) => block.type === 'paragraph');
    const entry = roleAt.get(first);
    let why: string;
    if (textOf === null) why = `record at line ${first}`;
    else if (article.headLines.length > 0 && entry && entry.role !== 'body')
      why = `${entry.role} at ${first} (${entry.rule}: ${LINE_RULES[entry.rule as keyof typeof LINE_RULES] ?? 'editorial fix'})`;
    else if (article.kind === 'photo-caption') why = 'a paragraph with a photo credit after it or at its end';
    else if (body && LEAD_BYLINE.test(roleAt.get(body.lines[0]![0])?.text ?? '')) why = `a news lead opens line ${body.lines[0]![0]}`;
    else if (body && CONTINUATION.test(roleAt.get(body.lines[0]![0])?.text ?? '')) why = 'a continuation marker';
    else why = `body text after the previous unit ended (${entry?.rule ?? 'body'})`;
    // (The unit rule that made a head over plain text start a story rather than a section, where one did.)
    const startRule = result.startRules?.[article.id];
    if (startRule) why += `; a story, not a section, by ${startRule}: ${UNIT_START_RULES[startRule]}`;
    const next = starts.filter((line) => line > first).sort((a, b) => a - b)[0];
    out.push(
      `  ${article.id}  ${article.kind}${article.titleInferred ? ' (title inferred)' : ''}: ${short(article.title)}`,
      `    head ${ranges(article.headLines)}  body ${ranges(article.lines)}`,
      `    starts: ${why}`,
      `    ends: ${article.continuedTo && article.continuedTo !== 'unknown' ? `continued-to: the story is continued on ${article.continuedTo}; ` : ''}${next ? `the next unit starts at ${next}` : 'end of page'}`,
      ...('flags' in article && Array.isArray(article.flags) && article.flags.length > 0 ? [`    flags: ${(article.flags as string[]).join(', ')}`] : []),
    );
  });
  for (const warning of result.warnings) out.push(`${source}${warning.line ? `:${warning.line}` : ''}  warning  ${warning.message}`);
  return out;
}
