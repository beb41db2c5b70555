// `npm run package`: builds the .vsix, prints its size, installs it into the test host's VS Code
// with --install-extension, and checks that the installed extension activates there.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, freePort, freshRunDir, installExtension, ROOT, startCodeServer } from './codeServer.mjs';

const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const vsix = path.join(ROOT, `${name}-${version}.vsix`);
const vsce = spawnSync(
  process.execPath,
  [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', vsix],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);
if (vsce.status !== 0) process.exit(vsce.status ?? 1);
console.log(`\n${path.basename(vsix)}: ${(statSync(vsix).size / 1024).toFixed(1)} KB`);

const setup = spawnSync('bash', [path.join(ROOT, 'test/host/setup.sh')], { stdio: 'inherit' });
if (setup.status !== 0) process.exit(setup.status ?? 1);

const port = await freePort(Number(process.env.PORT || 8150));
const runDir = freshRunDir(path.join(ROOT, `.vscode-test/package-${port}`));
console.log(installExtension(runDir, vsix));
const workspace = path.join(ROOT, '.vscode-test/workspaces/package');
rmSync(workspace, { recursive: true, force: true });
cpSync(path.join(ROOT, 'test/fixtures/sample-repo'), workspace, { recursive: true });

const server = await startCodeServer({ port, runDir, fresh: false });
const profile = mkdtempSync(path.join(os.tmpdir(), 'async-work-package-'));
const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
let ok = false;
try {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.activitybar [aria-label^="Async Work"]').first().click({ timeout: 90000 });
  await page.locator('.monaco-list-row', { hasText: 'Adopt trunk-based development' }).first().waitFor({ timeout: 60000 });
  await page.locator('.monaco-list-row', { hasText: 'Read access to the staging database' }).first().waitFor({ timeout: 60000 });
  ok = true;
  console.log('The installed .vsix activates in VS Code and lists the sample records.');
} catch (e) {
  console.error(`The installed .vsix did not show the sample records: ${e instanceof Error ? e.message : e}`);
} finally {
  await ctx.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
  await server.stop();
}
process.exit(ok ? 0 : 1);
