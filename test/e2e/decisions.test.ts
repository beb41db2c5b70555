import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { hoverOver, openWorkbench, type Workbench } from './workbench';

describe('the Decisions view in the workbench', function () {
  let wb: Workbench;

  before(async () => {
    wb = await openWorkbench();
  });
  after(async () => {
    await wb?.close();
  });

  it('shows decisions open for comments with their countdown, and a tooltip with the comment window', async () => {
    const { page } = wb;
    const entry = page.locator('.activitybar [aria-label^="Async Work"]').first();
    await entry.waitFor({ timeout: 60000 });
    await entry.click();
    // Give the Decisions view the room: fold the Requests view.
    const requests = page.locator('.pane-header', { hasText: 'Requests' }).first();
    await requests.waitFor({ timeout: 30000 });
    if ((await requests.getAttribute('aria-expanded')) === 'true') await requests.click();
    const open = page.locator('.monaco-list-row', { hasText: 'Open for comments' }).first();
    await open.waitFor({ timeout: 60000 });
    const trunk = page.locator('.monaco-list-row', { hasText: 'Adopt trunk-based development' }).first();
    assert.match(await trunk.innerText(), /#6 · closes in \d+[hd] · @alice/);
    await page.locator('.monaco-list-row', { hasText: 'Ready to decide' }).first().waitFor({ timeout: 10000 });
    await page.locator('.monaco-list-row', { hasText: 'Retire the legacy queue' }).first().waitFor({ timeout: 10000 });
    await page.mouse.move(800, 700);
    await page
      .locator('.workbench-hover-container')
      .first()
      .waitFor({ state: 'hidden', timeout: 10000 })
      .catch(() => undefined);
    const file = await wb.shot('05-decisions-view.png');
    assert.ok(fs.statSync(file).size > 10000);

    const hover = await hoverOver(page, trunk, 'Comments until');
    assert.match(await hover.innerText(), /Owner: @alice/);
    await wb.shot('06-decision-tooltip.png');
  });
});
