import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { openAsyncWork, openWorkbench, runFromPalette, type Workbench } from './workbench';

describe('Async Work in the workbench', function () {
  let wb: Workbench;

  before(async () => {
    wb = await openWorkbench();
  });
  after(async () => {
    await wb?.close();
  });

  it('shows sample requests and decisions in the Async Work sidebar', async () => {
    const { page } = wb;
    await openAsyncWork(page);
    await page.locator('.pane-header', { hasText: 'Requests' }).first().waitFor({ timeout: 30000 });
    await page.locator('.pane-header', { hasText: 'Decisions' }).first().waitFor({ timeout: 30000 });
    await page.locator('.monaco-list-row', { hasText: 'Read access to the staging database' }).first().waitFor({ timeout: 60000 });
    await page.locator('.monaco-list-row', { hasText: 'Adopt trunk-based development' }).first().waitFor({ timeout: 30000 });
    await page.mouse.move(800, 700);
    await page.locator('.monaco-hover').first().waitFor({ state: 'hidden', timeout: 10000 }).catch(() => undefined);
    const file = await wb.shot('01-sidebar.png');
    assert.ok(fs.statSync(file).size > 10000);
  });

  it('runs an Async Work command from the command palette', async () => {
    const { page } = wb;
    await runFromPalette(page, 'Async Work: Show Log');
    const panel = page.locator('.part.panel', { hasText: 'indexed' }).first();
    await panel.waitFor({ timeout: 30000 });
    assert.match(await panel.innerText(), /\[store\]\s+indexed\s+\d+\s+records/);
    await wb.shot('02-command-palette-show-log.png');
  });
});
