import { expect, test } from 'vitest';
import { firstSentence, termCard } from '../../../src/lib/glossary/term-card.ts';

test('a card holds the term, pinyin, English and the first sentence of the explanation', () => {
  expect(
    termCard({
      term: '整村授信',
      pinyin: 'zhěngcūn shòuxìn',
      english: 'whole-village credit granting',
      definitionEn: 'Credit lines for every household of a village at once (in Jilin). Started in 2019.',
    }),
  ).toEqual({
    term: '整村授信',
    pinyin: 'zhěngcūn shòuxìn',
    english: 'whole-village credit granting',
    gloss: 'Credit lines for every household of a village at once (in Jilin).',
  });
});

test('an explanation without a sentence end is kept whole', () => {
  expect(firstSentence('The 2018 reform of local bureaus')).toBe('The 2018 reform of local bureaus');
});
