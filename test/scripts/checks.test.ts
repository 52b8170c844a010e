import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

const run = (script: string) => spawnSync(process.execPath, [script], { encoding: 'utf8' });

describe('the content checks on the archive itself', () => {
  test('npm run glossary:check finds no errors in the glossary', () => {
    const result = run('scripts/glossary-check.ts');
    expect(result.stdout).toMatch(/entries checked against \d+ corpus paragraphs: 0 errors/u);
    expect(result.stdout).toMatch(/^Provenance: \d+ official renderings with a full source/mu);
    expect(result.status).toBe(0);
  });

  test('npm run traditional:check finds no unexplained suspicious character in the Traditional text', () => {
    const result = run('scripts/traditional-check.ts');
    expect(result.stdout).toMatch(/\d+ explained, 0 unexplained \(0 uses\)/u);
    expect(result.status).toBe(0);
  });

  test('npm run glossary:candidates leaves no open candidate on the seed pages', () => {
    const result = run('scripts/glossary-candidates.ts');
    expect(result.stdout).toMatch(/\b0 open\b/u);
    expect(result.status).toBe(0);
  });

  test('npm run translations:check: every paragraph translated and current, every term rendered, every number carried over', () => {
    const result = run('scripts/translations-check.ts');
    expect(result.stdout).toContain('translated and current (100.0%)');
    expect(result.stdout).toMatch(/\n0 findings\n/u);
    expect(result.status).toBe(0);
  });
});
