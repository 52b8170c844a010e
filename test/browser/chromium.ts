import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Browser names looked up on the PATH, in order (Debian, other Linux distributions, Chrome, Edge). */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];

/** Where macOS and Windows installers put a Chromium-based browser. */
function installedPaths(): string[] {
  const windows = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter((dir): dir is string => Boolean(dir));
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ...windows.flatMap((dir) => [
      join(dir, 'Chromium', 'Application', 'chrome.exe'),
      join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(dir, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]),
  ];
}

function onPath(name: string): string | null {
  try {
    const found = execFileSync(process.platform === 'win32' ? 'where' : 'which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split(/\r?\n/u)[0]
      ?.trim();
    return found || null;
  } catch {
    return null;
  }
}

/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH` if set (it must exist), else the first
 * Chromium-based browser found on the PATH or where installers put one. Never downloads a browser.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  for (const name of PATH_NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return installedPaths().find((path) => existsSync(path)) ?? null;
}

/** How to get a browser, said when none is found. */
export const INSTALL_HINT =
  'install Chromium (Debian/Ubuntu: `apt-get install chromium`; macOS: `brew install --cask chromium` or Google Chrome; Windows: Chrome or Edge) or set CHROMIUM_PATH to a Chromium-based browser';

export const CHROMIUM = findChromium();

/** True when a Chromium-based browser was found. */
export const hasChromium = CHROMIUM !== null;

/** Launch headless Chromium with flags that keep it off the network. */
export function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error(`no Chromium found: ${INSTALL_HINT}`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
