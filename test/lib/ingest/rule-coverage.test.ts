import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { LINE_RULES } from '../../../src/lib/ingest/classify-lines.ts';
import { explainRoles } from '../../../src/lib/ingest/explain.ts';
import { decodePage } from '../../../src/lib/ingest/read-page.ts';

/** A column page where a heading stands under an organisation name (the seeds print none on its own). */
const organisationPage = [
  '市委召开常委会议研究部署近期重点工作',
  '强调要坚持稳中求进工作总基调扎实推',
  '进各项工作取得实效确保全年目标任务',
  '圆满完成。',
  '',
  '东北师范大学',
  '开拓创新解难题，成果转化促发展',
  '',
  '东北师范大学谢海明教授团队多年从事锂',
  '离子电池研发工作取得了一系列成果为',
  '企业发展提供了有力的技术支撑和保障',
  '。',
].join('\n');

test('every named line rule decides some line of the seeds, the text pages of the corpus, or its own fixture', () => {
  const texts = [organisationPage];
  for (const dir of ['content/pages', 'test/corpus/column', 'test/corpus/paragraph', 'test/corpus/traditional']) {
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) texts.push(decodePage(readFileSync(join(dir, name)), name).text);
  }
  const fired = new Set(texts.flatMap((text) => explainRoles(text).map((entry) => entry.rule)));
  expect(Object.keys(LINE_RULES).filter((rule) => !fired.has(rule))).toEqual([]);
});
