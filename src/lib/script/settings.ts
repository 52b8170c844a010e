/**
 * Characters the Traditional conversion QA lists wherever they appear in the output: each is
 * right in some words and wrong in others, so every word that holds one must be explained in
 * `content/opencc-qa-allow.yaml`. The Simplified characters they come from are named.
 */
export const QA_CHARACTERS: Readonly<Record<string, string>> = {
  髮: '发 (hair), not 發 (send, develop)',
  籤: '签 (lot, slip), not 簽 (sign)',
  乾: '干 (dry), not 幹 (do, trunk) or 干 (shield, concern)',
  幹: '干 (do, trunk, cadre), not 乾 (dry) or 干 (concern)',
  鬥: '斗 (fight), not 斗 (dipper, measure)',
  於: '于 (preposition), not the surname 于',
  後: '后 (after, behind), not 后 (queen, empress) or the surname',
  后: '后 kept: right only for queen, empress or the surname',
  週: '周 (week, cycle), not 周 (surname, circumference, Zhou)',
  裡: '里 (inside), not 里 (li, neighbourhood)',
  裏: '里 (inside), in the form Taiwan does not use',
  餘: '余 (surplus, more than), not the surname 余 or 余 (I)',
  鐘: '钟 (clock, bell, minute), not the surname 钟',
  鍾: '钟 (surname, to concentrate), not 鐘 (clock)',
  臺: '台 (platform, stage, station), not 台 (Taiwan written as 台) or 檯/颱',
  檯: '台 (desk, counter)',
  颱: '台 (typhoon)',
};

/** Characters of context either side of a finding in the QA report. */
export const QA_CONTEXT_CHARS = 12;
