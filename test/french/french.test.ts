// The extension host started in French (code-server --locale fr with a language pack that declares
// French; see test/host/french.mjs): VS Code gives the extension its French bundle, and the views,
// the status bar and the problems speak French, with problem codes in English.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, EXTENSION_ID } from '../../src/constants';
import type { AsyncWorkApi } from '../../src/extension';
import { activated, fileUri, SAMPLE_NOW, treeLabels, when } from '../integration/helpers';

/** The message the runner waits for before it checks the sidebar and takes its screenshot. */
const SIDEBAR_READY = 'French test: the Async Work sidebar is ready to be checked.';

describe('Async Work in French', () => {
  let api: AsyncWorkApi;
  let french: Record<string, string>;
  /** The French of an English message, from the bundle the extension ships. */
  const fr = (english: string) => {
    assert.ok(french[english], `no French for "${english}"`);
    return french[english];
  };

  before(async () => {
    api = await activated();
    api.clock.pin(SAMPLE_NOW);
    for (const view of Object.values(api.views)) view.refresh();
    const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
    french = JSON.parse(fs.readFileSync(path.join(root, 'l10n/bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;
  });

  it('is started in French: VS Code says fr to the extension host', () => {
    assert.equal(vscode.env.language, 'fr');
  });

  it('labels the Requests and Decisions groups in French', () => {
    const groups = (labels: string[]) => labels.filter((l) => !l.includes('/'));
    assert.deepEqual(
      groups(treeLabels(api.views.requests)),
      ['Overdue', 'Needs my reply', 'Waiting on others', 'My action items', 'Upcoming meetings', 'Team'].map(fr),
    );
    assert.deepEqual(groups(treeLabels(api.views.requests)).slice(0, 2), ['En retard', 'À moi de répondre']);
    const decisions = groups(treeLabels(api.views.decisions));
    for (const label of ['Open for comments', 'Ready to decide']) assert.ok(decisions.includes(fr(label)), decisions.join('\n'));
  });

  it('tells reply clocks and dates in French', () => {
    const rows = api.views.requests.getChildren().flatMap((g) => api.views.requests.getChildren(g));
    const descriptions = rows.map((r) => String(api.views.requests.getTreeItem(r).description ?? ''));
    assert.ok(
      descriptions.some((d) => /réponse dans 3 h/.test(d)),
      descriptions.join('\n'),
    );
    assert.ok(
      descriptions.some((d) => /\b(lun|mar|mer|jeu|ven|sam|dim)\.\s/.test(d) || /\bnov\./.test(d)),
      descriptions.join('\n'),
    );
  });

  it('says problems in French, with their codes in English', async () => {
    const uri = fileUri('docs/requests/2026-11-24-flaky-tests.md');
    const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    await when(vscode.languages.onDidChangeDiagnostics, () => ours().length > 0);
    const owner = ours().find((d) => d.code === 'missing-owner');
    assert.ok(
      owner,
      ours()
        .map((d) => d.code)
        .join(', '),
    );
    assert.equal(owner.message, fr('This request has no owner; name exactly one person in "owner".'));
    assert.ok(
      ours().every((d) => /^[a-z]+(-[a-z]+)*$/.test(String(d.code))),
      'problem codes stay English identifiers',
    );
  });

  it('puts the Focus item in the status bar in French', () => {
    assert.equal(api.focus.statusBarItem.text, fr('$(target) Focus'));
    assert.match(String(api.focus.statusBarItem.tooltip), /^Cliquez pour démarrer un bloc de concentration de 50 minutes\./m);
  });

  it('shows the sidebar in French (the runner checks it and takes its screenshot)', async function () {
    this.timeout(180000);
    await vscode.commands.executeCommand('workbench.view.extension.asyncWork');
    console.log(`      ${SIDEBAR_READY}`);
    const answer = await vscode.window.showInformationMessage(SIDEBAR_READY, 'Checked', 'Failed');
    assert.equal(answer, 'Checked', 'the runner did not find the sidebar in French (see its output)');
  });
});
