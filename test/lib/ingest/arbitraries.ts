/**
 * Shared fast-check arbitraries and properties of the ingest pipeline (parser, normaliser,
 * classifier, reflow, splitter, MDX writer). `properties.test.ts` runs each property a few
 * hundred times; `scripts/fuzz.ts` runs them by the ten thousand.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { accountForText } from '../../../src/lib/ingest/account.ts';
import { remarkClassifyLines } from '../../../src/lib/ingest/classify-lines.ts';
import { ingestPage, type PageResult } from '../../../src/lib/ingest/ingest-page.ts';
import { foldFullWidth, normaliseText, remarkNormalisePage, stripHashMarker } from '../../../src/lib/ingest/normalise.ts';
import { parsePage } from '../../../src/lib/ingest/parse-page.ts';
import { remarkReflow } from '../../../src/lib/ingest/reflow.ts';
import { splitUnits } from '../../../src/lib/ingest/split-units.ts';
import { frontmatterOf, toMdx } from '../../../src/lib/ingest/to-mdx.ts';

// ---------------------------------------------------------------------------
// Pieces of newspaper text
// ---------------------------------------------------------------------------

const pick = <T>(...values: T[]) => fc.constantFrom(...values);

/** A common Han character (CJK Unified Ideographs, BMP). */
export const commonHan = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCodePoint(code));

/**
 * A Han character from a small shared vocabulary, so that headlines, bodies and resumed parts
 * of a page share bigrams (which drives headline matching and the merging of resumed parts).
 */
export const vocabularyHan = fc.constantFrom(...'党建引领乡村治理服务企业发展民生救助基金');

/** A Han character: mostly from the shared vocabulary, else any common one. */
export const han = fc.oneof({ weight: 1, arbitrary: vocabularyHan }, { weight: 1, arbitrary: commonHan });

/** An astral Han character (Extension B and beyond), two UTF-16 code units: `𦫖`, `𧒽`. */
export const astralHan = fc.oneof(
  pick('𦫖', '𧒽', '𠀀', '𪚥', '𫠠'),
  fc.integer({ min: 0x20000, max: 0x2a6df }).map((code) => String.fromCodePoint(code)),
);

/** A combining mark, or a base plus marks that NFC composes (`e\u0301` → `é`, `か\u3099` → `が`, Hangul jamo). */
export const combining = pick(
  '\u0301',
  '\u0308',
  '\u0300',
  '\u0323',
  '\u3099',
  '\u309a',
  '\u20dd',
  'e\u0301',
  'か\u3099',
  '\u1100\u1161',
  '\u1100\u1161\u11a8',
  'A\u030a',
  'a\u0323\u0302',
  '\u212b',
  '\u00c5',
);

/** Full-width punctuation as Chinese newspapers print it. */
export const punctuation = pick(
  '（',
  '）',
  '“',
  '”',
  '‘',
  '’',
  '。',
  '，',
  '、',
  '；',
  '：',
  '！',
  '？',
  '……',
  '——',
  '《',
  '》',
  '·',
  '「',
  '」',
  '—',
  '…',
  '(',
  ')',
  ',',
  '.',
  ':',
  '?',
  '!',
  '％',
  '%',
);

/** Latin words, digits and markdown / MDX syntax a newspaper can print (must come out as text). */
export const latinAndSyntax = pick(
  'GDP',
  'smart',
  'city',
  '5G',
  '2021年',
  '1万 多',
  '300 多台',
  '12.5%',
  '3.14',
  'A',
  'x',
  '{',
  '}',
  '{name}',
  '<',
  '>',
  '<script>',
  '</Para>',
  '<Para id="p1">',
  '<br/>',
  'import x from "y"',
  'export const a = 1',
  '*',
  '**',
  '_',
  '__',
  '`',
  '```',
  '[a](b)',
  '![c](d)',
  '<http://a.b>',
  '\\',
  '&',
  '&amp;',
  '&#0;',
  '<!--',
  '-->',
  '|',
  '~',
  '~~~',
  '# ',
  '## ',
  '> ',
  '- ',
  '+ ',
  '1. ',
  '1) ',
  '---',
  '===',
  '***',
  '    code',
  '$',
  '$$',
  '^',
  '@',
  "'",
  '"',
);

