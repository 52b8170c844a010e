import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { type Job, runOriginStep, type Workflow } from './workflow.ts';

const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const action = (name: string) => steps.find((step) => step.uses?.split('@')[0] === name);
const jobWith = (name: string) => Object.values(workflow.jobs).find((job) => job.steps.some((step) => step.uses?.startsWith(`${name}@`)))!;
const runIndex = (job: Job, pattern: RegExp) => job.steps.findIndex((step) => pattern.test(step.run ?? ''));

describe('the GitHub Pages workflow', () => {
  test('runs on a push to main and by hand', () => {
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  test('grants nothing by default and each job only what it needs; one deployment at a time', () => {
    expect(workflow.permissions).toEqual({});
    const deploy = jobWith('actions/deploy-pages');
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (job !== deploy) expect(job.permissions, name).toEqual({ contents: 'read' });
    }
    expect(workflow.concurrency.group).toBe('pages');
  });

  test('publishes only what passed the README test command, installed from the lockfile', () => {
    const build = jobWith('actions/upload-pages-artifact');
    const [testName, testJob] = Object.entries(workflow.jobs).find(([, job]) => runIndex(job, /^npm test$/mu) >= 0)!;
    expect(runIndex(testJob, /^npm ci$/mu)).toBeGreaterThanOrEqual(0);
    expect(runIndex(testJob, /^npm ci$/mu)).toBeLessThan(runIndex(testJob, /^npm test$/mu));
    expect([build.needs].flat()).toContain(testName);
    for (const job of Object.values(workflow.jobs))
      expect(runIndex(job, /^npm install/mu), 'npm install rewrites the lockfile; CI installs with npm ci').toBe(-1);
  });

  test('uses the official Pages actions, on Node 22', () => {
    for (const name of ['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']) {
      expect(action(name), name).toBeDefined();
      expect(action(name)!.uses, name).toMatch(/@v\d+$/u);
    }
    expect(action('actions/setup-node')!.with!['node-version-file']).toBe('.nvmrc');
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe('22');
    expect(action('actions/upload-pages-artifact')!.with!.path).toBe('dist');
    const deploy = jobWith('actions/deploy-pages');
    expect(deploy.environment?.name).toBe('github-pages');
    expect([deploy.needs].flat()).toContain(Object.entries(workflow.jobs).find(([, job]) => job === jobWith('actions/upload-pages-artifact'))![0]);
  });

  test('installs, builds and checks links before the upload', () => {
    const build = jobWith('actions/upload-pages-artifact');
    const install = runIndex(build, /^npm ci$/mu);
    const buildStep = runIndex(build, /^npm run build$/mu);
    const links = runIndex(build, /^npm run check:links -- dist --base "\$ARCHIVE_BASE"$/mu);
    const upload = build.steps.findIndex((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    const configure = build.steps.findIndex((step) => step.uses?.startsWith('actions/configure-pages@'));
    expect(install).toBeGreaterThanOrEqual(0);
    expect(configure).toBeLessThan(buildStep);
    expect(install).toBeLessThan(buildStep);
    expect(buildStep).toBeLessThan(links);
    expect(links).toBeLessThan(upload);
  });

  test('sets ARCHIVE_SITE and ARCHIVE_BASE from the Pages URL (project site, user site, custom domain), or from the repository without one', () => {
    const build = jobWith('actions/upload-pages-artifact');
    const configure = build.steps.find((step) => step.uses?.startsWith('actions/configure-pages@'))!;
    const origin = build.steps.find((step) => /ARCHIVE_SITE=/u.test(step.run ?? ''))!;
    expect(origin.env!.PAGES_BASE_URL).toBe(`\${{ steps.${configure.id}.outputs.base_url }}`);
    expect(origin.env!.PAGES_BASE_PATH).toBe(`\${{ steps.${configure.id}.outputs.base_path }}`);
    expect(origin.env!.FALLBACK_SITE).toBe('https://${{ github.repository_owner }}.github.io');
    expect(origin.env!.FALLBACK_BASE).toBe('/${{ github.event.repository.name }}/');
    const envFor = (baseUrl: string, basePath: string) => runOriginStep(origin.run!, 'GITHUB_ENV', baseUrl, basePath);
    expect(envFor('https://someone.github.io/archive', '/archive')).toBe('ARCHIVE_SITE=https://someone.github.io\nARCHIVE_BASE=/archive/\n');
    expect(envFor('https://someone.github.io', '')).toBe('ARCHIVE_SITE=https://someone.github.io\nARCHIVE_BASE=/\n');
    expect(envFor('https://archive.example.org', '')).toBe('ARCHIVE_SITE=https://archive.example.org\nARCHIVE_BASE=/\n');
    expect(envFor('', '')).toBe('ARCHIVE_SITE=https://owner.github.io\nARCHIVE_BASE=/archive/\n');
  });
});
