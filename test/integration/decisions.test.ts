import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, DIAGNOSTIC_SOURCE } from '../../src/constants';
import { parseRecord } from '../../src/core/records/parseRecord';
import type { AsyncRecord } from '../../src/core/records/types';
import type { AsyncWorkApi } from '../../src/extension';
import { activated, closeAll, countingRefreshes, decisionRow, fileUri, SAMPLE_NOW, tooltipOf, treeLabels, when } from './helpers';

const TRUNK = 'docs/adr/0006-adopt-trunk-based-development.md';
const QUEUE = 'docs/adr/0007-retire-the-legacy-queue.md';
const POSTGRES = 'docs/adr/0002-use-postgresql.md';
const GRAPHQL = 'docs/adr/0005-expose-a-graphql-api.md';
const STRIPE = 'services/billing/docs/adr/0001-use-stripe-for-payments.md';

function statusOf(api: AsyncWorkApi, rel: string): string | undefined {
  return api.store.records().find((s) => s.record.path === rel)?.record.status;
}

async function read(rel: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri(rel)));
}

/** Runs `body`, then puts the files back as they were and waits until the store has them again. */
async function restoring(api: AsyncWorkApi, rels: string[], body: () => Promise<void>): Promise<void> {
  const saved = await Promise.all(rels.map(read));
  try {
    await body();
  } finally {
    await closeAll();
    for (const [i, rel] of rels.entries()) {
      if ((await read(rel)) === saved[i]) continue;
      await vscode.workspace.fs.writeFile(fileUri(rel), new TextEncoder().encode(saved[i]));
    }
    const config = api.store.config(vscode.workspace.workspaceFolders![0]).config;
    const fields = (r: AsyncRecord | undefined) =>
      r?.type === 'decision' ? JSON.stringify([r.statusRaw, r.commentsUntil, r.supersedes, r.supersededBy]) : null;
    const expected = rels.map((rel, i) => fields(parseRecord('decision', rel, saved[i], config)));
    await when(api.store.onDidChange, () =>
      rels.every((rel, i) => fields(api.store.records().find((s) => s.record.path === rel)?.record) === expected[i]),
    );
  }
}