/** Characters that are not printed: C0 controls (not `\n`), DEL, bidi and other format controls. */
export const control = fc.oneof(
  fc
    .integer({ min: 0, max: 0x1f })
    .filter((code) => code !== 0x0a)
    .map((code) => String.fromCharCode(code)),
  pick(
    '\u007f',
    '\u202e',
    '\u202d',
    '\u2066',
    '\u2067',
    '\u2069',
    '\u200b',
    '\u200d',
    '\u200e',
    '\ufeff',
    '\u00ad',
    '\u0085',
    '\u2028',
    '\u2029',
    '\u00a0',
    '\u3000',
    '\u000b',
    '\u000c',
    '\r',
  ),
);

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤柏鄧葛隋裴祖柳敖仝',
];

/** A personal name of two or three Han characters with a common surname: `张三`, `李抑焜`. */
export const personName = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.array(fc.oneof({ weight: 9, arbitrary: han }, { weight: 1, arbitrary: astralHan }), { minLength: 1, maxLength: 2 }))
  .map(([surname, given]) => surname + given.join(''));

/** A run of CJK text with punctuation, Latin, digits, markup, combining marks and spaces. */
export const cjkRun = (maxLength = 30) =>
  fc
    .array(
      fc.oneof(
        { weight: 40, arbitrary: han },
        { weight: 3, arbitrary: astralHan },
        { weight: 8, arbitrary: punctuation },
        { weight: 3, arbitrary: latinAndSyntax },
        { weight: 2, arbitrary: combining },
        { weight: 1, arbitrary: control },
        { weight: 2, arbitrary: pick(' ', '  ', '\u3000', '\t') },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 99999 }).map(String) },
      ),
      { minLength: 1, maxLength },
    )
    .map((parts) => parts.join(''));

/** A short run of Han characters only (headline material). */
export const hanWords = (min = 2, max = 12) =>
  fc.array(fc.oneof({ weight: 12, arbitrary: han }, { weight: 1, arbitrary: astralHan }), { minLength: min, maxLength: max }).map((chars) => chars.join(''));

const sentenceEnd = pick('。', '！', '？', '……', '。”', '？”', '。）', '');

/** A body line: a narrow printed column line (8–20 characters) or a whole web-style paragraph. */
export const bodyLine = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(cjkRun(18), sentenceEnd).map(([text, end]) => text + end) },
  { weight: 1, arbitrary: fc.tuple(cjkRun(120), sentenceEnd).map(([text, end]) => text + end) },
);

/** A byline as printed: standalone, opening a lead paragraph, or a name alone. */
export const byline = fc.oneof(
  personName.map((name) => `本报讯(记者${name})`),
  personName.map((name) => `本报讯（记者 ${name}）`),
  pick('本报讯 ', '本报讯'),
  personName.map((name) => `本报记者 ${name}`),
  fc.tuple(personName, personName).map(([a, b]) => `本报记者 ${a} 通讯员 ${b}`),
  fc.tuple(personName, personName).map(([a, b]) => `滨州日报/滨州网讯（记者 ${a} 通讯员 ${b} 报道）`),
  personName.map((name) => `滨州日报/滨州网记者 ${name}`),
  personName.map((name) => `新华社北京电（记者${name}）`),
  personName,
  fc.tuple(personName, personName).map(([a, b]) => `${a} ${b}`),
  personName.map((name) => `记者 ${name}`),
);

/** A lead paragraph that opens with its byline: `本报讯(记者张三)近日，…`. */
export const leadParagraph = fc.tuple(byline, bodyLine).map(([lead, body]) => lead + body);

