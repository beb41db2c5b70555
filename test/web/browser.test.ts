// The extension in VS Code's web worker extension host (as on vscode.dev and github.dev), on a copy
// of the sample repository served as a virtual file system. What the command line lists for the
// same copy at the same moment is built into this bundle (test/host/web.mjs), so the views are
// checked against it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, DIAGNOSTIC_SOURCE, EXTENSION_ID, SETTINGS } from '../../src/constants';
import type { AsyncWorkApi } from '../../src/extension';
import { activated, assertCommandsRegistered, closeAll, decisionRow, fileUri, SAMPLE_NOW, treeLabels, when } from '../integration/helpers';

interface CliRow {
  path: string;
  type: string;
  title: string;
  status: string | null;
  problems: string[];
}
declare const CLI_RECORDS: CliRow[];
declare const CLI_PAGES: CliRow[];
/** A fake GitHub on 127.0.0.1 started by the runner (test/support/fakeGithub.ts), with its token. */
declare const FAKE_GITHUB: { url: string; token: string };

const QUEUE = 'docs/adr/0007-retire-the-legacy-queue.md';
/** The message the runner (test/host/web.mjs) waits for. */
const SIDEBAR_READY = 'Web test: the Async Work sidebar is ready to be checked.';

const read = async (rel: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri(rel)));

/** The problem codes of a file's diagnostics, each once (as the command line's JSON lists them). */
function codesOf(uri: vscode.Uri): string[] {
  const codes = vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === DIAGNOSTIC_SOURCE)
    .map((d) => String(d.code));
  return [...new Set(codes)].sort();
}

