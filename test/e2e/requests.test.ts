import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { openAsyncWork, openWorkbench, type Workbench } from './workbench';

describe('the Requests view in the workbench', function () {
  let wb: Workbench;

  before(async () => {
    wb = await openWorkbench();
  });
  after(async () => {
    await wb?.close();
  });

  it('shows the groups and a badge on the Async Work container', async () => {
    const { page } = wb;
    await openAsyncWork(page);
    // The clock stands at the sample's moment: the staging request is 27 hours overdue, whatever the real date.
    await page.locator('.monaco-list-row', { hasText: 'Overdue' }).first().waitFor({ timeout: 60000 });
    const staging = page.locator('.monaco-list-row', { hasText: 'Read access to the staging database' }).first();
    await staging.waitFor({ timeout: 30000 });
    assert.match(await staging.innerText(), /27h overdue/);
    const badge = page
      .locator('.activitybar .action-item', { has: page.locator('[aria-label^="Async Work"]') })
      .locator('.badge-content')
      .first();
    await badge.waitFor({ timeout: 30000 });
    assert.ok(Number(await badge.innerText()) >= 1);
    // The activity bar's hover would cover the view in the screenshot.
    await page.mouse.move(700, 700);
    await page.keyboard.press('Escape');
    await page.locator('.workbench-hover-container').first().waitFor({ state: 'hidden', timeout: 10000 });
    const file = await wb.shot('03-requests-view-badge.png');
    assert.ok(fs.statSync(file).size > 10000);
  });
});
