import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { type Job, runOriginStep, type Workflow } from './workflow.ts';

const workflow = parse(readFileSync('.github/workflows/deploy-sharded.yml', 'utf8')) as Workflow;
const { jobs } = workflow;
const needs = (job: Job) => [job.needs ?? []].flat();
const runIndex = (job: Job, pattern: RegExp) => job.steps.findIndex((step) => pattern.test(step.run ?? ''));
const usesIndex = (job: Job, action: string) => job.steps.findIndex((step) => step.uses?.split('@')[0] === action);
const shards = Number(workflow.env?.SHARDS);

describe('the sharded build workflow', () => {
  test('runs by hand only, one deployment at a time with the one-runner workflow', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_dispatch']);
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });

  test('grants nothing by default; only the deploy job may write Pages, every other job only reads the repository', () => {
    expect(workflow.permissions).toEqual({});
    for (const [name, job] of Object.entries(jobs)) {
      if (name === 'deploy') expect(job.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
      else expect(job.permissions, name).toEqual({ contents: 'read' });
    }
    for (const job of Object.values(jobs)) expect(runIndex(job, /^npm install/mu), 'CI installs with npm ci').toBe(-1);
  });

  test('builds every shard 1..SHARDS on a matrix, after the tests, and uploads each shard folder', () => {
    const shard = jobs.shard!;
    expect(shards).toBeGreaterThanOrEqual(2);
    expect(shard.strategy!.matrix.shard).toEqual(Array.from({ length: shards }, (_, i) => i + 1));
    expect(needs(shard)).toEqual(expect.arrayContaining(['test', 'configure']));
    expect(runIndex(jobs.test!, /^npm test$/mu)).toBeGreaterThan(runIndex(jobs.test!, /^npm ci$/mu));
    expect(shard.env!.SHARD).toBe('${{ matrix.shard }}');
    const build = runIndex(shard, /^npm run build -- --shard "\$SHARD\/\$SHARDS"$/mu);
    expect(runIndex(shard, /^npm ci$/mu)).toBeGreaterThanOrEqual(0);
    expect(runIndex(shard, /^npm ci$/mu)).toBeLessThan(build);
    const upload = usesIndex(shard, 'actions/upload-artifact');
    expect(upload).toBeGreaterThan(build);
    // scripts/build-site.ts writes shard k of n to dist-shard-<k>-of-<n> by default.
    expect(shard.steps[upload]!.with).toMatchObject({
      name: 'shard-${{ matrix.shard }}',
      path: 'dist-shard-${{ matrix.shard }}-of-${{ env.SHARDS }}',
      'if-no-files-found': 'error',
    });
  });

  test('merges every shard, checks links, then uploads the site for the deploy job', () => {
    const merge = jobs.merge!;
    expect(needs(merge)).toEqual(expect.arrayContaining(['shard', 'configure']));
    const download = usesIndex(merge, 'actions/download-artifact');
    expect(merge.steps[download]!.with).toEqual({ pattern: 'shard-*', path: 'shards' });
    const ingest = runIndex(merge, /^npm run ingest -- --quiet$/mu);
    const build = runIndex(merge, /^npm run build:merge -- --parallel shards\/shard-\*$/mu);
    const links = runIndex(merge, /^npm run check:links -- dist --base "\$ARCHIVE_BASE"$/mu);
    const upload = usesIndex(merge, 'actions/upload-pages-artifact');
    expect(runIndex(merge, /^npm ci$/mu)).toBeLessThan(ingest);
    for (const [a, b] of [
      [download, build],
      [ingest, build],
      [build, links],
      [links, upload],
    ])
      expect(a, `${a} before ${b}`).toBeLessThan(b!);
    expect(merge.steps[upload]!.with!.path).toBe('dist');
    expect(needs(jobs.deploy!)).toEqual(['merge']);
    expect(jobs.deploy!.environment?.name).toBe('github-pages');
    expect(usesIndex(jobs.deploy!, 'actions/deploy-pages')).toBe(0);
  });

  test('builds shards and merge for one origin and base path, from the Pages URL or the repository', () => {
    const configure = jobs.configure!;
    for (const job of [jobs.shard!, jobs.merge!]) {
      expect(job.env!.ARCHIVE_SITE).toBe('${{ needs.configure.outputs.site }}');
      expect(job.env!.ARCHIVE_BASE).toBe('${{ needs.configure.outputs.base }}');
    }
    const origin = configure.steps.find((step) => step.id === 'origin')!;
    expect(configure.outputs).toEqual({ site: '${{ steps.origin.outputs.site }}', base: '${{ steps.origin.outputs.base }}' });
    const outputsFor = (baseUrl: string, basePath: string) => runOriginStep(origin.run!, 'GITHUB_OUTPUT', baseUrl, basePath);
    expect(outputsFor('https://someone.github.io/archive', '/archive')).toBe('site=https://someone.github.io\nbase=/archive/\n');
    expect(outputsFor('https://archive.example.org', '')).toBe('site=https://archive.example.org\nbase=/\n');
    expect(outputsFor('', '')).toBe('site=https://owner.github.io\nbase=/archive/\n');
  });

  test('uses official actions pinned to a major version, on Node 22', () => {
    for (const job of Object.values(jobs))
      for (const step of job.steps.filter((s) => s.uses)) {
        expect(step.uses, step.uses).toMatch(/^actions\/[\w-]+@v\d+$/u);
        if (step.uses!.startsWith('actions/setup-node@')) expect(step.with!['node-version-file']).toBe('.nvmrc');
      }
  });
});
