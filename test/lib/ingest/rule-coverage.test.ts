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

/** A news-brief page that ends with a caption and a weather box (the corpus has no box). */
const weatherBoxPage = [
  '北京个人所得税增二成五',
  '本报北京12月31日讯记者王某报道：北京市地方税务局今天公布，今年全市个人所得税收入比去年增长百分之二十五，纳税人数明显增加。',
  '据介绍，个人所得税增长的主要原因是工资收入增加和征管加强，税务部门今年开展了多次专项检查。',
  '宁夏今冬植树超过千万株',
  '据新华社银川电（记者张某）宁夏回族自治区今冬明春植树造林工作全面展开，全区已植树一千余万株，成活率较往年明显提高。',
  '天气预报',
  '北京 晴 零下5℃至3℃',
  '上海 多云 2℃至9℃',
].join('\n');

/** A news site's copy of a paper's story (people.cn style; the corpus's copies carry none of its lines). */
const webCopyPage = [
  '县里推行“最多跑一次”改革',
  '2020年01月01日05:39  来源：人民网－人民日报',
  '本报讯（记者王者）县政务服务中心今年推行改革，把二十多个部门的窗口集中到一个大厅，实行一窗受理、集成服务。',
  '《 人民日报 》（ 2020年01月01日 04 版）',
].join('\n');

/** A column page whose story ends with its dispatch credit broken at the column (the corpus's credits stand whole). */
const brokenCreditTailPage = [
  '难民牵动德意神经',
  '　　两国内政部长将于本月底在罗马',
  '会谈，其目标是更有效地保卫欧',
  '盟的外部边界。（本报波恩1月',
  '13日电）',
  '马耳他总理会见钱其琛',
  '据新华社瓦莱塔1月13日电（记者',
  '袁锦林）马耳他总理桑特13日在',
  '这里会见了来访的钱其琛。',
].join('\n');

/** A page of wire copies that print their end on a line of its own (the corpus's copies run `（完）` on). */
const endMarkPage = [
  '國家統計局：4月份工業增加值增長6.7%',
  '國家統計局周五公布，4月份全國規模以上工業增加值同比增長6.7%。',
  '（完）',
  '外交部：中方歡迎各方為推動停火作出努力',
  '外交部發言人周五在例行記者會上表示，中方歡迎各方為推動停火作出的努力。',
  '（完）',
].join('\n');

/** A column page that sets a blank line after each paragraph, its head a block over its byline (the seed pages' shape). */
const headBlockPage = [
  '县医保局把城乡居民医保参保\n缴费搬到手机上，群众足不出户\n就能缴费，今年参保率超过九成\n。',
  '医保局负责人说，下一步将把门\n诊慢特病办理也搬到网上，让群\n众少跑腿。',
  '邹平市:\n刘忠英的丈夫患上了胸膜炎',
  '吴旭东',
  '本报讯 邹平市民刘忠英的丈夫\n今年患上胸膜炎，住院花了三万\n多元，医保报销了两万四千元。',
].join('\n\n');

test('every named line rule decides some line of the seeds, the text pages of the corpus, or its own fixture', () => {
  const texts = [organisationPage, weatherBoxPage, webCopyPage, brokenCreditTailPage, headBlockPage, endMarkPage];
  for (const dir of ['content/pages', 'test/corpus/column', 'test/corpus/paragraph', 'test/corpus/traditional']) {
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) texts.push(decodePage(readFileSync(join(dir, name)), name).text);
  }
  const fired = new Set(texts.flatMap((text) => explainRoles(text).map((entry) => entry.rule)));
  expect(Object.keys(LINE_RULES).filter((rule) => !fired.has(rule))).toEqual([]);
});
