import { describe, expect, test } from 'vitest';
import { splitLinks } from '../../../src/lib/site/linkify.ts';

describe('splitLinks', () => {
  test('links http(s) URLs and leaves closing punctuation outside them', () => {
    expect(splitLinks('Full text (http://example.org/a/b.html). Quoted: "x".')).toEqual([
      { text: 'Full text (' },
      { text: 'http://example.org/a/b.html', href: 'http://example.org/a/b.html' },
      { text: '). Quoted: "x".' },
    ]);
    expect(splitLinks('a https://x.org/1, b https://y.org/2')).toEqual([
      { text: 'a ' },
      { text: 'https://x.org/1', href: 'https://x.org/1' },
      { text: ', b ' },
      { text: 'https://y.org/2', href: 'https://y.org/2' },
    ]);
  });

  test('leaves text without a web URL as text', () => {
    expect(splitLinks('Report on the Work of the Government, 2019')).toEqual([{ text: 'Report on the Work of the Government, 2019' }]);
    expect(splitLinks('javascript:alert(1) and data:text/html,x')).toEqual([{ text: 'javascript:alert(1) and data:text/html,x' }]);
    expect(splitLinks('')).toEqual([]);
  });
});
