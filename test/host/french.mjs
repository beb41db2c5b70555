// The French layer of `npm test`: the extension host started in French, as a user who set VS Code's
// display language to French has it. code-server takes `--locale fr`, but VS Code only starts in a
// language that a language pack declares, and without one `vscode.env.language` stays `en`. So a
// test language pack that declares French without translating VS Code itself
// (test/fixtures/language-pack-fr) is installed first. VS Code writes the index of language packs
// (languagepacks.json) when a pack is installed from its UI; the server's --install-extension does
// not, so it is written here as VS Code would.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort, freshRunDir, installExtension, ROOT, runExtensionTests, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { answerSidebarCheck } from './web.mjs';

const PACK = path.join(ROOT, 'test/fixtures/language-pack-fr');
const PACK_ID = 'async-work-tests.test-language-pack-fr';
const TIMEOUT_S = Number(process.env.ASYNC_WORK_TEST_TIMEOUT || 600);
/** The message the last French test shows once the sidebar is open (test/french/french.test.ts). */
const SIDEBAR_READY = 'French test: the Async Work sidebar is ready to be checked.';

/** The test language pack, packaged and installed into `runDir`, and listed as VS Code lists packs. */
function installLanguagePack(runDir) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'async-work-language-pack-'));
  try {
    const vsix = path.join(tmp, 'language-pack-fr.vsix');
    const vsce = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', vsix],
      {
        cwd: PACK,
        encoding: 'utf8',
      },
    );
    if (vsce.status !== 0) throw new Error(`packaging the test language pack failed:\n${vsce.stdout}${vsce.stderr}`);
    installExtension(runDir, vsix);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const installed = path.join(runDir, 'extensions', `${PACK_ID}-1.0.0`);
  const packs = {
    fr: {
      hash: 'async-work-tests-fr-1',
      extensions: [{ extensionIdentifier: { id: PACK_ID }, version: '1.0.0' }],
      translations: { vscode: path.join(installed, 'translations/main.i18n.json') },
      label: 'français',
    },
  };
  writeFileSync(path.join(runDir, 'user-data/languagepacks.json'), JSON.stringify(packs));
}

/** Runs the French suite in a VS Code server started in French; resolves to its exit code. */
export async function runFrench({ shots }) {
  const port = await freePort(Number(process.env.FRENCH_PORT || 8300));
  const runDir = freshRunDir(path.join(ROOT, `.vscode-test/french-${port}`));
  installLanguagePack(runDir);
  const folder = path.join(ROOT, '.vscode-test/workspaces/french');
  rmSync(folder, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'test/fixtures/sample-repo'), folder, { recursive: true });
  const server = await startCodeServer({ port, runDir, fresh: false, args: ['--locale', 'fr'] });
  try {
    const url = workbenchUrl(server, { folder, extensionPath: ROOT, testsPath: path.join(ROOT, 'out/test/french/index.js') });
    return await runExtensionTests(url, {
      timeoutS: TIMEOUT_S,
      onPage: (page, logged) =>
        answerSidebarCheck(page, logged, {
          message: SIDEBAR_READY,
          texts: ['En retard', 'À moi de répondre', 'À décider'],
          shots,
          file: '17-french-sidebar.png',
        }),
    });
  } finally {
    await server.stop();
  }
}
