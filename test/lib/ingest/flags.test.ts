import { expect, test } from 'vitest';
import { flagPage } from '../../../src/lib/ingest/flags.ts';
import { ingestPage } from '../../../src/lib/ingest/ingest-page.ts';

const a = '北京个人所得税增二成五本报北京12月31日讯记者王某报道：北京市地方税务局今天公布，今年全市个人所得税收入比去年增长百分之二十五，纳税人数明显增加。';
const b = '杭州出租车全部安装计价器本报杭州1月1日电（记者李某）从今天起，杭州市所有出租车全部安装新型计价器，乘客可以索要发票，投诉电话同时公布。';
const c = '宁夏今冬植树超过千万株据新华社银川电（记者张某）宁夏回族自治区今冬明春植树造林工作全面展开，全区已植树一千余万株，成活率较往年明显提高。';

test('a short page whose stories run together (two glued leads) probably did not segment, though no unit is large', () => {
  const { articles } = ingestPage([a + b, c].join('\n'), { source: 'glued.txt' });
  const verdict = flagPage(articles);
  expect([...verdict.byUnit.values()].flat()).toContain('glued-lead');
  expect(verdict.unsegmented).toBe(true);
});

test('one glued lead on a page is a flag on its unit, not a page that did not segment', () => {
  const { articles } = ingestPage([a, '', '宁夏今冬植树超过千万株', c.replace('宁夏今冬植树超过千万株', '')].join('\n'), { source: 'one.txt' });
  const verdict = flagPage(articles);
  expect([...verdict.byUnit.values()].flat()).toContain('glued-lead');
  expect(verdict.unsegmented).toBe(false);
});

test('a short page read as one unit holding many heads (a digest of headlines read as one story) probably did not segment', () => {
  const unit = (heads: number) => ({
    id: 'u',
    kind: 'fragment',
    title: '2026-02-03 新闻',
    titleInferred: false,
    blocks: Array.from({ length: heads }, (_, k) => [
      { type: 'heading', text: `增值税税率调整对运营商影响几何${k}`, lines: [[2 * k + 2, 2 * k + 2]] },
      { type: 'paragraph', text: '来源：www.thepaper.cn', lines: [[2 * k + 3, 2 * k + 3]] },
    ]).flat(),
  });
  // (Some 250 characters: far under `flags.wholePageChars`; six heads inside the one unit mark it, five do not.)
  expect(flagPage([unit(6)] as never).unsegmented).toBe(true);
  expect(flagPage([unit(5)] as never).unsegmented).toBe(false);
});

test('title-is-text: a printed title with a full stop in it, or longer than a headline runs, is flagged on pages of text, not in records', () => {
  const unit = (title: string) => ({
    id: 'u',
    kind: 'article',
    title,
    titleInferred: false,
    blocks: [{ type: 'paragraph', text: '陶瓷是中华文明的重要名片。我国是世界上最早发明瓷器的国家。', lines: [[3, 3]] }],
  });
  const flagsOf = (title: string, structured = false) => [...flagPage([unit(title)] as never, { structured }).byUnit.values()].flat();
  // (A standfirst under an editor's note, taken for the next item's headline.)
  const sentence = '制作瓷器所需的黏土，需具备成形性能和耐火度。制瓷还要考虑到黏土的矿物组成和化学组成';
  expect(flagsOf(sentence)).toContain('title-is-text');
  expect(flagsOf('外交部就习近平主席对柬埔寨、孟加拉国进行国事访问并出席在印度果阿举行的金砖国家领导人第八次会晤举行中外媒体吹风会')).not.toContain(
    'title-is-text',
  );
  expect(flagsOf('什么样的土能做瓷器？（把自然讲给你听·传统文化里的自然新知）')).not.toContain('title-is-text');
  expect(flagsOf('这'.repeat(81))).toContain('title-is-text');
  expect(flagsOf(`【新思想引领新征程】${'这'.repeat(80)}`)).not.toContain('title-is-text');
  expect(flagsOf('“油茶是我们村的宝。”')).not.toContain('title-is-text');
  // (A crawler's record: its title is its own field, however it reads.)
  expect(flagsOf(sentence, true)).not.toContain('title-is-text');
});

test('printed columns read out of order (text that breaks off, and another part that does or has no headline) probably did not segment; parts without headlines alone do not say so', () => {
  const part = (id: string, title: string, text: string, flags: { inferred?: boolean; breaksOff?: boolean }) => ({
    id,
    kind: 'article',
    title,
    titleInferred: flags.inferred ?? false,
    continuedFrom: null,
    continuedTo: flags.breaksOff ? 'unknown' : null,
    blocks: [{ type: 'paragraph', text, lines: [[1, 1]] }],
  });
  const story = part('a', '县里推行改革', '县政务服务中心今年推行改革，把窗口集中到一个大厅。', {});
  const broken = part('b', '乡镇财政试点扩大', '财政部日前决定，扩大乡镇财政改革试点范围，试点县', { breaksOff: true });
  const headless = part('c', '群众办事', '群众办事更加方便，满意度明显提升。', { inferred: true });
  const headless2 = part('d', '企业开办', '企业开办时间压缩到一个工作日以内。', { inferred: true });
  expect(flagPage([story, broken, headless] as never, { printedColumns: true }).unsegmented).toBe(true);
  expect(flagPage([story, broken, { ...headless, id: 'e', titleInferred: false, continuedTo: 'unknown' }] as never, { printedColumns: true }).unsegmented).toBe(
    true,
  );
  // One part breaking off is a flag, not a page; so are two items printed without headlines (seed page 000 has them).
  expect(flagPage([story, broken] as never, { printedColumns: true }).unsegmented).toBe(false);
  expect(flagPage([story, headless, headless2] as never, { printedColumns: true }).unsegmented).toBe(false);
  // Only in printed columns: elsewhere these flags are not given.
  expect(flagPage([story, broken, headless] as never).unsegmented).toBe(false);
});
