import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, DIAGNOSTIC_SOURCE } from '../../src/constants';
import { parseRecord } from '../../src/core/records/parseRecord';
import type { PageRecord } from '../../src/core/records/types';
import type { AsyncWorkApi } from '../../src/extension';
import type { HandbookNode } from '../../src/views/handbookView';
import { activated, closeAll, fileUri, SAMPLE_NOW, tooltipOf, treeLabels, when } from './helpers';

// At 2026-11-25 12:00 UTC, with alice as me: her onboarding page is 36 days overdue (reviewed
// 20 Apr, every 6 months), her incident response page is due in 8 days, Chen's security page
// (GOV.UK keys, every 3 months) is overdue, the code review guide is in a CODEOWNERS area without
// an owner, and local development is shared by alice and bruno on one CODEOWNERS line.
const ONBOARDING = 'handbook/onboarding.md';
const CODE_REVIEW = 'handbook/guides/code-review.md';
const SECURITY = 'handbook/security.md';
const LOCAL = 'handbook/local-development.md';
const RELEASE = 'handbook/release-process.md';

async function read(rel: string, folder = vscode.workspace.workspaceFolders![0]): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, rel)));
}

function pageOf(api: AsyncWorkApi, rel: string) {
  const record = api.store.records().find((s) => s.record.path === rel && s.folder.name === 'sample-repo')?.record;
  return record?.type === 'page' ? record : undefined;
}

function handbookRow(api: AsyncWorkApi, group: string, title: string): HandbookNode | undefined {
  const view = api.views.handbook;
  const top = view.getChildren().find((n) => n.kind === 'group' && n.group.label === group);
  const below = top ? view.getChildren(top).flatMap((n) => (n.kind === 'owner' ? view.getChildren(n) : [n])) : [];
  return below.find((n) => n.kind === 'row' && n.row.record.title === title);
}

function codes(rel: string): string[] {
  return vscode.languages
    .getDiagnostics(fileUri(rel))
    .filter((d) => d.source === DIAGNOSTIC_SOURCE)
    .map((d) => String(d.code));
}

/** Runs `body`, then writes the files back as they were and waits until the store has them again. */
async function restoring(api: AsyncWorkApi, rels: string[], body: () => Promise<void>): Promise<void> {
  const saved = await Promise.all(rels.map((r) => read(r)));
  try {
    await body();
  } finally {
    await closeAll();
    const changed: string[] = [];
    for (const [i, rel] of rels.entries()) {
      if ((await read(rel)) === saved[i]) continue;
      changed.push(rel);
      await vscode.workspace.fs.writeFile(fileUri(rel), new TextEncoder().encode(saved[i]));
    }
    // Every field the tests change, as the saved text has it.
    const fields = (page: { lastReviewed: unknown; owners: unknown } | undefined) => JSON.stringify([page?.lastReviewed, page?.owners]);
    const config = api.store.config(vscode.workspace.workspaceFolders![0]).config;
    const expected = changed.map((rel) => [rel, fields(parseRecord('page', rel, saved[rels.indexOf(rel)], config) as PageRecord)]);
    await when(api.store.onDidChange, () => expected.every(([rel, want]) => fields(pageOf(api, rel)) === want));
  }
}

