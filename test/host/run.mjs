// `npm run test:host`: the extension-host integration tests and the UI checks in a real VS Code
// (code-server), then the web tests in VS Code's web worker extension host (web.mjs), all
// installed by setup.sh. Each layer prints its mocha summary; the exit code is 0 only when all pass.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { freePort, ROOT, runExtensionTests, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { makeDemoRepo, SAMPLE_NOW } from './demoRepo.mjs';
import { runFrench } from './french.mjs';
import { runWeb } from './web.mjs';

const FIXTURES = path.join(ROOT, 'test/fixtures');
const SAMPLE = path.join(FIXTURES, 'sample-repo');
const WORK = path.join(ROOT, '.vscode-test');
const TIMEOUT_S = Number(process.env.ASYNC_WORK_TEST_TIMEOUT || 600);

const setup = spawnSync('bash', [path.join(ROOT, 'test/host/setup.sh')], { stdio: 'inherit' });
if (setup.status !== 0) process.exit(setup.status ?? 1);

/**
 * A fresh copy of the integration workspace, so tests may edit it: a multi-root workspace with the
 * sample repository first and the platform team's adr-tools repository second.
 */
function freshWorkspace(name) {
  const dir = path.join(WORK, 'workspaces', name);
  rmSync(dir, { recursive: true, force: true });
  for (const part of ['sample-repo', 'platform-repo', 'integration.code-workspace']) {
    cpSync(path.join(FIXTURES, part), path.join(dir, part), { recursive: true });
  }
  return path.join(dir, 'integration.code-workspace');
}

/** Loads the workbench with the integration tests and waits for the suite's exit code. */
function runIntegration(server) {
  const url = workbenchUrl(server, {
    workspace: freshWorkspace('integration'),
    extensionPath: ROOT,
    testsPath: path.join(ROOT, 'out/test/integration/index.js'),
  });
  return runExtensionTests(url, { timeoutS: TIMEOUT_S });
}

const shots = path.join(WORK, 'screenshots');

function runUi(server) {
  // Screenshots of an earlier run would pass for this one's.
  rmSync(shots, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/mocha/bin/mocha.js'), '--config', path.join(ROOT, '.mocharc.e2e.json')],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        ASYNC_WORK_SERVER_URL: server.url,
        ASYNC_WORK_SERVER_AUTHORITY: server.authority,
        // The UI checks pin the extension's clock at the sample's moment (see test/e2e/workbench.ts), so
        // their copy is the sample as written, whatever the real date.
        ASYNC_WORK_WORKSPACE: makeDemoRepo(SAMPLE, path.join(WORK, 'workspaces', 'ui'), SAMPLE_NOW).folder,
        ASYNC_WORK_SHOTS: shots,
      },
    },
  );
  return result.status ?? 1;
}

const port = await freePort(Number(process.env.PORT || 8123));
const server = await startCodeServer({ port, runDir: path.join(WORK, `run-${port}`) });
let failed = false;
try {
  console.log('\nExtension-host integration tests (VS Code server, real extension host)');
  failed = (await runIntegration(server)) !== 0 || failed;
  console.log('\nUI checks (workbench in headless chromium)');
  failed = runUi(server) !== 0 || failed;
} finally {
  await server.stop();
}
console.log('\nThe extension host in French (VS Code server started with --locale fr)');
failed = (await runFrench({ shots })) !== 0 || failed;
console.log('\nWeb worker extension host tests (VS Code 1.91 web build, as on vscode.dev and github.dev)');
failed = (await runWeb({ shots })) !== 0 || failed;
console.log(failed ? '\ntest:host FAILED' : '\ntest:host passed');
process.exit(failed ? 1 : 0);