/** A heading: numbered section, stray markdown marker, two-phrase headline, subtitle, label, organisation. */
export const heading = fc.oneof(
  hanWords(2, 8).map((text) => `一、${text}`),
  fc.tuple(pick('二', '三', '十', '十一'), hanWords(2, 10), pick('？', '')).map(([n, text, q]) => `${n}、${text}${q}`),
  hanWords(2, 10).map((text) => `（二）${text}`),
  hanWords(2, 14).map((text) => `## ${text}`),
  hanWords(2, 14).map((text) => `# ${text}`),
  fc.tuple(pick('#', '###', '######', '#######', '##\t', '#\u3000'), cjkRun(12)).map(([hash, text]) => `${hash} ${text}`),
  pick('#', '##', '# ', '#标题', '## #', '# # 标题'),
  fc.tuple(hanWords(4, 8), hanWords(4, 8)).map(([a, b]) => `${a} ${b}`),
  hanWords(6, 24),
  fc.tuple(hanWords(4, 8), hanWords(4, 8)).map(([a, b]) => `“${a}，${b}”`),
  hanWords(4, 16).map((text) => `——${text}`),
  hanWords(4, 16).map((text) => `—${text}系列报道之三`),
  pick('·开栏的话·', '编者按', '【编者按】', '开栏的话', '• 民生 •'),
  fc.tuple(hanWords(2, 6), pick('大学', '民政局', '省农联社', '人民政府', '街道', '县', '委员会')).map(([a, b]) => a + b),
  hanWords(2, 8).map((text) => `${text}：`),
);

/** A photo caption or credit: `图为… 本报记者 赵六 摄`, `赵六 摄`, `图片来源:…`. */
export const caption = fc.oneof(
  fc.tuple(cjkRun(30), personName).map(([text, name]) => `图为${text} 本报记者 ${name} 摄`),
  fc.tuple(cjkRun(30), personName).map(([text, name]) => `${text}。 ${name} 摄`),
  personName.map((name) => `本报记者 ${name} 摄`),
  personName.map((name) => `${name}/摄`),
  personName.map((name) => `${name} 摄`),
  hanWords(2, 10).map((text) => `图片来源:${text}`),
  hanWords(2, 10).map((text) => `图：${text}`),
);

/** A continuation marker, alone or opening a paragraph: `（上接第一版）`. */
export const continuation = fc.oneof(
  fc
    .tuple(pick('（', '('), pick('上接', '下转', '转自', '接'), pick('第', ''), pick('一', '三', '十二', '2', '16'), pick('）', ')'))
    .map(([open, verb, di, n, close]) => `${open}${verb}${di}${n}版${close}`),
  fc.tuple(pick('（上接第一版）', '(下转第3版)', '（ 上接 第二 版 ）'), bodyLine).map(([marker, body]) => marker + body),
);

/** Column introduction text: `本报开设“…”栏目，…`. */
export const columnIntro = fc.tuple(hanWords(2, 8), cjkRun(40)).map(([name, text]) => `本报即日起开设“${name}”栏目，${text}。`);