describe('the Handbook view, the page lens and the owner in the status bar', () => {
  let api: AsyncWorkApi;

  before(async () => {
    api = await activated();
    api.clock.pin(SAMPLE_NOW);
    api.views.handbook.refresh();
  });

  afterEach(closeAll);

  it('groups the pages: mine to review, without an owner, overdue by owner, all by owner; the badge counts my overdue reviews', () => {
    const labels = treeLabels(api.views.handbook).filter((l) => !l.startsWith('All pages/'));
    assert.deepEqual(labels, [
      'My pages to review',
      'My pages to review/Onboarding',
      'My pages to review/Incident response',
      'Without an owner',
      'Without an owner/Code review',
      'Overdue',
      'Overdue/@alice',
      'Overdue/@alice/Onboarding',
      'Overdue/@chen',
      'Overdue/@chen/Security and secrets',
      'Overdue/@dana',
      'Overdue/@dana/Kafka consumer lag',
      'All pages',
    ]);
    const owners = api.views.handbook
      .getChildren(api.views.handbook.getChildren().find((n) => n.kind === 'group' && n.group.id === 'all'))
      .map((n) => (n.kind === 'owner' ? `${n.owner.label} ${n.owner.rows.length}` : ''));
    assert.deepEqual(owners, ['@alice 3', '@alice, @bruno 1', '@bruno 2', '@chen 2', '@dana 1', 'No owner 1']);
    const onboarding = handbookRow(api, 'My pages to review', 'Onboarding')!;
    const item = api.views.handbook.getTreeItem(onboarding);
    assert.equal(item.description, 'review 36 days overdue');
    assert.equal(item.contextValue, 'row:page:overdue:mine');
    assert.equal(
      api.views.handbook.getTreeItem(handbookRow(api, 'My pages to review', 'Incident response')!).description,
      'review due in 8 days',
    );
    assert.deepEqual(api.views.handbook.badge(), { value: 1, tooltip: '1 of your pages overdue or never reviewed' });
    const tooltip = tooltipOf(api.views.handbook, handbookRow(api, 'All pages', 'Release process')!)
      .value.replace(/&nbsp;/g, ' ')
      .replace(/\\/g, '');
    assert.match(tooltip, /Owner:\*\* @bruno \(.github\/CODEOWNERS line 11\)/);
    assert.match(tooltip, /Review by:\*\* 14 Apr 2027 \(review due in 140 days\)/);
  });

  it('shows the problems of pages in the Problems panel, with the owner from CODEOWNERS', async () => {
    await when(vscode.languages.onDidChangeDiagnostics, () => codes(LOCAL).includes('multiple-owners'));
    const shared = vscode.languages.getDiagnostics(fileUri(LOCAL)).find((d) => d.code === 'multiple-owners')!;
    assert.match(shared.message, /\.github\/CODEOWNERS line 13 \(\/handbook\/local-development\.md\) names @alice and @bruno/);
    assert.equal(shared.severity, vscode.DiagnosticSeverity.Warning);
    await when(vscode.languages.onDidChangeDiagnostics, () => codes(CODE_REVIEW).includes('missing-owner'));
    await when(vscode.languages.onDidChangeDiagnostics, () => codes(SECURITY).includes('review-overdue'));
    assert.deepEqual(codes(RELEASE), []);
  });

  it("Mark Reviewed sets last-reviewed to the owner's today in one undoable edit, and the page leaves my reviews", async () => {
    await restoring(api, [ONBOARDING], async () => {
      const editor = await vscode.window.showTextDocument(fileUri(ONBOARDING));
      const before = editor.document.getText();
      assert.equal(await vscode.commands.executeCommand(COMMANDS.markReviewed, handbookRow(api, 'My pages to review', 'Onboarding')), true);
      assert.equal(editor.document.getText(), before.replace('last-reviewed: 2026-04-20', 'last-reviewed: 2026-11-25'));
      assert.equal(editor.document.isDirty, false);
      await when(api.store.onDidChange, () => pageOf(api, ONBOARDING)?.lastReviewed === '2026-11-25');
      api.views.handbook.refresh();
      assert.equal(handbookRow(api, 'My pages to review', 'Onboarding'), undefined);
      assert.equal(api.views.handbook.badge(), undefined);
      // Undo acts on the focused editor.
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), before);
      await editor.document.save();
      await when(api.store.onDidChange, () => pageOf(api, ONBOARDING)?.lastReviewed === '2026-04-20');
    });
  });

  it("Mark Reviewed writes the GOV.UK key a page uses, on its owner's calendar (Shanghai is already on the next day)", async () => {
    await restoring(api, [SECURITY], async () => {
      api.clock.pin(new Date('2026-11-25T17:30:00Z'));
      try {
        assert.equal(await vscode.commands.executeCommand(COMMANDS.markReviewed, fileUri(SECURITY)), true);
      } finally {
        api.clock.pin(SAMPLE_NOW);
      }
      const text = await read(SECURITY);
      assert.match(text, /^last_reviewed_on: 2026-11-26$/m);
      assert.doesNotMatch(text, /last-reviewed/);
    });
  });

  it('refuses to mark a page with unsaved changes reviewed, and keeps the changes', async () => {
    await restoring(api, [ONBOARDING], async () => {
      const editor = await vscode.window.showTextDocument(fileUri(ONBOARDING));
      await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'A new step.\n'));
      assert.equal(await vscode.commands.executeCommand(COMMANDS.markReviewed, fileUri(ONBOARDING)), false);
      assert.match(await read(ONBOARDING), /last-reviewed: 2026-04-20/);
      assert.match(editor.document.getText(), /A new step\./);
      assert.equal(editor.document.isDirty, true);
    });
  });

  it('Set Owner names one owner in the front matter, which CODEOWNERS does not override', async () => {
    await restoring(api, [CODE_REVIEW], async () => {
      assert.equal(await vscode.commands.executeCommand(COMMANDS.setOwner, fileUri(CODE_REVIEW), 'chen'), true);
      assert.match(await read(CODE_REVIEW), /^---\ntitle: Code review\nlast-reviewed: 2026-08-19\nowner: chen\n---\n/);
      await when(api.store.onDidChange, () => pageOf(api, CODE_REVIEW)?.owner === 'chen');
      api.views.handbook.refresh();
      assert.equal(handbookRow(api, 'Without an owner', 'Code review'), undefined);
    });
  });

  it('shows one line at the top of an open page that follows the typing, with Mark Reviewed and Set Owner…', async () => {
    const editor = await vscode.window.showTextDocument(fileUri(ONBOARDING));
    const titles = async () =>
      ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri)) ?? [])
        .filter((l) => l.command && l.range.start.line === 0)
        .map((l) => l.command!.title);
    assert.deepEqual(await titles(), [
      '@alice owns this page · reviewed 20 Apr 2026 · review 36 days overdue',
      'Mark Reviewed',
      'Set Owner…',
    ]);
    await editor.edit((b) => b.replace(editor.document.lineAt(3).range, 'last-reviewed: 2026-11-20'));
    assert.deepEqual((await titles())[0], '@alice owns this page · reviewed 20 Nov 2026 · review due in 176 days');
    const other = await vscode.window.showTextDocument(fileUri('docs/requests/2026-11-20-logo-feedback.md'));
    assert.deepEqual(
      ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', other.document.uri)) ?? []).filter((l) =>
        l.command?.title.includes('owns this page'),
      ),
      [],
    );
  });

  it('names the owner of any file in the status bar from CODEOWNERS, and opens the line that decided it', async () => {
    await vscode.window.showTextDocument(fileUri('services/billing/docs/adr/0001-use-stripe-for-payments.md'));
    await when(api.store.onDidChange, () => api.ownerStatus.shown()?.text === '$(person) Owner: @bruno');
    assert.match(
      api.ownerStatus.shown()!.tooltip,
      /From \.github\/CODEOWNERS line 6 \(\/services\/billing\/\), the last line that matches/,
    );
    const opened = await vscode.commands.executeCommand<vscode.Uri>(COMMANDS.showOwner);
    assert.equal(opened?.path.endsWith('/.github/CODEOWNERS'), true);
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 5);
    await vscode.window.showTextDocument(fileUri(CODE_REVIEW));
    assert.equal(api.ownerStatus.shown()?.text, '$(question) No owner');
    assert.match(api.ownerStatus.shown()!.tooltip, /line 15 \(\/handbook\/guides\/\) leaves this file without an owner/);
    await vscode.window.showTextDocument(fileUri(LOCAL));
    assert.equal(api.ownerStatus.shown()?.text, '$(person) Owners: @alice, @bruno');
    await vscode.window.showTextDocument(fileUri(ONBOARDING));
    assert.equal(api.ownerStatus.shown()?.text, '$(person) Owner: @alice');
    assert.match(api.ownerStatus.shown()!.tooltip, /front matter/);
  });

  it('reads CODEOWNERS again when it changes: a page leaves Without an owner', async () => {
    const rel = '.github/CODEOWNERS';
    const before = await read(rel);
    try {
      await vscode.workspace.fs.writeFile(
        fileUri(rel),
        new TextEncoder().encode(before.replace(/^\/handbook\/guides\/$/m, '/handbook/guides/ @chen')),
      );
      await when(
        api.store.onDidChange,
        () => api.store.codeowners(vscode.workspace.workspaceFolders![0])?.rules.at(-1)?.owners[0] === '@chen',
      );
      api.views.handbook.refresh();
      assert.equal(handbookRow(api, 'Without an owner', 'Code review'), undefined);
      assert.ok(handbookRow(api, 'All pages', 'Code review'));
    } finally {
      await vscode.workspace.fs.writeFile(fileUri(rel), new TextEncoder().encode(before));
      await when(
        api.store.onDidChange,
        () => api.store.codeowners(vscode.workspace.workspaceFolders![0])?.rules.at(-1)?.owners.length === 0,
      );
      api.views.handbook.refresh();
    }
  });

  it("in a folder without CODEOWNERS, hides the owner of code and shows the page's own", async () => {
    const platform = vscode.workspace.workspaceFolders!.find((f) => f.name === 'platform-repo')!;
    await vscode.window.showTextDocument(vscode.Uri.joinPath(platform.uri, 'README.md'));
    assert.equal(api.ownerStatus.shown(), undefined);
    const runbook = vscode.Uri.joinPath(platform.uri, 'docs/runbooks/kafka-consumer-lag.md');
    await vscode.window.showTextDocument(runbook);
    assert.equal(api.ownerStatus.shown()?.text, '$(person) Owner: @dana');
    const page = api.store.find(runbook);
    assert.equal(page?.record.type, 'page');
    assert.equal(page.folder.name, 'platform-repo');
  });

  it('New Handbook Page writes the page in the handbook folder, owned and reviewed today', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>(COMMANDS.newPage, {
      title: 'Deploy freeze',
      owner: 'bruno',
      workspaceFolder: 'sample-repo',
    });
    try {
      assert.equal(uri?.path.endsWith('/handbook/deploy-freeze.md'), true);
      const text = await read('handbook/deploy-freeze.md');
      // Bruno's day in São Paulo at 12:00 UTC.
      assert.match(
        text,
        /^---\ntitle: Deploy freeze\nowner: bruno\nlast-reviewed: 2026-11-25\nreview-every: 6 months\n---\n\n# Deploy freeze\n/,
      );
      await when(api.store.onDidChange, () => pageOf(api, 'handbook/deploy-freeze.md')?.reviewBy === '2027-05-25');
    } finally {
      await closeAll();
      if (uri) await vscode.workspace.fs.delete(uri);
    }
  });
});
