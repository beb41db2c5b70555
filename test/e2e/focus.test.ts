import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { openWorkbench, runFromPalette, type Workbench } from './workbench';

/** VS Code's notifications entry, at the right of the status bar. */
function bell(page: Page): Locator {
  return page.locator('[id="status.notifications"]');
}

/** The Focus item while off, and while a block runs (its countdown). */
function focusItem(page: Page): { off: Locator; on: Locator } {
  return {
    off: page
      .locator('.statusbar-item', { has: page.locator('.codicon-target') })
      .filter({ hasText: 'Focus' })
      .first(),
    on: page
      .locator('.statusbar-item', { has: page.locator('.codicon-bell-slash') })
      .filter({ hasText: /^\s*(\d+h( \d+m)?|\d+m)\s*$/ })
      .first(),
  };
}

/** What the status bar shows, for a failing assertion. */
async function statusBar(page: Page): Promise<string> {
  return page
    .locator('.part.statusbar')
    .first()
    .innerHTML()
    .catch(() => '(no status bar)');
}

/** Moves focus and the pointer off the status bar, so the screenshot shows it without a hover or focus outline. */
async function leaveStatusBar(page: Page): Promise<void> {
  await page
    .locator('.part.editor')
    .first()
    .click({ position: { x: 300, y: 150 } });
  await page
    .locator('.workbench-hover-container')
    .first()
    .waitFor({ state: 'hidden', timeout: 10000 })
    .catch(() => undefined);
}

describe('focus mode in the workbench', function () {
  let wb: Workbench;

  before(async () => {
    wb = await openWorkbench();
  });
  after(async () => {
    await wb?.close();
  });

  it('clicking Focus starts a block: the countdown shows and the notification bell turns to Do Not Disturb; clicking again ends it', async () => {
    const { page } = wb;
    const { off, on } = focusItem(page);
    await off.waitFor({ timeout: 60000 });
    await bell(page).locator('.codicon-bell, .codicon-bell-dot').first().waitFor({ timeout: 30000 });

    await off.click();
    await on.waitFor({ timeout: 30000 }).catch(async (e) => assert.fail(`${e}\n${await statusBar(page)}`));
    assert.equal((await on.innerText()).trim(), '50m');
    await bell(page).locator('.codicon-bell-slash, .codicon-bell-slash-dot').first().waitFor({ timeout: 30000 });
    await leaveStatusBar(page);
    const onShot = await wb.shot('focus-on.png');
    assert.ok(fs.statSync(onShot).size > 10000);

    await on.click();
    await off.waitFor({ timeout: 30000 });
    await bell(page).locator('.codicon-bell, .codicon-bell-dot').first().waitFor({ timeout: 30000 });
    assert.equal(await bell(page).locator('.codicon-bell-slash, .codicon-bell-slash-dot').count(), 0);
    await leaveStatusBar(page);
    const offShot = await wb.shot('focus-off.png');
    assert.ok(fs.statSync(offShot).size > 10000);
  });

  it('Start Focus offers the default first, the usual lengths and any length; End Focus ends the block', async () => {
    const { page } = wb;
    const { off, on } = focusItem(page);
    await runFromPalette(page, 'Async Work: Start Focus');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.filter({ hasText: 'Custom' }).first().waitFor({ timeout: 15000 });
    const labels = (await rows.locator('.label-name').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(labels, ['50 minutes', '25 minutes', '90 minutes', 'Custom…']);
    assert.equal((await rows.first().locator('.label-description').innerText()).trim(), 'default');
    await rows.filter({ hasText: 'Custom' }).first().click();
    const input = page.locator('.quick-input-widget .quick-input-box input').first();
    await input.fill('0');
    await page.locator('.quick-input-message', { hasText: 'whole number of minutes' }).first().waitFor({ timeout: 15000 });
    await input.fill('120');
    await page.keyboard.press('Enter');
    await on.waitFor({ timeout: 30000 });
    assert.equal((await on.innerText()).trim(), '2h');
    await runFromPalette(page, 'Async Work: End Focus');
    await off.waitFor({ timeout: 30000 });
  });

  it('a block started in one window shows in another window on the same folder, and ending it there ends it here', async () => {
    const { page } = wb;
    const other = await wb.openAnotherWindow();
    try {
      const here = focusItem(page);
      const there = focusItem(other);
      await there.off.waitFor({ timeout: 60000 });
      await here.off.click();
      await here.on.waitFor({ timeout: 30000 });
      await there.on.waitFor({ timeout: 10000 }).catch(async (e) => assert.fail(`${e}\n${await statusBar(other)}`));
      assert.equal((await there.on.innerText()).trim(), (await here.on.innerText()).trim());
      await other.bringToFront();
      await leaveStatusBar(other);
      assert.ok(fs.statSync(await wb.shot('focus-other-window.png', other)).size > 10000);
      await there.on.click();
      await there.off.waitFor({ timeout: 30000 });
      await page.bringToFront();
      await here.off.waitFor({ timeout: 10000 }).catch(async (e) => assert.fail(`${e}\n${await statusBar(page)}`));
    } finally {
      await other.close();
    }
  });
});