describe('the Decisions view and its commands', () => {
  let api: AsyncWorkApi;
  let asked: string[];
  let answer: boolean;

  before(async () => {
    api = await activated();
    api.clock.pin(SAMPLE_NOW);
    api.views.decisions.refresh();
    // Questions are answered here instead of in a modal dialog.
    api.questions.confirm = async (message) => {
      asked.push(message);
      return answer;
    };
  });

  beforeEach(() => {
    asked = [];
    answer = false;
  });

  afterEach(closeAll);

  it('groups decisions by comment window and status, with countdowns and untrusted tooltips', () => {
    const labels = treeLabels(api.views.decisions);
    for (const l of [
      'Open for comments/Adopt trunk-based development',
      'Open for comments/Number invoices per country',
      'Ready to decide/Retire the legacy queue',
      'Drafts/Retry failed webhooks',
      'Accepted/Use Stripe for card payments',
      'Superseded/Expose a REST API',
      'Deprecated/Index documents with Elasticsearch',
    ]) {
      assert.ok(labels.includes(l), `${l} in\n${labels.join('\n')}`);
    }
    const trunk = decisionRow(api, 'Open for comments', 'Adopt trunk-based development')!;
    const item = api.views.decisions.getTreeItem(trunk);
    // The integration workspace has two folders: each row names its folder.
    assert.equal(item.description, '#6 · closes in 2d · @alice · sample-repo/docs/adr');
    assert.equal(item.contextValue, 'record:decision:proposed:open');
    const tooltip = tooltipOf(api.views.decisions, trunk);
    assert.equal(tooltip.isTrusted, false);
    assert.match(
      tooltip.value.replace(/&nbsp;/g, ' ').replace(/\\/g, ''),
      /Comments until:\*\* Fri 27 Nov, 23:59 \(closes in 2d\), from the team comment period/,
    );
    const rest = decisionRow(api, 'Superseded', 'Expose a REST API')!;
    assert.equal(api.views.decisions.getTreeItem(rest).description, '#3 · by #5 Expose a GraphQL API · sample-repo/docs/adr');
    assert.match(
      tooltipOf(api.views.decisions, rest)
        .value.replace(/&nbsp;/g, ' ')
        .replace(/\\/g, ''),
      /Superseded by:\*\* #5 Expose a GraphQL API {2}\n/,
    );
    const accepted = api.views.decisions.getTreeItem(
      api.views.decisions.getChildren().find((n) => n.kind === 'group' && n.group.id === 'accepted')!,
    );
    assert.equal(accepted.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
  });

  it('refreshes the tree on the minute only when a countdown changes, so an open tooltip stays', () => {
    const view = api.views.decisions;
    const trunk = () => view.getTreeItem(decisionRow(api, 'Open for comments', 'Adopt trunk-based development')!);
    countingRefreshes(api, view, (fired) => {
      api.clock.pin(new Date(SAMPLE_NOW.getTime() + 60_000));
      assert.equal(view.minutePassed(), false);
      assert.equal(fired(), 0);
      assert.equal(trunk().description, '#6 · closes in 2d · @alice · sample-repo/docs/adr');
      // 48 hours before the window closes, the countdown turns to hours.
      api.clock.pin(new Date('2026-11-25T23:00:00Z'));
      assert.equal(view.minutePassed(), true);
      assert.equal(fired(), 1);
      assert.equal(trunk().description, '#6 · closes in 47h · @alice · sample-repo/docs/adr');
    });
  });

  it('New Decision numbers the record and writes it in the folder format, with the cursor in the first section', async () => {
    const uri = (await vscode.commands.executeCommand(COMMANDS.newDecision, {
      workspaceFolder: 'sample-repo',
      title: 'Use feature toggles',
      owner: 'alice',
      folder: 'docs/adr',
    })) as vscode.Uri;
    try {
      assert.ok(uri.path.endsWith('/docs/adr/0008-use-feature-toggles.md'), uri.path);
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document.uri.toString(), uri.toString());
      assert.equal(
        editor.document.getText(),
        '# 8. Use feature toggles\n\nDate: 2026-11-25\nOwner: alice\nComments until: 2026-12-02\n\n## Status\n\nProposed\n\n## Context\n\n## Decision\n\n## Consequences\n',
      );
      assert.equal(editor.document.lineAt(editor.selection.active.line - 1).text, '## Context');
      await when(api.store.onDidChange, () => api.store.records().some((s) => s.uri.toString() === uri.toString()));
      api.views.decisions.refresh();
      assert.ok(treeLabels(api.views.decisions).includes('Open for comments/Use feature toggles'));
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('Accept edits the ## Status section once the window has closed, and undo brings it back', async () => {
    await restoring(api, [QUEUE], async () => {
      const editor = await vscode.window.showTextDocument(fileUri(QUEUE));
      assert.equal(
        await vscode.commands.executeCommand(COMMANDS.acceptDecision, decisionRow(api, 'Ready to decide', 'Retire the legacy queue')),
        true,
      );
      assert.deepEqual(asked, []);
      assert.match(editor.document.getText(), /## Status\n\nAccepted\n/);
      assert.equal(editor.document.isDirty, false);
      await when(api.store.onDidChange, () => statusOf(api, QUEUE) === 'accepted');
      api.views.decisions.refresh();
      assert.ok(treeLabels(api.views.decisions).includes('Accepted/Retire the legacy queue'));
      await vscode.commands.executeCommand('undo');
      assert.match(editor.document.getText(), /## Status\n\nProposed\n/);
      await editor.document.save();
      await when(api.store.onDidChange, () => statusOf(api, QUEUE) === 'proposed');
    });
  });

  it('asks before accepting while the comment window is open, and does nothing when told no', async () => {
    await restoring(api, [TRUNK], async () => {
      const before = await read(TRUNK);
      assert.equal(
        await vscode.commands.executeCommand(
          COMMANDS.acceptDecision,
          decisionRow(api, 'Open for comments', 'Adopt trunk-based development'),
        ),
        false,
      );
      assert.equal(asked.length, 1);
      assert.match(asked[0], /"Adopt trunk-based development" is open for comments until Fri 27 Nov, 23:59 \(closes in 2d\)/);
      assert.equal(await read(TRUNK), before);
      answer = true;
      assert.equal(await vscode.commands.executeCommand(COMMANDS.acceptDecision, fileUri(TRUNK)), true);
      assert.equal(asked.length, 2);
      assert.match(await read(TRUNK), /## Status\n\nAccepted\n/);
    });
  });

  it('refuses to change a decision with unsaved changes', async () => {
    await restoring(api, [QUEUE], async () => {
      const editor = await vscode.window.showTextDocument(fileUri(QUEUE));
      await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'A thought.\n'));
      assert.equal(await vscode.commands.executeCommand(COMMANDS.rejectDecision, fileUri(QUEUE)), false);
      assert.match(await read(QUEUE), /## Status\n\nProposed\n/);
      assert.match(editor.document.getText(), /A thought\./);
      assert.equal(editor.document.isDirty, true);
    });
  });

  it('Supersede with… updates both records, each in its own format', async () => {
    await restoring(api, [POSTGRES, STRIPE], async () => {
      const old = decisionRow(api, 'Accepted', 'Use PostgreSQL for persistence');
      assert.ok(old);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.supersedeDecision, old, fileUri(STRIPE)), true);
      assert.match(
        await read(POSTGRES),
        /## Status\n\nSuperseded by \[1\. Use Stripe for card payments\]\(\.\.\/\.\.\/services\/billing\/docs\/adr\/0001-use-stripe-for-payments\.md\)\n/,
      );
      assert.match(await read(STRIPE), /^supersedes: \.\.\/\.\.\/\.\.\/\.\.\/docs\/adr\/0002-use-postgresql\.md$/m);
      const decision = (rel: string) => {
        const r = api.store.records().find((s) => s.record.path === rel)?.record;
        return r?.type === 'decision' ? r : undefined;
      };
      // The store reads both files again: the old one names its successor, the successor the old one.
      await when(
        api.store.onDidChange,
        () => decision(POSTGRES)?.supersededBy === STRIPE && decision(STRIPE)?.supersedes.includes(POSTGRES) === true,
      );
      assert.equal(statusOf(api, POSTGRES), 'superseded');
    });
  });

  it('Supersede with… offers the newer proposed and accepted decisions, this folder first, in number order, and a new one', async () => {
    const pick = api.questions.pick;
    let offered: vscode.QuickPickItem[] = [];
    api.questions.pick = async (items) => {
      offered = [...items];
      return undefined;
    };
    try {
      const old = decisionRow(api, 'Accepted', 'Use PostgreSQL for persistence');
      assert.equal(await vscode.commands.executeCommand(COMMANDS.supersedeDecision, old), false);
    } finally {
      api.questions.pick = pick;
    }
    assert.deepEqual(
      offered.map((i) => (i.kind === vscode.QuickPickItemKind.Separator ? `-- ${i.label}` : `${i.label} (${i.description})`)),
      [
        '-- docs/adr (this folder)',
        '5. Expose a GraphQL API (accepted)',
        '6. Adopt trunk-based development (proposed)',
        '7. Retire the legacy queue (proposed)',
        '-- services/billing/docs/adr',
        '1. Use Stripe for card payments (accepted)',
        '2. Number invoices per country (proposed)',
        '-- ',
        '$(add) New decision… (in docs/adr)',
      ],
    );
  });

  it('Supersede with… says what it did and shows both records', async () => {
    const { pick, tell } = api.questions;
    const told: string[] = [];
    api.questions.pick = async (items) => items.find((i) => i.label === '5. Expose a GraphQL API');
    api.questions.tell = async (message) => {
      told.push(message);
      return undefined;
    };
    try {
      await restoring(api, [POSTGRES, GRAPHQL], async () => {
        assert.equal(await vscode.commands.executeCommand(COMMANDS.supersedeDecision, fileUri(POSTGRES)), true);
        assert.deepEqual(told, ['"2. Use PostgreSQL for persistence" is superseded by "5. Expose a GraphQL API".']);
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), fileUri(GRAPHQL).toString());
        const shown = vscode.window.visibleTextEditors.map((e) => e.document.uri.toString());
        assert.ok(shown.includes(fileUri(POSTGRES).toString()), shown.join('\n'));
        await when(api.store.onDidChange, () => statusOf(api, POSTGRES) === 'superseded');
        api.views.decisions.refresh();
        const row = decisionRow(api, 'Superseded', 'Use PostgreSQL for persistence')!;
        assert.equal(api.views.decisions.getTreeItem(row).description, '#2 · by #5 Expose a GraphQL API · sample-repo/docs/adr');
      });
    } finally {
      Object.assign(api.questions, { pick, tell });
    }
  });

  it('Extend comment period moves the end of the window in the record', async () => {
    await restoring(api, [TRUNK], async () => {
      assert.equal(await vscode.commands.executeCommand(COMMANDS.extendCommentPeriod, fileUri(TRUNK), 3), true);
      assert.match(await read(TRUNK), /^Date: 2026-11-20\nOwner: alice\nComments until: 2026-11-30\n/m);
      await when(api.store.onDidChange, () => {
        const r = api.store.records().find((s) => s.record.path === TRUNK)?.record;
        return r?.type === 'decision' && r.commentsUntilWritten;
      });
      api.views.decisions.refresh();
      assert.equal(
        api.views.decisions.getTreeItem(decisionRow(api, 'Open for comments', 'Adopt trunk-based development')!).description,
        '#6 · closes in 5d · @alice · sample-repo/docs/adr',
      );
    });
  });

  it('reports decision problems while typing: an unknown status and a duplicate number', async () => {
    const dup = 'docs/adr/0004-work-on-fridays.md';
    await vscode.workspace.fs.writeFile(
      fileUri(dup),
      new TextEncoder().encode('# 4. Work on Fridays\n\nDate: 2026-11-24\n\n## Status\n\nAccepted\n'),
    );
    try {
      const editor = await vscode.window.showTextDocument(fileUri(dup));
      const ours = () =>
        vscode.languages
          .getDiagnostics(editor.document.uri)
          .filter((d) => d.source === DIAGNOSTIC_SOURCE)
          .map((d) => [d.code, d.range.start.line]);
      await when(vscode.languages.onDidChangeDiagnostics, () => ours().some(([c]) => c === 'duplicate-number'));
      await editor.edit((b) => b.replace(editor.document.lineAt(6).range, 'Banana'));
      await when(vscode.languages.onDidChangeDiagnostics, () => ours().some(([c]) => c === 'unknown-status'));
      assert.deepEqual(ours(), [
        ['unknown-status', 6],
        ['duplicate-number', 0],
      ]);
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(fileUri(dup));
    }
  });
});