describe('Async Work in the web worker host', () => {
  let api: AsyncWorkApi;

  before(async () => {
    api = await activated();
    api.clock.pin(SAMPLE_NOW);
    // Indexed again on the pinned clock, so the diagnostics are those of the sample's moment too.
    await api.store.refresh();
    for (const view of Object.values(api.views)) view.refresh();
  });

  afterEach(closeAll);

  it('activates without Node, on a folder of a virtual file system', () => {
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'a web worker has no process');
    assert.equal(typeof (globalThis as { setImmediate?: unknown }).setImmediate, 'undefined', 'nor setImmediate');
    const folder = vscode.workspace.workspaceFolders![0];
    assert.notEqual(folder.uri.scheme, 'file');
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    // Reported, not asserted: timings are checked by `npm run bench`, never by tests.
    console.log(`      activate() returned in ${api.activationMs.toFixed(1)} ms; folder ${folder.uri.scheme}:`);
  });

  it('indexes the records and pages the command line lists, read through workspace.fs', () => {
    const indexed = api.store
      .records()
      .map((s) => `${s.record.type} ${s.record.path}`)
      .sort();
    const listed = [...CLI_RECORDS, ...CLI_PAGES.map((p) => ({ ...p, type: 'page' }))].map((r) => `${r.type} ${r.path}`).sort();
    assert.ok(listed.length >= 29, `the command line lists ${listed.length} records and pages`);
    assert.deepEqual(indexed, listed);
  });

  it('shows them in the three views: every decision, every open request, every page', () => {
    const decisions = treeLabels(api.views.decisions);
    const requests = treeLabels(api.views.requests);
    const handbook = treeLabels(api.views.handbook);
    for (const r of CLI_RECORDS.filter((r) => r.type === 'decision'))
      assert.ok(
        decisions.some((l) => l.endsWith(`/${r.title}`)),
        `${r.title} is not in the Decisions view:\n${decisions.join('\n')}`,
      );
    for (const r of CLI_RECORDS.filter((r) => r.type === 'request' && r.status === 'open'))
      assert.ok(
        requests.some((l) => l.endsWith(`/${r.title}`)),
        `${r.title} is not in the Requests view:\n${requests.join('\n')}`,
      );
    for (const p of CLI_PAGES)
      assert.ok(
        handbook.some((l) => l.endsWith(`/${p.title}`)),
        `${p.title} is not in the Handbook view:\n${handbook.join('\n')}`,
      );
    assert.ok(requests.includes('Overdue/Read access to the staging database'), requests.join('\n'));
    assert.ok(!requests.some((l) => l.endsWith('/Cloud budget for Q1')), 'a done request is not listed as open');
  });

  it('reports the problems the command line reports, as diagnostics', async () => {
    const all = [...CLI_RECORDS, ...CLI_PAGES];
    const withProblems = all.filter((r) => r.problems.length > 0);
    assert.ok(withProblems.length >= 5 && withProblems.length < all.length);
    await when(vscode.languages.onDidChangeDiagnostics, () => withProblems.every((r) => codesOf(fileUri(r.path)).length > 0));
    // Every record and page: those without problems have no diagnostics either.
    for (const r of all) assert.deepEqual(codesOf(fileUri(r.path)), [...r.problems].sort(), r.path);
  });

  it('registers every contributed command', async () => {
    await assertCommandsRegistered(api);
  });

  it('New Request writes the file through workspace.fs and the Requests view shows it', async () => {
    const uri = (await vscode.commands.executeCommand(COMMANDS.newRequest, {
      workspaceFolder: vscode.workspace.workspaceFolders![0].name,
      title: 'Rotate the API keys',
      owner: 'bruno',
      deadline: '2026-12-04',
    })) as vscode.Uri;
    assert.ok(uri.path.endsWith('/docs/requests/2026-11-25-rotate-the-api-keys.md'), uri.path);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(text, /^owner: bruno$/m);
    assert.match(text, /^requester: alice$/m);
    assert.match(text, /^reply-by: 2026-11-26T09:00:00-03:00$/m);
    await when(api.store.onDidChange, () => api.store.records().some((s) => s.uri.toString() === uri.toString()));
    api.views.requests.refresh();
    assert.ok(treeLabels(api.views.requests).includes('Waiting on others/Rotate the API keys'));
    await closeAll();
    await vscode.workspace.fs.delete(uri);
    await when(api.store.onDidChange, () => !api.store.records().some((s) => s.uri.toString() === uri.toString()));
  });

  it('Accept edits the decision, and undo brings it back', async () => {
    const saved = await read(QUEUE);
    const editor = await vscode.window.showTextDocument(fileUri(QUEUE));
    assert.equal(
      await vscode.commands.executeCommand(COMMANDS.acceptDecision, decisionRow(api, 'Ready to decide', 'Retire the legacy queue')),
      true,
    );
    assert.match(editor.document.getText(), /## Status\n\nAccepted\n/);
    await when(api.store.onDidChange, () => api.store.records().find((s) => s.record.path === QUEUE)?.record.status === 'accepted');
    api.views.decisions.refresh();
    assert.ok(treeLabels(api.views.decisions).includes('Accepted/Retire the legacy queue'));
    await vscode.commands.executeCommand('undo');
    assert.match(editor.document.getText(), /## Status\n\nProposed\n/);
    await editor.document.save();
    assert.equal(await read(QUEUE), saved);
    await when(api.store.onDidChange, () => api.store.records().find((s) => s.record.path === QUEUE)?.record.status === 'proposed');
    api.views.decisions.refresh();
  });

  it('the Focus item starts and ends a focus block, with Do Not Disturb each time', async () => {
    let toggles = 0;
    const counting = api.doNotDisturb.onDidToggle(() => toggles++);
    try {
      assert.equal(api.focus.statusBarItem.text, '$(target) Focus');
      await vscode.commands.executeCommand(COMMANDS.toggleFocus);
      assert.equal(api.focus.statusBarItem.text, '$(bell-slash) 50m');
      await vscode.commands.executeCommand(COMMANDS.toggleFocus);
      assert.equal(api.focus.statusBarItem.text, '$(target) Focus');
      assert.equal(toggles, 2);
    } finally {
      counting.dispose();
    }
  });

  it('fills the GitHub group through fetch in the worker, everywhere when the folder names no repository', async () => {
    const session = { token: FAKE_GITHUB.token, login: 'alice' };
    const signedIn = { get: async () => session, withUserScope: async () => session, onDidChange: () => ({ dispose() {} }) };
    const signedOut = { get: async () => null, withUserScope: async () => null, onDidChange: () => ({ dispose() {} }) };
    const config = vscode.workspace.getConfiguration(SETTINGS.section);
    await api.connectGithub({ baseUrl: FAKE_GITHUB.url, remoteHost: 'github.com', sessions: signedIn, timeoutMs: 5000, retryBaseMs: 1 });
    try {
      // A test-web folder is on no GitHub: the default scope has nothing to search, and says so.
      await api.github.refresh();
      assert.match(
        api.views.requests.message() ?? '',
        /No repository of this workspace is on GitHub \(set asyncWork\.github\.scope to "all"/,
      );
      await config.update(SETTINGS.githubScope, 'all', vscode.ConfigurationTarget.Global);
      await when(vscode.workspace.onDidChangeConfiguration, () => api.settings.github.scope === 'all');
      await api.github.refresh();
      const labels = treeLabels(api.views.requests);
      for (const label of ['GitHub/Checkout fails for Swiss addresses', 'GitHub/Flaky login test on Safari'])
        assert.ok(labels.includes(label), `${label} in\n${labels.join('\n')}`);
    } finally {
      await config.update(SETTINGS.githubScope, undefined, vscode.ConfigurationTarget.Global);
      await api.connectGithub({ baseUrl: FAKE_GITHUB.url, remoteHost: 'github.com', sessions: signedOut });
      api.views.requests.refresh();
    }
  });

  it('shows the sidebar in the web workbench (the runner checks it and takes its screenshot)', async function () {
    this.timeout(180000);
    for (const view of Object.values(api.views)) view.refresh();
    await vscode.commands.executeCommand('workbench.view.extension.asyncWork');
    // The runner waits for this message, checks the sidebar's rows in the page, takes the
    // screenshot, and answers; the extension host must still be running for that.
    console.log(`      ${SIDEBAR_READY}`);
    const answer = await vscode.window.showInformationMessage(SIDEBAR_READY, 'Checked', 'Failed');
    assert.equal(answer, 'Checked', 'the runner did not find the sidebar as expected (see its output)');
  });
});
