import { describe, expect, test } from 'vitest';
import { lowerCaseUnits, straightQuotes, titleCaseMisses, unsupportedGender } from '../../../src/lib/translations/style.ts';

describe('translation style rules (docs/translation-style.md)', () => {
  test('style-unit: a unit after a name is capitalised; a generic one is not a finding', () => {
    expect(lowerCaseUnits('a resident of Tongjia village in Haifeng sub-district, Wudi county')).toEqual([
      'Tongjia village → Tongjia Village',
      'Haifeng sub-district → Haifeng Sub-district',
      'Wudi county → Wudi County',
    ]);
    expect(lowerCaseUnits('The county and each village; Wudi County')).toEqual([]);
  });

  test('style-quotes: straight double and single marks are counted, curly ones are not', () => {
    expect(straightQuotes(`the city's "window of civility"`)).toBe(3);
    expect(straightQuotes('the city’s “window of civility”, the ‘all-round’ worker')).toBe(0);
  });

  test('style-title: words title case capitalises, small words and later parts of hyphenated words aside', () => {
    expect(titleCaseMisses('Jinan High-tech Zone: rural governance led by Party building')).toEqual(['rural', 'governance', 'led', 'building']);
    expect(titleCaseMisses('Province-wide “Doing Practical Things for the People” Campaign: Showcase of Outstanding Cases')).toEqual([]);
    expect(titleCaseMisses('a Case in Point')).toEqual(['a']);
  });

  test('style-gender: a pronoun needs gender in the Chinese of the paragraph or before it', () => {
    expect(unsupportedGender('Her treatment cost 600,000 yuan.', '郭建美罹患再生障碍性贫血', '')).toBe('Her');
    expect(unsupportedGender('He brokered the deal.', '他促成了合作', '')).toBeNull();
    expect(unsupportedGender('She has stayed.', '秦颖扎根乡村', '秦颖老师说，她…')).toBeNull();
    expect(unsupportedGender('The family was paid.', '向郭建美家庭发放救助金', '')).toBeNull();
  });
});