/** A line of control characters mixed with text. */
export const controlLine = fc.array(fc.oneof(control, commonHan, punctuation), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

/** A very long line (about 10,000 characters), with or without sentence ends. */
export const veryLongLine = fc.tuple(cjkRun(40), fc.integer({ min: 9_000, max: 10_500 }), fc.boolean()).map(([piece, length, end]) => {
  const unit = piece.length > 0 ? piece : '字';
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + (end ? '。' : '');
});

/** Letter-spaced text as justified lines come out: `目 前 ，该 经 验`. */
export const letterSpaced = fc.array(fc.oneof(commonHan, punctuation, pick('1', 'ab')), { minLength: 5, maxLength: 16 }).map((chars) => chars.join(' '));

/**
 * A line that ends in a base character, or starts with the combining mark that composes with
 * it (`e` + `\u0301`, `か` + `\u3099`, Hangul jamo): reflow joins the two lines into one character.
 */
export const composingEdge = fc.oneof(
  fc.tuple(cjkRun(12), pick('e', 'か', 'A', '\u1100', 'ᄀ')).map(([text, base]) => text + base),
  fc.tuple(pick('\u0301', '\u3099', '\u1161', '\u030a', '\u0323\u0302'), bodyLine).map(([mark, text]) => mark + text),
  fc
    .tuple(hanWords(6, 16), pick('e', 'か', 'A', '\u1100'), pick('\u0301', '\u3099', '\u1161', '\u030a'), bodyLine)
    .map(([text, base, mark, next]) => `${text}${base}\n${mark}${next}`),
);

/**
 * What web copies and feeds set round a story: a feed item's title with its page label and column tag, the tag again,
 * a site's time (`2025.09.18  | 08:10`, `2026-03-29`), a promotion line, a label and an address, a chart's title.
 */
export const webCopyLine = fc.oneof(
  fc
    .tuple(pick('01版头版', 'A03版：要闻', '第04版', '02版综合新闻'), pick(' - ', ' | ', ' — '), pick('', '【大美中国】', '【聚焦】【一线】'), hanWords(4, 14))
    .map(([page, dash, tag, head]) => page + dash + tag + head),
  hanWords(2, 8).map((tag) => `【${tag}】`),
  pick('2025.09.18  | 08:10', '2026-03-29', '2025/09/21 | 08:30', '2026-03-29 05:39'),
  fc
    .tuple(
      pick('获取更多RSS：', '扫码关注公众号：', '完整名单：', '详情请访问', ''),
      pick('https://feedx.net https://feedx.site', 'www.example.cn', 'http://a.b/c?d=1'),
    )
    .map(([label, address]) => label + address),
  fc.tuple(hanWords(2, 6), pick(' 日 K 線圖', '走势图', ' (來源: advisorperspectives)')).map(([name, end]) => name + end),
);

/** One line of newspaper-like text, any kind. */
export const newspaperLine = fc.oneof(
  { weight: 30, arbitrary: bodyLine },
  { weight: 4, arbitrary: leadParagraph },
  { weight: 5, arbitrary: byline },
  { weight: 8, arbitrary: heading },
  { weight: 3, arbitrary: caption },
  { weight: 2, arbitrary: continuation },
  { weight: 1, arbitrary: columnIntro },
  { weight: 1, arbitrary: controlLine },
  { weight: 1, arbitrary: letterSpaced },
  { weight: 2, arbitrary: composingEdge },
  { weight: 2, arbitrary: webCopyLine },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

const indent = pick('', '', '', '', ' ', '  ', '\u3000\u3000', '\t', ' \u00a0');
const trailing = pick('', '', '', '', ' ', '\t', '\u3000');

/** A line as it sits in a page file: leading indent, text, trailing white space; or blank. */
export const pageLine = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(indent, newspaperLine, trailing).map(([a, text, b]) => a + text + b) },
  { weight: 3, arbitrary: pick('', ' ', '\u3000', '\t') },
);

/**
 * Newspaper-like page text: lines of body text, bylines, headings, captions, continuation
 * markers, control characters and blank lines, joined by LF, CRLF or a mix; sometimes with a
 * very long line, sometimes a single line with no line break at all.
 */
export const newspaperPage: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc
      .tuple(
        fc.array(pageLine, { minLength: 1, maxLength: 40 }),
        pick('\n', '\n', '\r\n', 'mixed'),
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      )
      .map(([lines, eol, final, mix]) =>
        lines.map((line, index) => line + (index === lines.length - 1 && !final ? '' : eol === 'mixed' ? (mix[index] ? '\r\n' : '\n') : eol)).join(''),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(pageLine, { minLength: 0, maxLength: 8 }), veryLongLine, fc.array(pageLine, { minLength: 0, maxLength: 8 }))
      .map(([before, long, after]) => [...before, long, ...after].join('\n')),
  },
  { weight: 2, arbitrary: fc.array(newspaperLine, { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')) },
);

/** Arbitrary Unicode text (any code point but lone surrogates), with and without structure. */
export const unicodeText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), pick('\n', '\r\n', '\n\n', '# ', '## '), newspaperLine), { maxLength: 30 })
    .map((parts) => parts.join('')),
);

/** Any page text: newspaper-like or arbitrary Unicode. */
export const anyPage: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: newspaperPage }, { weight: 1, arbitrary: unicodeText });

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const SOURCE = 'fuzz-page.txt';

