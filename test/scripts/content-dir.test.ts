import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'content-dir-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const run = (script: string, args: string[], content: string) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, ARCHIVE_CONTENT_DIR: content } });

describe('every script honours ARCHIVE_CONTENT_DIR (issue 14)', () => {
  test('translations:scaffold writes into the other content folder, not content/', () => {
    const content = join(root, 'scaffold');
    cpSync('content/articles/articles.json', join(content, 'articles', 'articles.json'));
    mkdirSync(join(content, 'translations'));
    const before = readdirSync('content/translations').length;
    const result = run('scripts/translations-scaffold.ts', [], content);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(join(content, 'translations')).length).toBeGreaterThan(30);
    expect(readdirSync('content/translations').length).toBe(before);
  });

  test('glossary:lookup reads the other content folder', () => {
    const content = join(root, 'lookup');
    cpSync('content/glossary', join(content, 'glossary'), { recursive: true });
    mkdirSync(join(content, 'articles'));
    // An articles.json with one made-up unit, which content/ does not have.
    const units = [{ id: 'only-here-0001', title: '测试', blocks: [{ id: 'p1', text: '实施整村授信。' }] }];
    spawnSync(process.execPath, [
      '-e',
      `require('node:fs').writeFileSync(${JSON.stringify(join(content, 'articles', 'articles.json'))}, ${JSON.stringify(JSON.stringify({ units }))})`,
    ]);
    const result = run('scripts/glossary-lookup.ts', ['only-here-0001'], content);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('whole-village credit granting');
  });
});
