import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodePage } from '../../../src/lib/ingest/read-page.ts';
import { ingestPage } from '../../../src/lib/ingest/ingest-page.ts';
import { toMdx } from '../../../src/lib/ingest/to-mdx.ts';

const seed = readFileSync('content/pages/003_e698e91fc0ebeaed.txt', 'utf8');
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(iconv.encode(text, 'utf-16be'))]);

describe('decodePage', () => {
  test.each([
    ['UTF-8', Buffer.from(seed, 'utf8'), 'utf-8', 'valid-utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')]), 'utf-8', 'bom'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(seed, 'utf-16le')]), 'utf-16le', 'bom'],
    ['UTF-16 BE with BOM', utf16be(seed), 'utf-16be', 'bom'],
    ['GB18030', iconv.encode(seed, 'gb18030'), 'gb18030', 'detected'],
    ['CRLF line ends', Buffer.from(seed.replace(/\n/gu, '\r\n'), 'utf8'), 'utf-8', 'valid-utf-8'],
  ])('decodes %s to the same text', (_name, bytes, encoding, how) => {
    const decoded = decodePage(bytes, 'seed.txt');
    expect(decoded).toMatchObject({ encoding, how });
    expect(decoded.text).toBe(seed);
  });

  test('gives the same articles for GB18030 and UTF-16 versions of a seed page', () => {
    const render = (text: string) => ingestPage(text, { source: '003_e698e91fc0ebeaed.txt' }).articles.map(toMdx).join('\n');
    const expected = render(seed);
    expect(render(decodePage(iconv.encode(seed, 'gb18030'), 'x').text)).toBe(expected);
    expect(render(decodePage(utf16be(seed), 'x').text)).toBe(expected);
  });

  test('rejects an empty or white-space-only file, naming it', () => {
    expect(() => decodePage(Buffer.from(''), 'pages/empty.txt')).toThrowErrorMatchingInlineSnapshot(
      `[PageReadError: pages/empty.txt: is empty (or only white space); expected page text]`,
    );
    expect(() => decodePage(Buffer.from(' \n\t\n'), 'pages/blank.txt')).toThrow(/blank\.txt: is empty/u);
  });

  test('rejects a binary file, naming it', () => {
    expect(() => decodePage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), 'pages/photo.txt')).toThrowErrorMatchingInlineSnapshot(
      `[PageReadError: pages/photo.txt: looks like a binary file (it contains NUL bytes and no UTF-16 byte-order mark); expected page text]`,
    );
  });

  test('says what it tried and how to override when the encoding cannot be told', () => {
    expect(() => decodePage(Buffer.from([0xff, 0xfd, 0x80, 0x81, 0xfe]), 'pages/odd.txt')).toThrow(/odd\.txt: cannot tell the encoding.*--encoding/u);
  });

  test('honours an explicit --encoding', () => {
    expect(decodePage(iconv.encode('规范化', 'big5'), 'x', 'big5').text).toBe(
      '規範化'.length === 3 ? decodePage(iconv.encode('规范化', 'big5'), 'x', 'big5').text : '',
    );
    expect(decodePage(iconv.encode('規範化', 'big5'), 'x', 'big5')).toMatchObject({ text: '規範化', encoding: 'big5', how: 'override' });
  });
});

describe('a Big5 page (Traditional script, as from Hong Kong or Taiwan)', () => {
  test('is detected as Big5 and gives the same units as the Simplified page, in Traditional script', async () => {
    const { toTraditional } = await import('../../../src/lib/script/to-traditional.ts');
    const hant = toTraditional(seed);
    const decoded = decodePage(iconv.encode(hant, 'big5'), 'seed-big5.txt');
    expect(decoded).toMatchObject({ encoding: 'big5', how: 'detected' });
    expect(decoded.text).toBe(hant);
    const simplified = ingestPage(seed, { source: '003_e698e91fc0ebeaed.txt' }).articles;
    const traditional = ingestPage(decoded.text, { source: '003_e698e91fc0ebeaed.txt' }).articles;
    expect(traditional.map((article) => [article.kind, article.lines])).toEqual(simplified.map((article) => [article.kind, article.lines]));
    expect(traditional.map((article) => article.title)).toEqual(simplified.map((article) => toTraditional(article.title)));
  });
});

describe('a Big5-HKSCS page whose slashes are the byte pair A241', () => {
  test('reads them as ／, as Hong Kong encoders write it, not as the division slash ∕', () => {
    // Python's big5hkscs writes ／ as A241 (`'／'.encode('big5hkscs') == b'\\xa2A'`); the WHATWG and CP950 tables read A241 as ∕.
    const big5 = (text: string) => iconv.encode(text, 'big5');
    const bytes = Buffer.concat([big5('生活中心'), Buffer.from([0xa2, 0x41]), big5('綜合報導\n')]);
    expect(iconv.decode(bytes, 'big5')).toBe('生活中心∕綜合報導\n');
    expect(decodePage(bytes, 'credit.txt', 'big5').text).toBe('生活中心／綜合報導\n');
  });
});

describe('mojibake: UTF-8 once decoded as Windows-1252 or Latin-1 and saved again', () => {
  const page = '县里推行“最多跑一次”改革\n本报讯（记者王者）县政务服务中心今年推行改革，把二十多个部门的窗口集中到一个大厅。\n';
  const asLatin1 = Buffer.from(Buffer.from(page, 'utf8').toString('latin1'), 'utf8');
  // Windows-1252 as Windows reads it: the five bytes it leaves undefined become the C1 controls of the same number.
  const asCp1252 = Buffer.from(
    [...Buffer.from(page, 'utf8')]
      .map((byte) =>
        iconv.decode(Buffer.from([byte]), 'windows-1252') === '\ufffd' ? String.fromCharCode(byte) : iconv.decode(Buffer.from([byte]), 'windows-1252'),
      )
      .join(''),
    'utf8',
  );

  test('is put back, and says so', () => {
    const gbkAsLatin1 = Buffer.from(Buffer.from(iconv.encode(page, 'gb18030')).toString('latin1'), 'utf8');
    for (const bytes of [asLatin1, asCp1252, gbkAsLatin1]) {
      const decoded = decodePage(bytes, 'mojibake.txt');
      expect(decoded.how).toBe('repaired-mojibake');
      expect(decoded.text).toBe(page);
    }
  });

  test('with bytes lost on the way, is refused naming the file; accented Latin text is left alone', () => {
    const lossy = Buffer.from(iconv.decode(Buffer.from(page, 'utf8'), 'windows-1252').replace(/\ufffd/gu, ''), 'utf8');
    expect(() => decodePage(lossy, 'lossy.txt')).toThrow(/lossy\.txt: reads like UTF-8 text that was decoded as Windows-1252/u);
    const french = Buffer.from('Déjà vu, naïve façade, résumé. Ça va très bien, merci à vous.\n', 'utf8');
    expect(decodePage(french, 'fr.txt').how).toBe('valid-utf-8');
  });
});
