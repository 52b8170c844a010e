import { readFileSync } from 'node:fs';
import type { Paragraph } from 'mdast';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { remarkClassifyLines } from '../../../src/lib/ingest/classify-lines.ts';
import { remarkNormalisePage } from '../../../src/lib/ingest/normalise.ts';
import { parsePage } from '../../../src/lib/ingest/parse-page.ts';
import { joinBroken, remarkReflow } from '../../../src/lib/ingest/reflow.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}/input.txt`, import.meta.url), 'utf8');

function reflow(text: string) {
  const processor = unified().use(remarkNormalisePage).use(remarkClassifyLines).use(remarkReflow);
  const tree = processor.runSync(parsePage(text));
  return tree.children.map((node) => ({
    type: node.type,
    role: (node as Paragraph).data?.block?.role,
    text: (node as Paragraph).children.map((child) => ('value' in child ? child.value : '')).join(''),
    lines: (node as Paragraph).data?.block?.lines,
  }));
}

describe('reflow', () => {
  test('joins a line broken mid-sentence without inserting spaces between Chinese characters', () => {
    const blocks = reflow(fixture('reflow-narrow-column'));
    expect(blocks[0]).toMatchObject({ role: 'body', lines: [1, 3, 5, 7] });
    expect(blocks[0]!.text).toBe(
      '东北师范大学谢海明教授团队多年从事锂离子电池研发，突破了关键技术瓶颈。该团队申请专利20项，已具备产业化条件，评估价格为5807万元。学校牵头成立了“固态电池协同创新平台”，落户中韩（长春）国际合作示范区。',
    );
  });

  test('keeps a real paragraph break and a section heading between paragraphs', () => {
    const blocks = reflow(fixture('reflow-narrow-column'));
    expect(blocks.map((block) => block.role)).toEqual(['body', 'heading', 'body']);
    expect(blocks[1]!.text).toBe('二、主要做法');
    expect(blocks[2]!.text.startsWith('一是梳理国家促进科技成果转化的支持政策，从上位文件中寻找突破口。')).toBe(true);
  });

  test('joins web-style lines only where a sentence was cut, and collapses letter-spaced text', () => {
    const blocks = reflow(fixture('reflow-long-lines'));
    const texts = blocks.map((block) => block.text);
    expect(texts).toContain('此次参加招聘活动的企业中,专精特新企业9家,科研院所3家,上市公司3家。');
    expect(texts).toContain('目前，该经验已在推广中。');
    expect(blocks.find((block) => block.text.startsWith('以往'))!.lines).toEqual([9]);
    expect(blocks[1]).toMatchObject({ role: 'byline', text: '本报记者 吴茗' });
  });

  test('puts one space between Latin words broken across lines and none between CJK', () => {
    expect(joinBroken('smart', 'city')).toBe('smart city');
    expect(joinBroken('推进流程革命性', '再造')).toBe('推进流程革命性再造');
    expect(joinBroken('R&D投入', '增量')).toBe('R&D投入增量');
  });
});
