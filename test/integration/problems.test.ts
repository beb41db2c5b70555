import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, SETTINGS } from '../../src/constants';
import type { AsyncWorkApi } from '../../src/extension';
import { activated, closeAll, fileUri, SAMPLE_NOW, tooltipOf, when } from './helpers';

// None is opened by the tests that run before these. An editor's document may stay open for a while
// after the editor closes (and keep its problems as you type): each test that needs a record
// without an editor takes one no test has opened.
const VENDOR = 'docs/requests/2026-11-22-vendor-contract.md';
const FLAKY = 'docs/requests/2026-11-24-flaky-tests.md';
const STAGING = 'docs/requests/2026-11-23-staging-db-access.md';
const NEWEST = 'docs/requests/2026-11-25-newest-without-owner.md';

/** The codes of the Async Work problems of a file of the test workspace. */
function codes(rel: string): string[] {
  return vscode.languages
    .getDiagnostics(fileUri(rel))
    .filter((d) => d.source === DIAGNOSTIC_SOURCE)
    .map((d) => String(d.code));
}

function isOpen(rel: string): boolean {
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === fileUri(rel).toString());
}

describe('problems in the Problems panel', () => {
  let api: AsyncWorkApi;
  const settings = () => vscode.workspace.getConfiguration(SETTINGS.section);

  before(async () => {
    api = await activated();
    api.clock.pin(SAMPLE_NOW);
  });

  afterEach(closeAll);

  it('shows the problems of a record that was never opened, from its saved text', async () => {
    assert.equal(isOpen(VENDOR), false);
    await when(vscode.languages.onDidChangeDiagnostics, () => codes(VENDOR).includes('multiple-owners'));
    assert.ok(codes(VENDOR).includes('reply-by-too-soon'), codes(VENDOR).join(', '));
    const messages = vscode.languages.getDiagnostics(fileUri(VENDOR)).map((d) => d.message);
    assert.ok(
      messages.includes('Shared ownership is not ownership: @bruno and @chen are both named as owner; keep one.'),
      messages.join('\n'),
    );
  });

  it('keeps them when the preview tab is replaced and when the editor is closed', async () => {
    await vscode.window.showTextDocument(fileUri(VENDOR), { preview: true });
    await when(vscode.languages.onDidChangeDiagnostics, () => codes(VENDOR).includes('multiple-owners'));
    await vscode.window.showTextDocument(fileUri('docs/adr/0002-use-postgresql.md'), { preview: true });
    assert.ok(codes(VENDOR).includes('multiple-owners'), codes(VENDOR).join(', '));
    await closeAll();
    assert.ok(codes(VENDOR).includes('multiple-owners'), codes(VENDOR).join(', '));
  });

  it('names the failed checks in the tooltip score', () => {
    const team = api.views.requests.getChildren().find((n) => n.kind === 'group' && n.group.label === 'Team');
    const row =
      team && api.views.requests.getChildren(team).find((n) => n.kind === 'row' && n.row.label === 'Renew the monitoring vendor contract');
    assert.ok(row, 'the vendor contract is in the Team group');
    const text = tooltipOf(api.views.requests, row)
      .value.replace(/&nbsp;/g, ' ')
      .replace(/\\/g, '');
    assert.match(text, /Completeness:\*\* 7\/10 checks passed \(70%\) — failed: owner, reply-by, on time/);
  });

  it('with asyncWork.problems.maxRecords at 0, shows only the problems of open editors', async () => {
    assert.equal(isOpen(FLAKY), false);
    await when(vscode.languages.onDidChangeDiagnostics, () => codes(FLAKY).includes('missing-owner'));
    await settings().update(SETTINGS.problemsMaxRecords, 0, vscode.ConfigurationTarget.Global);
    try {
      await when(vscode.languages.onDidChangeDiagnostics, () => codes(FLAKY).length === 0);
      await vscode.window.showTextDocument(fileUri(FLAKY));
      await when(vscode.languages.onDidChangeDiagnostics, () => codes(FLAKY).includes('missing-owner'));
    } finally {
      await closeAll();
      await settings().update(SETTINGS.problemsMaxRecords, undefined, vscode.ConfigurationTarget.Global);
    }
    await when(vscode.languages.onDidChangeDiagnostics, () => codes(FLAKY).includes('missing-owner'));
  });

  it('under the cap, shows the records modified last', async () => {
    assert.equal(isOpen(STAGING), false);
    const text = '---\ntype: request\ntitle: Newest, without an owner\nstatus: open\ncreated: 2026-11-25T09:00:00Z\n---\n';
    await vscode.workspace.fs.writeFile(fileUri(NEWEST), new TextEncoder().encode(text));
    try {
      await when(api.store.onDidChange, () => api.store.records().some((s) => s.record.path === NEWEST));
      await settings().update(SETTINGS.problemsMaxRecords, 1, vscode.ConfigurationTarget.Global);
      await when(vscode.languages.onDidChangeDiagnostics, () => codes(NEWEST).includes('missing-owner') && codes(STAGING).length === 0);
    } finally {
      await settings().update(SETTINGS.problemsMaxRecords, undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace.fs.delete(fileUri(NEWEST));
      await when(api.store.onDidChange, () => !api.store.records().some((s) => s.record.path === NEWEST));
    }
    await when(vscode.languages.onDidChangeDiagnostics, () => codes(NEWEST).length === 0 && codes(STAGING).includes('overdue'));
  });
});
