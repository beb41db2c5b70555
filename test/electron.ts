// `npm run test:electron`: the integration suite in desktop VS Code through @vscode/test-electron,
// for contributors with a display and internet access (it downloads VS Code).
import { cpSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  // The same multi-root workspace as the code-server runner: the sample repository, then the platform one.
  const dir = path.join(root, '.vscode-test/workspaces/electron');
  rmSync(dir, { recursive: true, force: true });
  for (const part of ['sample-repo', 'platform-repo', 'integration.code-workspace']) {
    cpSync(path.join(root, 'test/fixtures', part), path.join(dir, part), { recursive: true });
  }
  const workspace = path.join(dir, 'integration.code-workspace');
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/integration/index'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
