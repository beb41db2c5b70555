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
    await page
      .locator('.monaco-hover')
      .first()
      .waitFor({ state: 'hidden', timeout: 10000 })
      .catch(() => undefined);
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

  it('opens the Getting Started walkthrough, with its steps and the page of the selected one', async () => {
    const { page } = wb;
    await runFromPalette(page, 'Welcome: Open Walkthrough...');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with Async Work' }).first().click();
    const container = page.locator('.gettingStartedContainer').first();
    await container.locator('.getting-started-step', { hasText: 'Ask completely, once' }).first().waitFor({ timeout: 30000 });
    for (const title of [
      'See what waits on you',
      'Say who you are',
      'Decide in writing',
      'Protect deep work',
      'Bring in GitHub',
      'Check asks in CI',
    ]) {
      assert.equal(await container.locator('.getting-started-step', { hasText: title }).count(), 1, title);
    }
    await container.locator('.getting-started-step', { hasText: 'Ask completely, once' }).first().click();
    // The step's Markdown page renders in a webview beside the steps.
    const media = page.frameLocator('.getting-started-media iframe').frameLocator('iframe').first();
    await media.locator('h1', { hasText: 'A complete ask, once' }).waitFor({ timeout: 30000 });
    const file = await wb.shot('07-walkthrough.png');
    assert.ok(fs.statSync(file).size > 10000);
  });

  it('marks a walkthrough step complete when the user does what it asks', async () => {
    const { page } = wb;
    const container = page.locator('.gettingStartedContainer').first();
    // Protect deep work: not done yet, so the check below can only pass by what the user does.
    const step = container.locator('.getting-started-step', { hasText: 'Protect deep work' }).first();
    await step.waitFor({ timeout: 30000 });
    // VS Code gives a completed step's checkbox the class `complete` and a checked icon.
    const done = step.locator('.complete');
    assert.equal(await done.count(), 0, 'the focus step is not complete before a block starts');
    const focus = page
      .locator('.statusbar-item', { has: page.locator('.codicon-target') })
      .filter({ hasText: 'Focus' })
      .first();
    await focus.click();
    await done
      .first()
      .waitFor({ timeout: 30000 })
      .catch(async (error: unknown) => {
        await wb.shot('08-walkthrough-step-not-completed.png');
        throw error;
      });
    await step.hover();
    const file = await wb.shot('08-walkthrough-step-completed.png');
    assert.ok(fs.statSync(file).size > 10000);
    // End the block the step started.
    await page
      .locator('.statusbar-item', { has: page.locator('.codicon-bell-slash') })
      .first()
      .click();
    await focus.waitFor({ timeout: 30000 });
  });
});
