// The web layer of `npm test`: the extension in VS Code's web worker extension host, as on
// vscode.dev and github.dev. @vscode/test-web serves the VS Code 1.91 web build that setup.sh
// installed from npm (found where test-web keeps downloaded builds, so nothing is downloaded) and
// a copy of the sample repository as a virtual file system; Debian's chromium, driven by
// playwright-core, loads it. Prints the web tests' mocha summary; during the last test it checks
// the sidebar in the page and takes its screenshot.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { freePort, HOST_DIR, ROOT, runExtensionTests } from './codeServer.mjs';

const WEB_DIR = path.join(HOST_DIR, 'web');
const SAMPLE_NOW = '2026-11-25T12:00:00Z';
const TIMEOUT_S = Number(process.env.ASYNC_WORK_TEST_TIMEOUT || 600);

/** What the command line lists for `folder` at the sample's moment: the tests compare the views with it. */
function cliList(folder, ...args) {
  const out = spawnSync(
    process.execPath,
    [path.join(ROOT, 'dist/cli.js'), 'list', folder, '--format', 'json', '--now', SAMPLE_NOW, ...args],
    {
      encoding: 'utf8',
    },
  );
  if (out.status !== 0) throw new Error(`async-work list failed: ${out.stderr}`);
  return JSON.parse(out.stdout).map(({ path: p, type, title, status, problems }) => ({ path: p, type, title, status, problems }));
}

/** The web tests as one browser bundle, with mocha's browser build and an assert for the worker. */
async function bundleTests(folder, github) {
  const outfile = path.join(ROOT, 'out/test/web-bundle/index.js');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test/web/index.ts')],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    define: {
      CLI_RECORDS: JSON.stringify(cliList(folder)),
      CLI_PAGES: JSON.stringify(cliList(folder, '--type', 'page')),
      FAKE_GITHUB: JSON.stringify({ url: github.url, token: github.data.token }),
    },
    plugins: [
      {
        name: 'worker-assert',
        setup(b) {
          b.onResolve({ filter: /^node:assert\/strict$/ }, () => ({ path: path.join(ROOT, 'test/web/assert.ts') }));
        },
      },
    ],
  });
  return outfile;
}

/** The last web test shows this message and waits for the answer (test/web/browser.test.ts). */
const SIDEBAR_READY = 'Web test: the Async Work sidebar is ready to be checked.';

/**
 * Answers a test that opened the sidebar, printed `message` and then showed it as a notification
 * with the buttons Checked and Failed (the extension host stops with the tests, so this happens
 * while they run): checks that the sidebar's rows hold `texts`, saves the screenshot as `file` in
 * `shots`, and clicks the answer, which the test asserts. A headless workbench does not always
 * raise the toast; the notification centre lists the message then.
 */
export async function answerSidebarCheck(page, logged, { message, texts, shots, file }) {
  await logged(message);
  const toast = page.locator('.notification-toast', { hasText: message }).first();
  const listed = page.locator('.notifications-center .notification-list-item', { hasText: message }).first();
  let notification = toast;
  if (
    !(await toast.waitFor({ timeout: 5000 }).then(
      () => true,
      () => false,
    ))
  ) {
    await page.locator('[id="status.notifications"]').first().click();
    await listed.waitFor({ timeout: 30000 });
    notification = listed;
  }
  const sidebar = page.locator('.part.sidebar');
  let answer = 'Checked';
  try {
    for (const text of texts) await sidebar.locator('.monaco-list-row', { hasText: text }).first().waitFor({ timeout: 30000 });
    console.log(`  the workbench shows the Async Work sidebar with ${texts.map((t) => `"${t}"`).join(', ')}`);
  } catch (e) {
    console.log(`  the sidebar check failed: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
    answer = 'Failed';
  }
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, file) });
  console.log(`  screenshot ${path.relative(ROOT, path.join(shots, file))}`);
  await notification.locator('.monaco-button', { hasText: answer }).first().click();
}

/** Runs the web layer; resolves to its exit code. */
export async function runWeb({ shots }) {
  const folder = path.join(ROOT, '.vscode-test/workspaces/web');
  rmSync(folder, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'test/fixtures/sample-repo'), folder, { recursive: true });
  // The fake GitHub of the integration tests (compiled by `npm run compile-tests`).
  const { FakeGithub, sampleInbox } = createRequire(import.meta.url)(path.join(ROOT, 'out/test/support/fakeGithub.js'));
  const github = await FakeGithub.start(sampleInbox(new Date(SAMPLE_NOW)));
  const testsPath = await bundleTests(folder, github);

  const require = createRequire(path.join(WEB_DIR, 'package.json'));
  const testWeb = require('@vscode/test-web');
  const commit = readFileSync(path.join(ROOT, 'test/host/setup.sh'), 'utf8').match(/^VSCODE_WEB_COMMIT=([0-9a-f]{40})$/m)[1];
  const port = await freePort(Number(process.env.WEB_PORT || 3100));
  const server = await testWeb.open({
    browserType: 'none',
    quality: 'stable',
    commit,
    testRunnerDataDir: path.join(WEB_DIR, 'builds'),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: testsPath,
    folderPath: folder,
    host: '127.0.0.1',
    port,
  });
  try {
    return await runExtensionTests(`http://127.0.0.1:${port}/`, {
      timeoutS: TIMEOUT_S,
      // A failure of the check fails the test that waits for it, which the summary shows.
      onPage: (page, logged) =>
        answerSidebarCheck(page, logged, {
          message: SIDEBAR_READY,
          texts: ['Needs my reply', 'Read access to the staging database', 'Ready to decide', 'Retire the legacy queue'],
          shots,
          file: '16-web-sidebar.png',
        }),
    });
  } finally {
    server.dispose();
    await github.close();
  }
}
