import { describe, expect, test } from 'vitest';
import { contentPath } from '../../../src/lib/content-dir.ts';
import { glossaryEntries } from '../../../src/lib/glossary/glossary-data.ts';
import { archiveTexts, explainFindings, findSuspicious, readQaAllowList } from '../../../src/lib/script/conversion-qa.ts';
import { toTraditional, toTraditionalMaximumMatching } from '../../../src/lib/script/to-traditional.ts';
import { segmentWords } from '../../../src/lib/script/word-convert.ts';
import { archiveArticles } from '../../../src/lib/site/archive.ts';

describe('findSuspicious', () => {
  test('lists each word holding a listed character, with its Simplified form, count and context', () => {
    const findings = findSuspicious(
      [
        { place: 'a p1', text: '集中签约，把握发展。' },
        { place: 'a p2', text: '把握发展大势' },
      ],
      toTraditionalMaximumMatching,
      segmentWords,
    );
    expect(findings).toContainEqual({ character: '髮', key: '髮展', simplified: '发展', count: 2, place: 'a p1', context: '集中籤約，把握⟨髮展⟩。' });
    expect(findings).toContainEqual(expect.objectContaining({ character: '籤', key: '籤約', simplified: '签约', count: 1 }));
  });

  test('names a one-character word with its neighbours, so the allow-list can tell contexts apart', () => {
    const findings = findSuspicious([{ place: 'a p1', text: '改革后由市里负责' }], toTraditional, segmentWords);
    expect(findings.map((finding) => finding.key)).toContain('改革|後|由');
  });

  test('finds nothing in text without the listed characters', () => {
    expect(findSuspicious([{ place: 'a p1', text: '推进整村授信工作' }], toTraditional, segmentWords)).toEqual([]);
  });
});

describe('explainFindings', () => {
  const findings = findSuspicious([{ place: 'a p1', text: '关于发展，位于长春' }], toTraditional, segmentWords);

  test('a word on the allow-list is explained with its reason; others are not; unused words are named', () => {
    const report = explainFindings(findings, [{ character: '於', words: ['關於', '屬於'], why: '于 as a preposition is 於' }]);
    expect(report.explained.map((finding) => [finding.key, finding.why])).toEqual([['關於', '于 as a preposition is 於']]);
    expect(report.unexplained.map((finding) => finding.key)).toEqual(['位於']);
    expect(report.unused).toEqual([{ character: '於', word: '屬於' }]);
  });
});

describe('the archive (npm run traditional:check)', () => {
  const texts = archiveTexts(
    archiveArticles() as never,
    glossaryEntries().map(({ entry }) => entry),
  );
  const allow = readQaAllowList(contentPath('opencc-qa-allow.yaml'));

  test('has no unexplained suspicious word in its Traditional text, and no stale allow-list word', () => {
    const report = explainFindings(findSuspicious(texts, toTraditional, segmentWords), allow);
    expect(report.unexplained).toEqual([]);
    expect(report.unused).toEqual([]);
    expect(report.explained.length).toBeGreaterThan(100);
  });

  test("OpenCC's longest match alone leaves findings the allow-list does not explain (籤約, 髮展, 髮放)", () => {
    const report = explainFindings(findSuspicious(texts, toTraditionalMaximumMatching, segmentWords), allow);
    expect(report.unexplained.map((finding) => finding.key)).toEqual(expect.arrayContaining(['籤約', '髮展', '髮放']));
  });
});
