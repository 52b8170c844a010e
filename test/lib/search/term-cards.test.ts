import { describe, expect, test } from 'vitest';
import { glossaryEntrySchema, type GlossaryEntry } from '../../../src/schemas/glossary.ts';
import {
  buildTermShards,
  CARD_LINE_CHARS,
  cardLine,
  entryKeys,
  queryKeys,
  termKey,
  termLookup,
  termShardOf,
  type TermShard,
} from '../../../src/lib/search/term-cards.ts';

const entry = (fields: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'id' | 'term' | 'pinyin' | 'english'>): GlossaryEntry =>
  glossaryEntrySchema.parse({
    definitionEn: 'A short definition. A second sentence.',
    definitionZh: '定义。',
    category: 'grassroots-governance',
    scope: { level: 'national' },
    status: 'draft',
    ...fields,
  });

const fangGuanFu = entry({
  id: 'fang-guan-fu',
  term: '放管服',
  variants: ['放管服改革'],
  pinyin: 'fàng guǎn fú',
  english: 'streamlining administration',
  englishVariants: ['delegate, regulate, serve'],
});
const zhengCun = entry({ id: 'zheng-cun-shou-xin', term: '整村授信', pinyin: 'zhěng cūn shòu xìn', english: 'whole-village credit granting' });
// A Traditional variant folds to Simplified like a query does.
const t2s = { 規: '规', 範: '范', 務: '务' };
const guiFan = entry({ id: 'gui-fan-hua', term: '规范化', variants: ['規範化'], pinyin: 'guī fàn huà', english: 'standardisation' });

describe('termKey', () => {
  test('drops tones, case, spaces and punctuation', () => {
    expect(termKey('fàng guǎn fú')).toBe('fangguanfu');
    expect(termKey('Whole-village credit')).toBe('wholevillagecredit');
    expect(termKey('“放管服”')).toBe('放管服');
    expect(termKey('ＩＯＴ')).toBe('iot');
  });
});

describe('cardLine', () => {
  test('the first sentence, cut at a word boundary when long', () => {
    expect(cardLine('A short definition. A second sentence.')).toBe('A short definition.');
    const long = cardLine(`${'word '.repeat(100)}end.`);
    expect(long.length).toBeLessThanOrEqual(CARD_LINE_CHARS);
    expect(long).toMatch(/word…$/u);
  });
});

describe('entryKeys and queryKeys', () => {
  test('an entry is found by its term, variants, English renderings and toneless pinyin', () => {
    expect(entryKeys(fangGuanFu, t2s)).toEqual(['放管服', '放管服改革', 'streamliningadministration', 'delegateregulateserve', 'fangguanfu']);
    expect(entryKeys(guiFan, t2s)).toContain('规范化');
    expect(entryKeys(guiFan, t2s)).not.toContain('規範化');
  });

  test('a query names a term by all of it, or by one of its Chinese terms', () => {
    expect(queryKeys('fàng guǎn fú')).toEqual(['fangguanfu']);
    expect(queryKeys('放管服 济南')).toEqual(['放管服济南', '放管服', '济南']);
    expect(queryKeys('，。')).toEqual([]);
  });
});

describe('termLookup', () => {
  const shards = buildTermShards([fangGuanFu, zhengCun, guiFan], t2s, '/archive/');
  const lookup = termLookup(Object.keys(shards), async (shard) => structuredClone(shards[shard]!) as TermShard);
  const ids = async (folded: string) => (await lookup(folded)).map((card) => card.id);

  test('finds a term by its form, English or pinyin with or without tones and spaces', async () => {
    for (const query of ['放管服', '放管服改革', 'fangguanfu', 'fàng guǎn fú', 'Fang Guan Fu', 'streamlining administration', 'Delegate, regulate, serve'])
      expect(await ids(query), query).toEqual(['fang-guan-fu']);
    expect(await ids('zhengcun shouxin')).toEqual(['zheng-cun-shou-xin']);
    expect(await ids('整村授信 放管服')).toEqual(['zheng-cun-shou-xin', 'fang-guan-fu']);
  });

  test('the card has the term, pinyin, English, one line and the page', async () => {
    expect(await lookup('整村授信')).toEqual([
      {
        id: 'zheng-cun-shou-xin',
        url: '/archive/glossary/zheng-cun-shou-xin/',
        term: '整村授信',
        pinyin: 'zhěng cūn shòu xìn',
        english: 'whole-village credit granting',
        line: 'A short definition.',
      },
    ]);
  });

  test('finds nothing for a part of a term, another word or an inherited property name', async () => {
    for (const query of ['放管', 'fang', 'credit', 'constructor', '']) expect(await ids(query), query).toEqual([]);
  });

  test('reads only the shards of the query keys, each once', async () => {
    const read: string[] = [];
    const fresh = termLookup(Object.keys(shards), async (shard) => {
      read.push(shard);
      return shards[shard]!;
    });
    await fresh('fangguanfu');
    await fresh('fàng guǎn fú');
    expect(read).toEqual([termShardOf('fangguanfu')]);
  });
});
