import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { hoverOver, openAsyncWork, openWorkbench, runFromPalette, type Workbench } from './workbench';

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

  it('puts a request whose reply-by and deadline have passed in Overdue, with the same clock in row and tooltip', async () => {
    const { page } = wb;
    const rows = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Requests' }) }).locator('.monaco-list-row');
    const vendor = rows.filter({ hasText: 'Renew the monitoring vendor contract' }).first();
    await vendor.waitFor({ timeout: 30000 });
    const labels = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    const at = (text: string) => labels.findIndex((l) => l.startsWith(text));
    assert.ok(at('Overdue') < at('Renew the monitoring vendor contract'), labels.join(' | '));
    assert.ok(at('Renew the monitoring vendor contract') < at('Waiting on others'), labels.join(' | '));
    assert.match(await vendor.innerText(), /4d overdue · waiting on @bruno/);
    const hover = await hoverOver(page, vendor, 'Reply-by');
    // The tooltip's Markdown keeps its spaces as non-breaking ones.
    const tooltip = (await hover.innerText()).replace(/\u00a0/g, ' ');
    assert.match(tooltip, /Reply-by: \w{3} \d+ \w{3}, \d\d:\d\d \(4d overdue/);
    assert.doesNotMatch(tooltip, /\d{4}-\d\d-\d\dT/, 'no ISO time in the tooltip');
    const file = await wb.shot('10-overdue-past-deadline.png');
    assert.ok(fs.statSync(file).size > 10000);
    await page.mouse.move(800, 700);
  });

  it("lists a record's problems in the Problems panel without opening it", async () => {
    const { page } = wb;
    await runFromPalette(page, 'View: Toggle Problems');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'Shared ownership is not ownership' }).first();
    await problem.waitFor({ timeout: 30000 });
    assert.equal(await page.locator('.tab', { hasText: '2026-11-22-vendor-contract.md' }).count(), 0, 'the record is not open');
    const file = await wb.shot('11-problems-of-unopened-record.png');
    assert.ok(fs.statSync(file).size > 10000);
  });
});
