// `npm run test:electron`: the integration suite in desktop VS Code through @vscode/test-electron,
// for contributors with a display and internet access (it downloads VS Code).
import { cpSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  const workspace = path.join(root, '.vscode-test/workspaces/electron');
  rmSync(workspace, { recursive: true, force: true });
  cpSync(path.join(root, 'test/fixtures/sample-repo'), workspace, { recursive: true });
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
