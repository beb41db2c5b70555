import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { openAsyncWork, openWorkbench, runFromPalette, type Workbench } from './workbench';

// Runs before the focus checks, whose Do Not Disturb would keep the message out of sight.
describe('Mark Answered in the workbench', function () {
  let wb: Workbench;

  before(async () => {
    wb = await openWorkbench();
    await openAsyncWork(wb.page);
  });
  after(async () => {
    await wb?.close();
  });

  it('says what Mark Answered did, with Undo, and keeps the request in Recently closed', async () => {
    const { page } = wb;
    const rows = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Requests' }) }).locator('.monaco-list-row');
    const review = rows.filter({ hasText: 'Review the public API rate limits' }).first();
    await review.waitFor({ timeout: 30000 });
    // The row's inline action, as a person would click it.
    await review.hover();
    await review.locator('.action-label[aria-label="Mark Answered"]').first().click();
    // The message, with its Undo button, as the notification centre lists it (the headless
    // workbench does not always raise the toast).
    await runFromPalette(page, 'Notifications: Show Notifications');
    const message = page
      .locator('.notifications-center .notification-list-item', { hasText: 'Marked "Review the public API rate limits" answered.' })
      .first();
    await message.waitFor({ timeout: 30000 }).catch(async (error: unknown) => {
      await wb.shot('12-mark-answered-no-message.png');
      throw error;
    });
    assert.equal(await message.locator('.monaco-button', { hasText: 'Undo' }).count(), 1);
    const closed = rows.filter({ hasText: 'Recently closed' }).first();
    await closed.waitFor({ timeout: 30000 });
    assert.match(await closed.innerText(), /Recently closed\s*1/);
    const file = await wb.shot('12-mark-answered-recently-closed.png');
    assert.ok(fs.statSync(file).size > 10000);
  });
});
