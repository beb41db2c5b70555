// `npm start`: opens VS Code with Async Work on a demo copy of the sample repository. Desktop VS
// Code (`code`) when it is on PATH; otherwise the test host's VS Code in the browser, on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { freePort, ROOT, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { makeDemoRepo } from './demoRepo.mjs';

const { folder: demo, now } = makeDemoRepo(path.join(ROOT, 'test/fixtures/sample-repo'), path.join(ROOT, '.vscode-test/demo-repo'));
// The sample's states hold from the sample's moment of this week on: the clock starts there and runs.
const env = { ASYNC_WORK_DEMO_NOW: now.toISOString() };
const hasCode = spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;

if (hasCode) {
  spawn('code', ['--new-window', `--extensionDevelopmentPath=${ROOT}`, demo], {
    stdio: 'inherit',
    detached: true,
    env: { ...process.env, ...env },
  }).unref();
  console.log(`Opened VS Code with Async Work on ${demo}`);
} else {
  const setup = spawnSync('bash', [path.join(ROOT, 'test/host/setup.sh')], { stdio: 'inherit' });
  if (setup.status !== 0) process.exit(setup.status ?? 1);
  const port = await freePort(Number(process.env.PORT || 8080));
  const server = await startCodeServer({ port, runDir: path.join(ROOT, `.vscode-test/start-${port}`) });
  console.log('\nAsync Work is running in VS Code for the browser. Open:\n');
  console.log(`  ${workbenchUrl(server, { folder: demo, extensionPath: ROOT, env })}\n`);
  console.log('Press Ctrl+C to stop.');
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
