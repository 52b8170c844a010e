import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ContentFileError, readPageBytes } from '../content-files/read-content-file.ts';
import { codePointTest, unitsOf } from './text-utils.ts';

/** Encodings the reader accepts (and `--encoding` can name). */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk', 'big5'] as const;
export type PageEncoding = (typeof ENCODINGS)[number];

/** Why a page could not be read; names the file and says how to fix it. */
export class PageReadError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.file = file;
    this.name = 'PageReadError';
  }
}

/** A decoded page and how it was decoded. */
export interface DecodedPage {
  readonly text: string;
  readonly encoding: PageEncoding;
  readonly how: 'bom' | 'valid-utf-8' | 'detected' | 'override' | 'repaired-mojibake';
}

/** Windows-1252's characters for the bytes 0x80–0x9F, from iconv-lite; Latin-1 gives the byte itself for the rest. */
const CP1252_BYTES: ReadonlyMap<string, number> = new Map(
  [...iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), 'windows-1252')]
    .map((char, i) => [char, 0x80 + i] as const)
    // The five bytes Windows-1252 leaves undefined decode to U+FFFD: that byte is lost, not mapped back.
    .filter(([char]) => char !== '\ufffd'),
);
const HAN = /\p{Script=Han}/gu;
const LATIN_HIGH =
  /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/gu;

const isHanCode = codePointTest(/\p{Script=Han}/u);

/** Whether more than `limit` characters of `text` are Han: counted from its start, and only until the count passes `limit`. */
function hanMoreThan(text: string, limit: number): boolean {
  let han = 0;
  for (let index = 0; index < text.length; ) {
    const code = text.codePointAt(index)!;
    if (isHanCode(code) && ++han > limit) return true;
    index += unitsOf(code);
  }
  return false;
}

/** Whether a page reads like UTF-8 once decoded as Windows-1252 or Latin-1: almost no Chinese, much Latin-1. */
export function looksLikeMojibake(text: string): boolean {
  // Every UTF-8 page is asked this. More Han than 1% of all its characters (so of its visible ones) settles it for a
  // Chinese page within its first lines; the Latin-1 count (a Chinese page's quotation marks and dashes are in its
  // class) and the white space are counted over the whole text only for the pages left.
  if (hanMoreThan(text, 0.01 * text.length)) return false;
  const latin = text.match(LATIN_HIGH)?.length ?? 0;
  if (latin === 0) return false;
  const visible = text.length - (text.match(/\s/gu)?.length ?? 0);
  if (visible === 0 || latin < 0.3 * visible) return false;
  return (text.match(HAN)?.length ?? 0) <= 0.01 * visible;
}

/**
 * Repair text that was once decoded as Windows-1252 or Latin-1 and saved again, as crawlers and
 * spreadsheets do (`åŽ¿é‡Œ` for `县里`): a page with almost no Chinese and a great deal of Latin-1
 * punctuation and letters whose bytes, put back, are UTF-8 (or GB18030, or Big5) that is mostly Chinese.
 * Returns the repaired text, or null when the page is not such a copy.
 *
 * @example repairMojibake('åŽ¿é‡ŒæŽ¨è¡Œ') // → '县里推行'
 */
export function repairMojibake(text: string): string | null {
  if (!looksLikeMojibake(text)) return null;
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const byte = code <= 0xff ? code : CP1252_BYTES.get(char);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  // The bytes were UTF-8 most often; a GB18030 or Big5 page read as Latin-1 is put back the same way.
  const chinese = (candidate: string) => {
    const visible = candidate.replace(/\s/gu, '').length;
    return !candidate.includes('\ufffd') && (candidate.match(HAN)?.length ?? 0) >= 0.3 * visible;
  };
  try {
    const utf8 = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
    if (chinese(utf8)) return utf8;
  } catch {
    // not UTF-8: try the Chinese encodings
  }
  for (const encoding of ['gb18030', 'big5'] as const) {
    const candidate = iconv.decode(Buffer.from(bytes), encoding);
    if (chinese(candidate)) return candidate;
  }
  return null;
}

const CHARDET_NAMES: Record<string, PageEncoding> = {
  GB18030: 'gb18030',
  GBK: 'gbk',
  GB2312: 'gb18030',
  Big5: 'big5',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  'UTF-8': 'utf-8',
};

