import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FakeGithub, sampleInbox } from '../support/fakeGithub';
import { openAsyncWork, openWorkbench, SAMPLE_NOW, workspaceFolder, type Workbench } from './workbench';

describe('the GitHub group in the workbench (fake GitHub on 127.0.0.1)', function () {
  let wb: Workbench;
  let fake: FakeGithub;

  before(async () => {
    // GitHub's times are counted back from the moment the extension's clock stands at.
    fake = await FakeGithub.start(sampleInbox(SAMPLE_NOW));
    fake.now = () => SAMPLE_NOW;
    // The workspace is a clone of acme/shop, so that is where GitHub is searched.
    const folder = workspaceFolder();
    if (!fs.existsSync(path.join(folder, '.git'))) {
      execFileSync('git', ['init', '-q'], { cwd: folder });
      execFileSync('git', ['remote', 'add', 'origin', 'https://github.com/acme/shop.git'], { cwd: folder });
      // Committed, so the rows carry no "untracked" decorations.
      execFileSync('git', ['add', '-A'], { cwd: folder });
      execFileSync('git', ['-c', 'user.name=Alice Martin', '-c', 'user.email=alice@example.com', 'commit', '-qm', 'Sample repository'], {
        cwd: folder,
      });
    }
    // The extension host cannot be handed a session from here: the test switch of an extension under development.
    wb = await openWorkbench({ ASYNC_WORK_TEST_GITHUB: JSON.stringify({ baseUrl: fake.url, token: fake.data.token, login: 'alice' }) });
  });
  after(async () => {
    await wb?.close();
    await fake?.close();
  });

  it('shows review requests, assignments, mentions and labelled issues with reply clocks', async () => {
    const { page } = wb;
    await openAsyncWork(page);
    // The view is visible and the window focused: the first poll goes out by itself.
    await page.locator('.monaco-list-row', { hasText: 'Checkout fails for Swiss addresses' }).first().waitFor({ timeout: 60000 });
    await page
      .locator('.monaco-list-row', { hasText: /^GitHub/ })
      .first()
      .waitFor({ timeout: 10000 });
    // The repository's own requests are there too (indexing may finish after the first poll).
    await page.locator('.monaco-list-row', { hasText: 'Read access to the staging database' }).first().waitFor({ timeout: 60000 });
    assert.ok(fake.requests >= 1);
    // Collapse the decisions and widen the sidebar so the rows and their reply clocks fit.
    await page.locator('.pane-header', { hasText: 'Decisions' }).first().click();
    const sidebar = await page.locator('.part.sidebar').first().boundingBox();
    if (sidebar) {
      const edge = sidebar.x + sidebar.width;
      const sashes = await page
        .locator('.monaco-sash.vertical')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => r.x + r.width / 2));
      const x = sashes.sort((a, b) => Math.abs(a - edge) - Math.abs(b - edge))[0] ?? edge;
      await page.mouse.move(x, 600);
      await page.mouse.down();
      await page.mouse.move(x + 300, 600, { steps: 10 });
      await page.mouse.up();
    }
    await page.mouse.move(900, 700);
    await page.keyboard.press('Escape');
    await page
      .locator('.workbench-hover-container')
      .first()
      .waitFor({ state: 'hidden', timeout: 10000 })
      .catch(() => undefined);
    const file = await wb.shot('04-requests-view-github.png');
    assert.ok(fs.statSync(file).size > 10000);
    // Each kind of GitHub item, with its reply clock on the team's reply-within.
    const expected: [string, RegExp][] = [
      ['Add rate limiting to the public API', /\d+[mhd] overdue · review requested · acme\/shop#101/],
      ['Move checkout to the new payment client', /reply in \d+[mhd] · review requested from /],
      ['Checkout fails for Swiss addresses', /reply in \d+[mhd] · assigned · acme\/shop#87/],
      ['Flaky login test on Safari', /reply in \d+[mhd] · mentioned · acme\/shop#93/],
      ['Decide the retention period for logs', /reply in \d+[mhd] · labelled as request · acme\/shop#90/],
    ];
    for (const [title, clock] of expected) {
      assert.match(await page.locator('.monaco-list-row', { hasText: title }).first().innerText(), clock, title);
    }
  });
});
