import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { openAsyncWork, openWorkbench, type Workbench } from './workbench';

describe('the handbook in the workbench', function () {
  let wb: Workbench;

  before(async () => {
    wb = await openWorkbench();
  });
  after(async () => {
    await wb?.close();
  });

  it('lists my pages to review first in the Handbook view, with the review each waits for', async () => {
    const { page } = wb;
    await openAsyncWork(page);
    // Give the Handbook view the room: fold the Requests and Decisions views, open the Handbook.
    for (const name of ['Requests', 'Decisions']) {
      const header = page.locator('.pane-header', { hasText: name }).first();
      await header.waitFor({ timeout: 30000 });
      if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    }
    const handbook = page.locator('.pane-header', { hasText: 'Handbook' }).first();
    await handbook.waitFor({ timeout: 30000 });
    if ((await handbook.getAttribute('aria-expanded')) !== 'true') await handbook.click();
    await page.locator('.monaco-list-row', { hasText: 'My pages to review' }).first().waitFor({ timeout: 60000 });
    const rows = page.locator('.pane-body .monaco-list-row');
    await rows.filter({ hasText: 'Security and secrets' }).first().waitFor({ timeout: 15000 });
    const texts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t);
    const at = (label: string) => texts.findIndex((t) => t.startsWith(label));
    // Mine first (overdue before due soon), then the page without an owner, then everyone's overdue by owner.
    assert.match(texts[at('My pages to review')], /^My pages to review\s*2$/);
    assert.match(texts[at('My pages to review') + 1], /^Onboarding\s*review 36 days overdue$/);
    assert.match(texts[at('My pages to review') + 2], /^Incident response\s*review due in 8 days$/);
    assert.match(texts[at('Without an owner') + 1], /^Code review/);
    assert.ok(at('@chen') > at('Overdue'), texts.join(' | '));
    assert.match(texts[at('@chen') + 1], /^Security and secrets\s*review 41 days overdue$/);
    await page.mouse.move(800, 700);
    const file = await wb.shot('13-handbook-view.png');
    assert.ok(fs.statSync(file).size > 10000);
  });

  it('shows who owns an open page and when its review is due, and Mark Reviewed moves the date', async () => {
    const { page } = wb;
    await page.locator('.monaco-list-row', { hasText: 'Onboarding' }).first().click();
    await page.locator('.tab.active', { hasText: 'onboarding.md' }).first().waitFor({ timeout: 15000 });
    const lens = page.locator('.codelens-decoration').first();
    await lens.waitFor({ timeout: 30000 });
    assert.equal(
      (await lens.innerText()).replace(/\s+/g, ' ').trim(),
      '@alice owns this page · reviewed 20 Apr 2026 · review 36 days overdue | Mark Reviewed | Set Owner…',
    );
    const owner = page.locator('.statusbar-item', { hasText: 'Owner: @alice' }).first();
    await owner.waitFor({ timeout: 15000 });
    const file = await wb.shot('14-page-lens-and-owner.png');
    assert.ok(fs.statSync(file).size > 10000);

    await page.locator('.codelens-decoration a', { hasText: 'Mark Reviewed' }).first().click();
    await page
      .locator('.codelens-decoration', { hasText: 'reviewed 25 Nov 2026 · review due in 181 days' })
      .first()
      .waitFor({ timeout: 30000 });
    await page.locator('.view-lines', { hasText: 'last-reviewed: 2026-11-25' }).first().waitFor({ timeout: 15000 });
    await wb.shot('15-page-marked-reviewed.png');
  });
});
