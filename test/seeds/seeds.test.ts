import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { accountForText } from '../../src/lib/ingest/account.ts';
import { ingestFolder } from '../../src/lib/ingest/ingest-folder.ts';
import { toMdx } from '../../src/lib/ingest/to-mdx.ts';
import { describeUnits } from '../helpers.ts';

const withEdits = ingestFolder({ from: 'content/pages', edits: 'content/edits' });
const noEdits = ingestFolder({ from: 'content/pages', edits: null });
const page = (result: typeof withEdits, prefix: string) => result.pages.find((entry) => entry.source.startsWith(prefix))!;
const summary = (prefix: string) => page(withEdits, prefix).articles.map((article) => [article.kind, article.title]);

/**
 * What a careful reader sees on each seed page: its units, in order, with kind and title.
 * Titles marked (inferred) are not printed on the page.
 */
describe('the five seed pages', () => {
  test('000 (Jilin, “我为群众办实事” cases): a page banner and five case studies, two without printed headlines', () => {
    expect(summary('000')).toEqual([
      ['page-header', '全省“我为群众办实事”实践活动优秀案例展示'],
      ['article', '开拓创新解难题 成果转化促发展'],
      ['article', '通化师范学院聚焦人民群众对教育事业的“急难愁盼”'],
      ['article', '吉林森工集团红石林业局党委聚焦群众“急难愁盼”问…'],
      ['article', '“两癌”免费医疗救助 温暖困难家庭妇女'],
      ['article', '实施整村授信“贷”动乡村振兴'],
    ]);
    const articles = page(withEdits, '000').articles;
    expect(articles.filter((article) => article.titleInferred).map((article) => article.id)).toEqual(['c1589599-0123', 'c1589599-0294']);
    expect(articles.map((article) => article.organisation)).toEqual([null, '东北师范大学', null, null, '省肿瘤医院', '省农联社']);
  });

  test('001 (Jilin, 2022): six articles and a photo caption, headlines before their bodies', () => {
    expect(summary('001')).toEqual([
      ['article', '“规范化”为政务服务“加码”'],
      ['article', '我省34家单位赴省外开展高端人才引进活动'],
      ['photo-caption', '长春一汽富维东阳光汽车塑料零部件有限公司二厂装配…'],
      ['article', '推进科技成果转化和科技企业高质量发展'],
      ['article', '扎根农村校园的「大家长」'],
      ['article', '首届吉林老人九九重阳教学成果汇报展演举办'],
      ['article', '德惠19个项目集中签约 总投资近266亿元'],
    ]);
    const first = page(withEdits, '001').articles[0]!;
    expect(first.blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual([
      '坚持全省“一盘棋”',
      '坚持“一把尺子量到底”',
      '坚持各地“齐步走”',
      '坚持“一套办法管到底”',
      '事项梳理 规范清晰',
    ]);
  });

  test('002 (high-tech paper): the Jinan article interrupted by four others and resumed, two captions, one fragment', () => {
    expect(summary('002')).toEqual([
      ['article', '济南高新区以党建引领乡村治理'],
      ['article', '乌鲁木齐高新区: 企业创新动力足能力强'],
      ['photo-caption', '德蓝水技术股份有限公司超滤膜生产线'],
      ['article', '淄博高新区: 知识产权工作获省级督查激励'],
      ['fragment', '衡阳高新区: 新增2家国家级专精特新小巨人'],
      ['photo-caption', '“企业管家”深入企业调研'],
      ['article', '通化医药高新区借“智”冲刺千亿元级'],
    ]);
    expect(page(withEdits, '002').articles[0]!.lines).toEqual([
      [9, 53],
      [99, 107],
    ]);
  });

  test('003 (Binzhou Daily, 2017): headlines after their bodies, one printed far away, a column intro and a fragment from page 1', () => {
    expect(summary('003')).toEqual([
      ['article', '群众因大病等返贫致贫可获救助金'],
      ['article', '我市政银企达成专利权质押融资合作意向金额近6亿元'],
      ['column-intro', '千名干部联千企 党建引领促发展'],
      ['article', '华润集团投资5亿元建设滨州经济技术开发区人民医院'],
      ['article', '吕迎春：当好“五员”做服务企业的贴心人'],
      ['article', '我市安排部署文教卫生体育保障工作'],
      ['fragment', '在滨州走向“全民共建”'],
      ['article', '滨州知识产权学院揭牌成立'],
      ['article', '市委宣讲团到邹平和滨州经济技术开发区宣讲'],
      ['article', '我市将扎实推进多层次资本市场建设'],
    ]);
    const pledge = page(withEdits, '003').articles[1]!;
    expect(pledge.lines).toEqual([[150, 183]]);
    expect(pledge.headLines).toEqual([[383, 384]]);
  });

  test('004 (Jilin, 2024): a story continued from page 1 interleaved with a feature, by two editorial fixes', () => {
    expect(summary('004')).toEqual([
      ['article', '用服务擦亮城市“文明之窗”'],
      ['article', '吉林市连续三次获批国家产融合作试点城市'],
      ['article', '省民政厅举行民政系统消防应急演练'],
      ['article', '孝老爱亲 不离不弃'],
      ['photo-caption', '随着抚松县人参产业不断发展壮大'],
      ['article', '热带果树东北“打工”'],
      ['fragment', '发挥资源优势'],
    ]);
    expect(page(withEdits, '004').articles[5]!.lines).toEqual([
      [93, 95],
      [117, 125],
    ]);
  });

  test('needs seven editorial fixes in all, on two pages', () => {
    expect(withEdits.editCount).toBe(7);
    expect(withEdits.pages.map((entry) => entry.editsApplied)).toEqual([0, 0, 0, 3, 4]);
  });

  test.each(readdirSync('content/pages').filter((name) => name.endsWith('.txt')))(
    '%s: every printed character ends up in exactly one published place',
    (name) => {
      const text = readFileSync(`content/pages/${name}`, 'utf8');
      const result = withEdits.pages.find((entry) => entry.source === name)!;
      const accounting = accountForText(text, result.articles, result.unassigned);
      expect(Object.fromEntries(accounting.missing)).toEqual({});
      expect(Object.fromEntries(accounting.extra)).toEqual({});
      expect(accounting.publishedChars).toBe(accounting.sourceChars);
    },
  );

  test('ingest is deterministic: the same pages give byte-identical MDX', () => {
    const again = ingestFolder({ from: 'content/pages', edits: 'content/edits' });
    const render = (result: typeof withEdits) => result.pages.flatMap((entry) => entry.articles.map(toMdx)).join('\n');
    expect(render(again)).toBe(render(withEdits));
  });

  test('without editorial fixes, the segmenter output is pinned', async () => {
    for (const result of noEdits.pages) {
      await expect(
        JSON.stringify(
          describeUnits(result.articles).map(({ blocks, ...rest }) => ({ ...rest, blocks: blocks.length })),
          null,
          2,
        ),
      ).toMatchFileSnapshot(`./no-edits/${result.source.replace(/\.txt$/u, '')}.json`);
    }
  });
});
