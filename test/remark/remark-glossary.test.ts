import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { buildMatcher } from '../../src/lib/glossary/match-terms.ts';
import { annotateTerms, remarkGlossary } from '../../src/remark/remark-glossary.ts';
import { toTraditional } from '../../src/lib/script/to-traditional.ts';

const forms = [
  { form: '一门受理', id: 'yi-men-shou-li' },
  { form: '一门受理、协同办理', id: 'yi-men-shou-li-xie-tong-ban-li' },
  { form: '整村授信', id: 'zheng-cun-shou-xin' },
  { form: '放管服', id: 'fang-guan-fu' },
  { form: '放管服改革', id: 'fang-guan-fu' },
];

async function annotate(markdown: string, withTraditional = false): Promise<string> {
  const all = withTraditional ? [...forms, ...forms.map((form) => ({ form: toTraditional(form.form), id: form.id }))] : forms;
  const file = await unified().use(remarkParse).use(remarkMdx).use(remarkGlossary, { forms: all }).use(remarkStringify).process(markdown);
  return String(file).trim();
}

describe('remarkGlossary', () => {
  test('wraps a term in a Term component', async () => {
    expect(await annotate('推进整村授信工作')).toBe('推进<Term id="zheng-cun-shou-xin">整村授信</Term>工作');
  });

  test('takes the longest match first', async () => {
    expect(await annotate('建立“一门受理、协同办理”机制，县一门受理窗口')).toBe(
      '建立“<Term id="yi-men-shou-li-xie-tong-ban-li">一门受理、协同办理</Term>”机制，县<Term id="yi-men-shou-li">一门受理</Term>窗口',
    );
    expect(await annotate('推动放管服改革')).toBe('推动<Term id="fang-guan-fu">放管服改革</Term>');
  });

  test('leaves a term inside a link, inline code or an existing annotation alone', async () => {
    expect(await annotate('[整村授信](https://example.invalid/) 与 `放管服`')).toBe('[整村授信](https://example.invalid/) 与 `放管服`');
    expect(await annotate('<Term id="x">整村授信</Term>')).toBe('<Term id="x">整村授信</Term>');
  });

  test('annotates terms in headings and inside JSX paragraphs', async () => {
    expect(await annotate('<Para id="p1">\n  ## 推进整村授信\n</Para>')).toContain('## 推进<Term id="zheng-cun-shou-xin">整村授信</Term>');
  });

  test('works on Traditional text through the Traditional forms', async () => {
    expect(await annotate('建立「一門受理、協同辦理」機制', true)).toBe('建立「<Term id="yi-men-shou-li-xie-tong-ban-li">一門受理、協同辦理</Term>」機制');
  });

  test('counts what it wrapped on file.data', () => {
    const tree = unified().use(remarkParse).parse('整村授信，放管服，整村授信') as Root;
    expect(annotateTerms(tree, buildMatcher(forms))).toBe(3);
  });

  test('refuses to start without terms', () => {
    expect(() =>
      unified()
        .use(remarkGlossary, undefined as never)
        .freeze(),
    ).toThrowErrorMatchingInlineSnapshot(`[TypeError: Unexpected missing \`forms\` in options, expected an array of glossary forms]`);
  });
});
