import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

/** The parts of a GitHub Actions workflow file the workflow tests read. */
export interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
export interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  strategy?: { matrix: Record<string, unknown[]> };
  environment?: { name: string; url?: string };
  steps: Step[];
}
export interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  env?: Record<string, string | number>;
  concurrency: { group: string; 'cancel-in-progress'?: boolean };
  jobs: Record<string, Job>;
}

/**
 * Run a workflow step's shell script that works out the site's origin and base path from the
 * Pages URL (or the repository as a fallback), the way GitHub Actions would, and return what it
 * wrote to the file GitHub names in `fileVariable` (`GITHUB_ENV` or `GITHUB_OUTPUT`).
 */
export function runOriginStep(script: string, fileVariable: 'GITHUB_ENV' | 'GITHUB_OUTPUT', baseUrl: string, basePath: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'origin-step-')), 'out');
  const result = spawnSync('bash', ['-e', '-c', script], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      [fileVariable]: file,
      PAGES_BASE_URL: baseUrl,
      PAGES_BASE_PATH: basePath,
      FALLBACK_SITE: 'https://owner.github.io',
      FALLBACK_BASE: '/archive/',
    },
  });
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(file, 'utf8');
}
