// Opens the VS Code workbench (served by test/host/run.mjs) in headless chromium, with the
// extension under development and a fresh copy of the sample repository.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ROOT } from '../support/paths';

export interface Workbench {
  page: Page;
  /** A second window on the same folder, in the same browser profile (so it shares global state). */
  openAnotherWindow(): Promise<Page>;
  close(): Promise<void>;
  /** Saves a screenshot of `of` (the first window unless told) and returns its file. */
  shot(name: string, of?: Page): Promise<string>;
}

function env(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the UI checks through "npm run test:host"`);
  return v;
}

/**
 * The moment the sample repository's dates are written for. The extension host's clock stands
 * there in every UI check (`ASYNC_WORK_TEST_NOW`), so what the workbench shows does not depend on
 * the real date.
 */
export const SAMPLE_NOW = new Date('2026-11-25T12:00:00Z');

/** The copy of the sample repository the workbench opens. */
export function workspaceFolder(): string {
  return env('ASYNC_WORK_WORKSPACE');
}

/** Opens the workbench; `extensionEnvironment` is added to the extension host's environment. */
export async function openWorkbench(extensionEnvironment: Record<string, string> = {}): Promise<Workbench> {
  const authority = env('ASYNC_WORK_SERVER_AUTHORITY');
  const shots = env('ASYNC_WORK_SHOTS');
  fs.mkdirSync(shots, { recursive: true });
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${authority}${ROOT}`],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  payload.push(['extensionEnvironment', JSON.stringify({ ASYNC_WORK_TEST_NOW: SAMPLE_NOW.toISOString(), ...extensionEnvironment })]);
  const url = `${env('ASYNC_WORK_SERVER_URL')}/?folder=${encodeURIComponent(workspaceFolder())}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-ui-'));
  const ctx: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      '--disable-quic',
    ],
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
  return {
    page,
    async openAnotherWindow() {
      const other = await ctx.newPage();
      await other.goto(url);
      await other.waitForSelector('.monaco-workbench', { timeout: 90000 });
      return other;
    },
    async close() {
      await ctx.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
    async shot(name: string, of = page) {
      const file = path.join(shots, name);
      await of.screenshot({ path: file });
      return file;
    },
  };
}

/** Opens the Async Work view container from the activity bar. */
export async function openAsyncWork(page: Page): Promise<void> {
  const entry = page.locator('.activitybar [aria-label^="Async Work"]').first();
  await entry.waitFor({ timeout: 60000 });
  await entry.click();
}

/** Runs a command from the palette by its title. */
export async function runFromPalette(page: Page, title: string, timeout = 15000): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input').first();
  await input.waitFor({ timeout: 15000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout });
  await page.keyboard.press('Enter');
}

/**
 * Rests the pointer on `target` until a hover containing `text` shows, and returns it. The
 * workbench closes a pending hover when the tree under it re-renders or focus moves, so the
 * pointer leaves and comes back, as a person would, up to `attempts` times.
 */
export async function hoverOver(page: Page, target: Locator, text: string, attempts = 4): Promise<Locator> {
  const hover = page.locator('.monaco-hover, .workbench-hover', { hasText: text }).first();
  for (let attempt = 1; ; attempt++) {
    await target.hover();
    try {
      await hover.waitFor({ timeout: 10000 });
      return hover;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await page.mouse.move(800, 700);
    }
  }
}