/** Ingest a page the way the CLI does (no edits, no metadata). */
export const ingest = (text: string): PageResult => ingestPage(text, { source: SOURCE });

const mdxParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).freeze();

/** Parse an MDX document back (remark-parse + remark-mdx + remark-frontmatter); throws on a syntax error. */
export const parseMdx = (mdx: string): Root => mdxParser.parse(mdx);

/** White space collapsed to one space, trimmed: what a reader sees of a paragraph. */
const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

const textOf = (node: Paragraph) => node.children.map((child) => ('value' in child ? child.value : '')).join('');

/**
 * Printed code points of a text with their counts (NFD; white space and U+0000 do not count, and a full-width digit or
 * letter counts as its ASCII form, as in `accountForText`).
 */
function charCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of foldFullWidth(text.normalize('NFD'))) if (!/[\s\u0000]/u.test(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/** A named property: an input arbitrary and a check that throws on failure. */
export interface IngestProperty {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<string>;
  readonly check: (text: string) => void;
}

/** (a) `ingestPage` never throws. */
function neverThrows(text: string): void {
  ingest(text);
}

/** (b) Every non-white-space character of the page ends up in exactly one published place. */
function nothingLost(text: string): void {
  const result = ingest(text);
  const accounting = accountForText(text, result.articles, result.unassigned);
  assert.deepEqual({ missing: Object.fromEntries(accounting.missing), extra: Object.fromEntries(accounting.extra) }, { missing: {}, extra: {} });
  assert.equal(accounting.publishedChars, accounting.sourceChars);
}

/** Every published text (head fields, blocks, unassigned) is in NFC, as the README promises. */
function publishedNfc(text: string): void {
  const result = ingest(text);
  const texts = [
    ...result.articles.flatMap((article) => [
      article.title,
      article.subtitle,
      article.kicker,
      article.series,
      article.byline,
      article.organisation,
      article.continuationMarker,
      ...article.blocks.map((block) => block.text),
    ]),
    ...result.unassigned.map((entry) => entry.text),
  ];
  for (const value of texts) if (value) assert.equal(value, value.normalize('NFC'), `not NFC: ${JSON.stringify(value)}`);
}

/** (c) The same input twice gives byte-identical MDX for every unit. */
function deterministic(text: string): void {
  const first = ingest(text).articles.map(toMdx);
  const second = ingest(`${text}`.slice(0)).articles.map(toMdx);
  assert.deepEqual(second, first);
}

/**
 * (d) Every unit's MDX parses back (remark-parse + remark-mdx + remark-frontmatter), its
 * frontmatter reads back as the record, and each `<Para>` holds its paragraph's text.
 */
function mdxRoundTrips(text: string): void {
  for (const article of ingest(text).articles) {
    const mdx = toMdx(article);
    const tree = parseMdx(mdx);
    const [yaml, ...rest] = tree.children;
    assert.equal(yaml?.type, 'yaml', 'the MDX opens with YAML frontmatter');
    assert.deepEqual(parseYaml((yaml as { value: string }).value), JSON.parse(JSON.stringify(frontmatterOf(article))), 'frontmatter reads back as the record');
    const paras = rest.filter((node): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement' && node.name === 'Para');
    assert.equal(paras.length, rest.length, `only <Para> elements follow the frontmatter: ${rest.map((node) => node.type).join(', ')}`);
    assert.equal(paras.length, article.blocks.length, 'one <Para> per block');
    article.blocks.forEach((block, index) => {
      const para = paras[index]!;
      const id = para.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
      assert.equal(id?.value, block.id);
      assert.equal(para.children.length, 1, `<Para id="${block.id}"> holds one ${block.type}: got ${para.children.map((child) => child.type).join(', ')}`);
      const inner = para.children[0]!;
      assert.equal(inner.type, block.type, `<Para id="${block.id}"> holds a ${block.type}`);
      assert.equal(squash(toString(inner)), squash(block.text), `<Para id="${block.id}"> reads back as its text`);
    });
  }
}

/** (e) Paragraph ids are unique within a unit and unit ids unique within a page. */
function uniqueIds(text: string): void {
  const { articles } = ingest(text);
  const unitIds = articles.map((article) => article.id);
  assert.equal(new Set(unitIds).size, unitIds.length, `unit ids are unique: ${unitIds.join(' ')}`);
  for (const article of articles) {
    assert.match(article.id, /^[a-z0-9-]+-\d{4,}$/u);
    const ids = article.blocks.map((block) => block.id);
    assert.equal(new Set(ids).size, ids.length, `paragraph ids of ${article.id} are unique: ${ids.join(' ')}`);
    for (const id of ids) assert.match(id, /^p\d+(?:-\d+)?$/u);
  }
}

/** (f) Every line range of a unit, paragraph or unassigned text lies within the page. */
function linesWithinPage(text: string): void {
  const lineCount = text.split('\n').length;
  const { articles, unassigned } = ingest(text);
  const inPage = (line: number, what: string) =>
    assert.ok(Number.isInteger(line) && line >= 1 && line <= lineCount, `${what}: line ${line} outside 1-${lineCount}`);
  const checkRanges = (ranges: readonly [number, number][], what: string) => {
    for (const [a, b] of ranges) {
      inPage(a, what);
      inPage(b, what);
      assert.ok(a <= b, `${what}: range ${a}-${b} runs backwards`);
    }
  };
  for (const article of articles) {
    checkRanges(article.lines, `${article.id} lines`);
    checkRanges(article.headLines, `${article.id} headLines`);
    for (const block of article.blocks) checkRanges(block.lines, `${article.id} ${block.id}`);
  }
  for (const entry of unassigned) for (const line of entry.lines) inPage(line, 'unassigned');
}

/** parsePage: one paragraph per non-blank line, whose positions point back at that line of the source. */
function parserKeepsLines(text: string): void {
  const tree = parsePage(text);
  const raw = text.split('\n');
  const nonBlank = raw.flatMap((line, index) => (line.trim() === '' ? [] : [index + 1]));
  assert.deepEqual(
    tree.children.map((node) => node.position?.start.line),
    nonBlank,
  );
  for (const node of tree.children as Paragraph[]) {
    const line = node.position!.start.line;
    const child = node.children[0]!;
    assert.equal(child.type, 'text');
    const value = (child as { value: string }).value;
    assert.equal(value, raw[line - 1]!.trim(), `line ${line} text`);
    assert.equal(text.slice(child.position!.start.offset, child.position!.end.offset), value, `line ${line} offsets`);
    assert.equal(node.data?.block?.blankBefore, line > 1 && raw[line - 2]!.trim() === '', `line ${line} blankBefore`);
    assert.deepEqual(node.data?.block?.lines, [line]);
  }
}

/** normaliseText: removes only white space and U+0000 (and composes to NFC), leaves no edge or double spaces, and is idempotent. */
function normaliseOnlyDropsSpace(line: string): void {
  const out = normaliseText(line);
  assert.equal(out, out.normalize('NFC'), 'output is NFC');
  assert.equal(out, out.trim(), 'no white space at the edges');
  assert.doesNotMatch(out, / {2}|[\t\u00a0\u3000]/u, 'no double, tab, no-break or ideographic spaces');
  assert.deepEqual(charCounts(out), charCounts(line), 'only white space and U+0000 are dropped');
  assert.equal(normaliseText(out), out, 'idempotent');
  const { text, depth } = stripHashMarker(line);
  assert.ok(depth >= 0 && depth <= 6);
  assert.ok(line.endsWith(text) && (depth === 0) === (text === line), 'stripHashMarker only removes a leading marker');
}

/**
 * parse → normalise → classify → reflow: every line lands in exactly one block, in reading
 * order, and the blocks (with lifted bylines and markers) keep every printed character.
 */
function reflowKeepsLines(text: string): void {
  const processor = unified().use(remarkNormalisePage).use(remarkClassifyLines).use(remarkReflow);
  const parsed = parsePage(text);
  const before = (parsed.children as Paragraph[]).map((node) => ({ line: node.position!.start.line, text: textOf(node) }));
  const tree = processor.runSync(parsePage(text));
  const blocks = tree.children as (Paragraph | (RootContent & { type: 'heading' }))[];
  const lines = blocks.flatMap((node) => node.data?.block?.lines ?? []);
  assert.deepEqual(
    [...lines].sort((a, b) => a - b),
    before.map((entry) => entry.line),
    'every line in exactly one block',
  );
  for (const node of blocks) {
    const block = node.data!.block!;
    assert.deepEqual(
      block.lines,
      [...block.lines].sort((a, b) => a - b),
      "a block's lines are in reading order",
    );
    assert.equal(node.type === 'heading', block.role === 'heading', 'headings become heading nodes');
  }
  const published = blocks
    .map((node) => [node.data!.block!.leadByline ?? '', node.data!.block!.continuation ?? '', textOf(node as Paragraph)].join(''))
    .join('');
  const source = before.map((entry) => stripHashMarker(entry.text).text).join('');
  assert.deepEqual(charCounts(published), charCounts(source), 'reflow keeps every printed character');
}

/**
 * splitUnits: every body line ends up in at most one unit, and every line with printed text
 * is placed somewhere (a unit's body, head or banner lines, or the unassigned list).
 */
function splitterPartitions(text: string): void {
  const processor = unified().use(remarkNormalisePage).use(remarkClassifyLines).use(remarkReflow);
  const tree = processor.runSync(parsePage(text));
  const { units, unassigned } = splitUnits(tree);
  const placed = new Set([
    ...units.flatMap((unit) => [...unit.headLines, ...unit.bannerLines, ...unit.blocks.flatMap((block) => block.lines)]),
    ...unassigned.flatMap((entry) => entry.lines),
  ]);
  text.split('\n').forEach((line, index) => {
    if (charCounts(stripHashMarker(line.trim()).text).size > 0) assert.ok(placed.has(index + 1), `line ${index + 1} is placed: ${JSON.stringify(line)}`);
  });
  const seen = new Map<number, number>();
  units.forEach((unit, index) => {
    for (const block of unit.blocks) {
      for (const line of block.lines) {
        assert.ok(!seen.has(line) || seen.get(line) === index, `line ${line} in units ${seen.get(line)} and ${index}`);
        seen.set(line, index);
      }
    }
  });
}

/** The properties, over newspaper-like pages and over arbitrary Unicode text. */
export const properties: readonly IngestProperty[] = [
  { name: 'ingestPage never throws on newspaper-like text', arbitrary: newspaperPage, check: neverThrows },
  { name: 'ingestPage never throws on arbitrary Unicode text', arbitrary: unicodeText, check: neverThrows },
  { name: 'every printed character ends up in exactly one published place (newspaper-like)', arbitrary: newspaperPage, check: nothingLost },
  { name: 'every printed character ends up in exactly one published place (arbitrary Unicode)', arbitrary: unicodeText, check: nothingLost },
  { name: 'every published text is in NFC', arbitrary: anyPage, check: publishedNfc },
  { name: 'the same input twice gives byte-identical MDX', arbitrary: anyPage, check: deterministic },
  { name: 'every generated MDX parses back with its frontmatter and paragraph text', arbitrary: anyPage, check: mdxRoundTrips },
  { name: 'paragraph ids are unique within a unit and unit ids within a page', arbitrary: anyPage, check: uniqueIds },
  { name: 'line ranges stay within the page', arbitrary: anyPage, check: linesWithinPage },
  { name: 'parsePage keeps one paragraph per non-blank line with its source position', arbitrary: anyPage, check: parserKeepsLines },
  {
    name: 'normaliseText drops only white space and U+0000, and is idempotent',
    arbitrary: fc.oneof(newspaperLine, letterSpaced, fc.string({ unit: 'binary', maxLength: 80 })),
    check: normaliseOnlyDropsSpace,
  },
  { name: 'reflow puts every line in exactly one block and keeps every printed character', arbitrary: anyPage, check: reflowKeepsLines },
  { name: 'splitUnits puts every body line in at most one unit and places every printed line', arbitrary: anyPage, check: splitterPartitions },
];
