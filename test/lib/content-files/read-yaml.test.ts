import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { parseYaml, readYamlFile } from '../../../src/lib/content-files/read-yaml.ts';
import { translationSchema } from '../../../src/schemas/translation.ts';

const root = mkdtempSync(join(tmpdir(), 'read-yaml-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const message = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return (error as Error).message;
  }
  return 'read without error';
};
const anything = z.unknown();

describe('parseYaml / readYamlFile: every problem is `file:line: message`', () => {
  test('an alias bomb is refused, not expanded', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'.split('').map((name, index) => `${name}: &${name} [${Array(10).fill(`*${'abcdefghi'[index]}`).join(',')}]`),
    ].join('\n');
    expect(parseYaml(bomb, 'bomb.yaml', anything).problems).toEqual([
      { file: 'bomb.yaml', line: null, message: 'YAML: too many aliases (over 100, LIMITS.yamlAliases); write the values out' },
    ]);
  });

  test('a duplicate key is an error at its line', () => {
    expect(parseYaml('title: a\nsummary: b\ntitle: c\n', 't.yaml', anything).problems[0]).toMatchObject({
      file: 't.yaml',
      line: 3,
      message: expect.stringMatching(/^YAML: Map keys must be unique/u),
    });
  });

  test('a schema problem names the field and its line; a file reads through the safe reader', () => {
    const path = join(root, 'x-0001.yaml');
    writeFileSync(path, 'article: x-0001\ntitle: T\nsummary: S\nstatus: drafty\nparagraphs: {}\n');
    expect(message(() => readYamlFile(path, translationSchema, { file: 'translations/x-0001.yaml' }))).toMatch(/^translations\/x-0001\.yaml:4: status: /u);
    writeFileSync(path, 'article: x-0001\ntitle: T\ntitle: U\n');
    expect(message(() => readYamlFile(path, translationSchema, { file: 'translations/x-0001.yaml' }))).toMatch(
      /^translations\/x-0001\.yaml:3: YAML: Map keys must be unique/u,
    );
  });
});

describe('ingest: fixes and overrides checked, fixes counted by effect (the CLI)', () => {
  const page = ['测试标题', '', '本报讯 第一段正文内容，用于测试编辑修正。', '第二行正文继续。', ''].join('\n');
  const setup = (name: string, edits: string | null, overrides: string | null) => {
    const content = join(root, name);
    mkdirSync(join(content, 'pages'), { recursive: true });
    mkdirSync(join(content, 'edits'), { recursive: true });
    writeFileSync(join(content, 'pages', 'p.txt'), page);
    if (edits !== null) writeFileSync(join(content, 'edits', 'p.yaml'), `source: p.txt\nfixes:\n${edits}`);
    if (overrides !== null) writeFileSync(join(content, 'opencc-overrides.yaml'), overrides);
    const result = spawnSync(process.execPath, ['scripts/ingest.ts', '--quiet', '--no-cache'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, ARCHIVE_CONTENT_DIR: content },
    });
    return { ...result, wrote: existsSync(join(content, 'articles')) };
  };

  test.each([
    [
      'reversed',
      '  - op: role\n    lines: 4-3\n    role: body\n    why: test\n',
      'edits/p.yaml:4: fixes.0.lines: a range runs from its first line to its last (`351-352`), not backwards',
    ],
    ['zero', '  - op: role\n    lines: 0-3\n    role: body\n    why: test\n', 'edits/p.yaml:4: fixes.0.lines: lines are numbered from 1'],
    [
      'huge',
      '  - op: role\n    lines: 1-200000000\n    role: body\n    why: test\n',
      'edits/p.yaml:4: fixes.0.lines: line 200000000 is beyond the page, which has 5 lines',
    ],
    ['beyond', '  - op: split\n    at: 9\n    why: test\n', 'edits/p.yaml:4: fixes.0.at: line 9 is beyond the page, which has 5 lines'],
    ['duplicate key', '  - op: split\n    at: 3\n    at: 4\n    why: test\n', 'edits/p.yaml:5: YAML: Map keys must be unique'],
  ])('a fix with a %s range stops ingest with file:line', (_, edits, expected) => {
    const result = setup(`edits-${_.replace(' ', '-')}`, edits, null);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(expected);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(result.wrote).toBe(false);
  });

  test.each([
    ['empty', '- simplified: ""\n  traditional: 于\n', 'opencc-overrides.yaml:1: 0.simplified: must not be empty'],
    ['null', '- simplified: null\n  traditional: 于\n', 'opencc-overrides.yaml:1: 0.simplified: '],
  ])('an override with a %s phrase stops ingest promptly with file:line', (name, overrides, expected) => {
    const result = setup(`overrides-${name}`, null, overrides);
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(expected);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });

  test('the summary counts only the fixes that change something, and warns about the other', async () => {
    const { countEffectiveEdits } = await import('../../../src/lib/ingest/check-edits.ts');
    const { ingestPage } = await import('../../../src/lib/ingest/ingest-page.ts');
    const edits = [
      { op: 'role', lines: 3, role: 'heading', why: 'x' },
      { op: 'role', lines: 4, role: 'body', why: 'y' },
    ] as const;
    const counted = countEffectiveEdits(
      (only) => ingestPage(page, { source: 'p.txt', edits: [...only] }),
      edits,
      ingestPage(page, { source: 'p.txt', edits: [...edits] }),
    );
    expect(counted.editsApplied).toBe(1);
    expect(counted.warnings).toContainEqual({
      line: 4,
      message: 'editorial fix `role` changes nothing (already so, or overridden by another fix); remove it or check its lines',
    });
    const result = setup(
      'count',
      '  - op: role\n    lines: 3\n    role: heading\n    why: changes the unit\n  - op: role\n    lines: 4\n    role: body\n    why: line 4 is body already\n',
      null,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('editorial fixes applied: 1 of 2; unassigned texts: 0; warnings: 1');
  });
});
