import { isUtf8 } from 'node:buffer';

/**
 * Rule `python-literal`: a crawler that wrote each record with Python's `str(dict)` (`{'url': '…', 'title': '…',
 * 'content': '…'}`, single quotes, `True`/`False`/`None`) wrote records all the same, though not JSON. This reads such a
 * literal: dicts, lists, tuples, strings in either quote (with Python's escapes, and `u`/`r`/`b` prefixes), numbers,
 * `True`, `False`, `None`, and constructor calls (`ObjectId('…')`, `datetime.datetime(…)`) as text. Returns undefined
 * where the text is not one such literal.
 * @example parsePythonLiteral("{'title': '整村授信', 'tags': ['金融', None]}") // → { title: '整村授信', tags: ['金融', null] }
 */
export function parsePythonLiteral(text: string): unknown {
  let at = 0;
  const fail = (): never => {
    throw new SyntaxError(`not a Python literal at ${at}`);
  };
  const space = () => {
    while (at < text.length && /\s/u.test(text[at]!)) at++;
  };
  const ESCAPES: Readonly<Record<string, string>> = {
    n: '\n',
    t: '\t',
    r: '\r',
    '\\': '\\',
    "'": "'",
    '"': '"',
    '0': '\0',
    a: '\x07',
    b: '\b',
    f: '\f',
    v: '\v',
  };
  function string(): string {
    const prefix = /^[uUrRbB]{0,2}(?=['"])/u.exec(text.slice(at, at + 3))?.[0] ?? '';
    const raw = /[rR]/u.test(prefix);
    at += prefix.length;
    const quote = text[at];
    if (quote !== "'" && quote !== '"') return fail();
    at++;
    let out = '';
    while (at < text.length && text[at] !== quote) {
      const char = text[at]!;
      if (char === '\\' && !raw) {
        const next = text[at + 1] ?? '';
        if (next === 'x' || next === 'u' || next === 'U') {
          const width = next === 'x' ? 2 : next === 'u' ? 4 : 8;
          const hex = text.slice(at + 2, at + 2 + width);
          if (!/^[0-9a-fA-F]+$/u.test(hex) || hex.length !== width) return fail();
          out += String.fromCodePoint(Number.parseInt(hex, 16));
          at += 2 + width;
          continue;
        }
        out += ESCAPES[next] ?? `\\${next}`;
        at += 2;
        continue;
      }
      out += char;
      at++;
    }
    if (text[at] !== quote) return fail();
    at++;
    // Python 2 wrote a UTF-8 byte string's bytes as escapes (`'\xe6\x95\xb4'`): where every character is a byte and the
    // bytes are UTF-8, they are that text.
    if (/[\u0080-\u00ff]/u.test(out) && !/[^\u0000-\u00ff]/u.test(out)) {
      const bytes = Buffer.from(out, 'latin1');
      if (isUtf8(bytes)) return bytes.toString('utf8');
    }
    return out;
  }
  function sequence(close: string): unknown[] {
    const items: unknown[] = [];
    space();
    while (text[at] !== close) {
      items.push(value());
      space();
      if (text[at] === ',') {
        at++;
        space();
      } else if (text[at] !== close) return fail();
    }
    at++;
    return items;
  }
  function value(): unknown {
    space();
    const char = text[at];
    if (char === '{') {
      at++;
      const object: Record<string, unknown> = {};
      space();
      while (text[at] !== '}') {
        const key = value();
        space();
        if (text[at] !== ':') return fail();
        at++;
        object[String(key)] = value();
        space();
        if (text[at] === ',') {
          at++;
          space();
        } else if (text[at] !== '}') return fail();
      }
      at++;
      return object;
    }
    if (char === '[') {
      at++;
      return sequence(']');
    }
    if (char === '(') {
      at++;
      return sequence(')');
    }
    if (/^[uUrRbB]{0,2}['"]/u.test(text.slice(at, at + 3))) return string();
    // An object a crawler's database gave, written as its constructor call (`ObjectId('5e1…')`, `datetime.datetime(2020,
    // 1, 1, 8, 0)`): its arguments, as text (such fields are metadata; no story's text is one).
    const call = /^[A-Za-z_][\w.]*\(/u.exec(text.slice(at, at + 80))?.[0];
    if (call) {
      at += call.length;
      return `${call}${sequence(')').map(String).join(', ')})`;
    }
    const word = /^(?:True|False|None|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)/u.exec(text.slice(at, at + 40))?.[0];
    if (!word) return fail();
    at += word.length;
    return word === 'True' ? true : word === 'False' ? false : word === 'None' ? null : Number(word);
  }
  try {
    const result = value();
    space();
    return at === text.length ? result : undefined;
  } catch {
    return undefined;
  }
}
