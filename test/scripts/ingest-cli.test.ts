import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/ingest.ts', '--quiet', ...args], { encoding: 'utf8' });
const temp = () => mkdtempSync(join(tmpdir(), 'ingest-cli-'));

describe('npm run ingest', () => {
  test('ingests a folder of new pages into --out without touching content/, and prints a summary', () => {
    const from = temp();
    const out = join(temp(), 'out');
    copyFileSync('content/pages/001_80e90a4cb6de53c7.txt', join(from, 'page-a.txt'));
    const before = readdirSync('content/articles').length;
    const result = run('--from', from, '--out', out, '--no-edits');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/1 pages → 7 units \(6 article, 1 photo-caption\)/u);
    expect(result.stdout).toContain('editorial fixes: not applied (--no-edits)');
    expect(readdirSync(out)).toContain('articles.json');
    const json = JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8'));
    expect(json.units[0]).toMatchObject({ id: 'page-a-0003', kind: 'article', title: '“规范化”为政务服务“加码”', source: 'page-a.txt' });
    expect(readdirSync('content/articles').length).toBe(before);
  });

  test('stops with the file named when a folder is missing, and writes nothing', () => {
    const out = join(temp(), 'out');
    const result = run('--from', '/nonexistent/pages', '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('error: /nonexistent/pages: no such folder');
  });

  test('stops on an empty page and a binary page, naming the file, and leaves earlier output intact', () => {
    const from = temp();
    const out = join(temp(), 'out');
    writeFileSync(join(from, 'a.txt'), '标题\n\n本报讯 正文。\n');
    expect(run('--from', from, '--out', out).status).toBe(0);
    const earlier = readFileSync(join(out, 'articles.json'), 'utf8');
    writeFileSync(join(from, 'b.txt'), '');
    const empty = run('--from', from, '--out', out);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain(`${join(from, 'b.txt')}: is empty`);
    writeFileSync(join(from, 'b.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0]));
    const binary = run('--from', from, '--out', out);
    expect(binary.stderr).toContain(`${join(from, 'b.txt')}: looks like a binary file`);
    expect(readFileSync(join(out, 'articles.json'), 'utf8')).toBe(earlier);
  });

  test('names the file, line and field of a malformed editorial fix', () => {
    const from = temp();
    const edits = temp();
    writeFileSync(join(from, 'a.txt'), '标题\n\n本报讯 正文。\n');
    writeFileSync(join(edits, 'a.yaml'), 'source: a.txt\nfixes:\n  - op: split\n    at: two\n    why: test\n');
    const result = run('--from', from, '--out', join(temp(), 'out'), '--edits', edits);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/a\.yaml:4: fixes\.0\.at: .*number/u);
  });

  test('rejects an unknown option with usage', () => {
    const result = run('--frm', 'x');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run ingest');
  });
});

describe('npm run ingest: limits', () => {
  test('stops on two pages whose ids would collide, naming both', () => {
    const from = temp();
    writeFileSync(join(from, '000_c1589599aaaaaaaa.txt'), '标题一\n\n本报讯 正文。\n');
    writeFileSync(join(from, '001_c1589599bbbbbbbb.txt'), '标题二\n\n本报讯 正文。\n');
    const result = run('--from', from, '--out', join(temp(), 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/001_c1589599bbbbbbbb\.txt: has the same page key `c1589599` as 000_c1589599aaaaaaaa\.txt/u);
  });

  test('ingests a page that is one 1 MB line, keeping every character', () => {
    const from = temp();
    const out = join(temp(), 'out');
    const line = '推进整村授信，'.repeat(150_000);
    writeFileSync(join(from, 'long.txt'), `${line}\n`);
    const result = run('--from', from, '--out', out);
    expect(result.status).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8')) as { units: { text: string }[] };
    expect(json.units.map((unit) => unit.text).join('').length).toBe(line.length);
  });

  test('ingests a page with a thousand articles in one pass', () => {
    const from = temp();
    const out = join(temp(), 'out');
    const page = Array.from({ length: 1000 }, (_, index) => `第${index}条新闻标题\n\n本报讯(记者张三)近日,某县推进整村授信工作,走访农户${index}户。\n`).join(
      '\n',
    );
    writeFileSync(join(from, 'many.txt'), page);
    const result = run('--from', from, '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/1 pages → 1000 units/u);
  });

  test('says which format and encoding it detected per page, and reads a crawler dump one article per line', () => {
    const from = temp();
    const out = join(temp(), 'out');
    const body = '近日，市政府召开常务会议，研究部署进一步优化营商环境工作，会议要求各部门抓好落实。';
    writeFileSync(join(from, 'dump.txt'), `优化营商环境!!!!${body}\n整村授信试点扩大!!!!${body}\n`);
    const result = spawnSync(process.execPath, ['scripts/ingest.ts', '--from', from, '--out', out], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${from}/dump.txt: delimited, utf-8: 2 records, title and body split by \`!!!!\`; 2 units`);
    expect(result.stdout).toContain('formats: 1 delimited (utf-8)');
    expect(readFileSync(join(out, 'articles.json'), 'utf8')).not.toContain('!!!!');
  });

  test('a page that does not segment is a warning with its flags and the fix, never "warnings: 0"; --strict fails on it', () => {
    const from = temp();
    const out = join(temp(), 'out');
    // One article per line glued to its headline: no headline line, no lead at a line start.
    const items = Array.from(
      { length: 12 },
      (_, index) =>
        `第${index + 1}条消息标题本报北京12月${index + 1}日讯 记者王某报道：今年以来，全市推进整村授信工作，走访农户${index}百余户，发放贷款一千余万元，群众十分满意。`,
    );
    writeFileSync(join(from, 'glued.txt'), `${items.join('')}\n${items.join('')}\n`);
    const result = spawnSync(process.execPath, ['scripts/ingest.ts', '--from', from, '--out', out], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/glued\.txt:1 {2}flag {2}(whole-page|glued-lead)/u);
    expect(result.stdout).toMatch(/fix: /u);
    expect(result.stdout).toMatch(/WARNING: .*glued\.txt probably did not segment/u);
    expect(result.stdout).toMatch(/pages that probably did not segment: 1/u);
    expect(result.stdout).toMatch(/; warnings: 2 \(1 page that probably did not segment\)/u);
    expect(result.stdout).not.toContain('warnings: 0');
    const strict = spawnSync(process.execPath, ['scripts/ingest.ts', '--quiet', '--strict', '--from', from, '--out', out], { encoding: 'utf8' });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('--strict: 1 pages probably did not segment');
  });

  test('--explain prints each line with its role and rule, and each unit with why it starts and ends', () => {
    const result = spawnSync(process.execPath, ['scripts/ingest.ts', '--explain', 'content/pages/001_80e90a4cb6de53c7.txt'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/001_80e90a4cb6de53c7\.txt: format paragraph-lines \(median line/u);
    expect(result.stdout).toMatch(/\n {4}3 {2}heading {7}heading-shape/u);
    expect(result.stdout).toMatch(/80e90a4c-0003 {2}article: “规范化”为政务服务“加码”\n {4}head 3[^\n]*\n {4}starts: heading at 3 \(heading-shape: /u);
    expect(result.stdout).toMatch(/ends: the next unit starts at \d+/u);
  });

  test('--format names the format; an unknown one is refused; JSON that is not OCR output is refused naming the file', () => {
    const from = temp();
    const out = join(temp(), 'out');
    writeFileSync(join(from, 'x.json'), '{"pages": 3}');
    const refused = run('--from', from, '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/error: .*x\.json: x\.json is JSON but neither OCR output/u);
    expect(run('--from', from, '--out', out, '--format', 'pdf').status).toBe(2);
  });

  test('a file no adapter reads is skipped with a warning naming it, never silently', () => {
    const from = temp();
    const out = join(temp(), 'out');
    writeFileSync(join(from, 'a.txt'), '标题\n\n本报讯 正文。\n');
    writeFileSync(join(from, 'b.pdf'), '%PDF-1.7\n');
    writeFileSync(join(from, 'NOTES.md'), '# notes\n');
    const result = spawnSync(process.execPath, ['scripts/ingest.ts', '--from', from, '--out', out], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`${from}/b.pdf  warning  not a page file`);
    expect(result.stdout).not.toContain('NOTES.md  warning');
  });
});