/**
 * Decode the bytes of a page: a byte-order mark wins; then valid UTF-8; then GB18030/GBK or
 * Big5 as chardet detects them with confidence. Line ends become `\n`. Anything else
 * (binary, empty, an encoding that cannot be told) is a {@link PageReadError} that says
 * what was tried and how to override it.
 */
export function decodePage(bytes: Uint8Array, file: string, override?: PageEncoding): DecodedPage {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let decoded: DecodedPage;
  if (override) {
    if (!ENCODINGS.includes(override)) throw new PageReadError(file, `unknown encoding \`${override}\`, expected one of ${ENCODINGS.join(', ')}`);
    decoded = { text: iconv.decode(buffer, override), encoding: override, how: 'override' };
  } else if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    decoded = { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8', how: 'bom' };
  } else if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    decoded = { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le', how: 'bom' };
  } else if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    decoded = { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be', how: 'bom' };
  } else {
    if (buffer.includes(0)) throw new PageReadError(file, 'looks like a binary file (it contains NUL bytes and no UTF-16 byte-order mark); expected page text');
    // `isUtf8` validates natively; decoding valid UTF-8 (no BOM here) then cannot fail.
    if (isUtf8(buffer)) {
      decoded = { text: buffer.toString('utf8'), encoding: 'utf-8', how: 'valid-utf-8' };
    } else {
      const guesses = chardet.analyse(buffer);
      const best = guesses.find((guess) => CHARDET_NAMES[guess.name] && CHARDET_NAMES[guess.name] !== 'utf-8');
      if (!best || best.confidence < 30) {
        const tried =
          guesses
            .slice(0, 3)
            .map((guess) => `${guess.name} ${guess.confidence}%`)
            .join(', ') || 'nothing';
        throw new PageReadError(
          file,
          `cannot tell the encoding: not valid UTF-8, no byte-order mark, and detection is not confident (${tried}); rerun with --encoding gb18030|big5|utf-16le|…`,
        );
      }
      const encoding = CHARDET_NAMES[best.name]!;
      decoded = { text: iconv.decode(buffer, encoding), encoding, how: 'detected' };
    }
  }
  // UTF-8 that went through Windows-1252 or Latin-1 once (`åŽ¿é‡Œ`) is put back, and the summary says so.
  if (decoded.encoding === 'utf-8' && decoded.how !== 'override' && looksLikeMojibake(decoded.text)) {
    const repaired = repairMojibake(decoded.text);
    if (repaired !== null) decoded = { text: repaired, encoding: 'utf-8', how: 'repaired-mojibake' };
    else
      throw new PageReadError(
        file,
        'reads like UTF-8 text that was decoded as Windows-1252 or Latin-1 and saved again (`åŽ¿é‡Œ` for `县里`), with bytes lost on the way, so it cannot be put back; get the original file',
      );
  }
  // Big5 byte pair A241 is `／` in Big5-HKSCS (Hong Kong's encoders write `／` so) but `∕` (U+2215, division slash) in
  // the WHATWG and CP950 tables the decoder follows: a reporter's credit `中心∕綜合報導` must read `中心／綜合報導`.
  const text = (decoded.encoding === 'big5' ? decoded.text.replaceAll('\u2215', '\uff0f') : decoded.text).replace(/\r\n?/gu, '\n');
  if (text.includes('\uFFFD'))
    throw new PageReadError(
      file,
      `decoding as ${decoded.encoding} produced replacement characters (U+FFFD) at line ${text.slice(0, text.indexOf('\uFFFD')).split('\n').length}; rerun with --encoding to name the right one`,
    );
  // (Tabs are not in the class, so the page is tested as it is, not copied without them.)
  if (/[\u0000-\u0008\u000e-\u001f]/u.test(text) && (text.match(/[\u0000-\u0008\u000e-\u001f]/gu)?.length ?? 0) > text.length / 20)
    throw new PageReadError(file, 'looks like a binary file (mostly control characters); expected page text');
  if (text.trim() === '') throw new PageReadError(file, 'is empty (or only white space); expected page text');
  return { ...decoded, text };
}

/** Read (safely: src/lib/content-files) and decode a page file ({@link decodePage}). */
export function readPage(path: string, file = path, override?: PageEncoding): DecodedPage {
  let bytes: Buffer;
  try {
    bytes = readPageBytes(path, { file });
  } catch (cause) {
    throw new PageReadError(
      file,
      cause instanceof ContentFileError ? cause.reason : `cannot read the file (${(cause as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return decodePage(bytes, file, override);
}
