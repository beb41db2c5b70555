import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, DIAGNOSTIC_SOURCE } from '../../src/constants';
import type { AsyncWorkApi } from '../../src/extension';
import type { RequestNode } from '../../src/views/requestsView';
import { activated, closeAll, countingRefreshes, fileUri, SAMPLE_NOW, tooltipOf, treeLabels, when } from './helpers';

const STAGING = 'docs/requests/2026-11-23-staging-db-access.md';
const REVIEW = 'docs/requests/2026-11-25-review-api-limits.md';
const FLAKY = 'docs/requests/2026-11-24-flaky-tests.md';

function statusOf(api: AsyncWorkApi, rel: string): string | undefined {
  return api.store.records().find((s) => s.record.path === rel)?.record.status;
}

function row(api: AsyncWorkApi, group: string, label: string): RequestNode | undefined {
  const top = api.views.requests.getChildren().find((n) => n.kind === 'group' && n.group.label === group);
  return top && api.views.requests.getChildren(top).find((n) => n.kind === 'row' && n.row.label === label);
}

describe('the Requests view and its commands', () => {
  let api: AsyncWorkApi;

  before(async () => {
    api = await activated();
    api.clock.pin(SAMPLE_NOW);
    api.views.requests.refresh();
  });

  afterEach(closeAll);

  it('groups what waits on alice, sorted by remaining time, with the badge', () => {
    const labels = treeLabels(api.views.requests);
    assert.ok(labels.includes('Overdue/Read access to the staging database'), labels.join('\n'));
    assert.ok(labels.includes('Needs my reply/Review the public API rate limits'), labels.join('\n'));
    assert.ok(labels.includes('Waiting on others/On-call rota for the holidays'), labels.join('\n'));
    const review = row(api, 'Needs my reply', 'Review the public API rate limits')!;
    const item = api.views.requests.getTreeItem(review);
    assert.equal(item.description, 'reply in 20h · your reply');
    assert.match(String(item.contextValue), /^row:request:request:open:due-soon:owner$/);
    const tooltip = tooltipOf(api.views.requests, review);
    assert.equal(tooltip.isTrusted, false);
    const text = tooltip.value.replace(/&nbsp;/g, ' ').replace(/\\/g, '');
    assert.match(text, /@alice: Wed 13:00 in Europe\/Paris \(within working hours\)/);
    // Owner, deadline, reply-by, four sections, template text, overdue, links.
    assert.match(text, /Completeness:\*\* 10\/10 checks passed/);
    // The request alice waits on whose reply-by passed is overdue too.
    assert.ok(labels.includes('Overdue/Renew the monitoring vendor contract'), labels.join('\n'));
    assert.match(text, /Reply-by:\*\* Thu 26 Nov, 09:00 \(in 20h\)/);
    assert.equal(api.views.requests.badge()?.value, 4);
  });

  it('refreshes the tree on the minute only when a remaining time changes', () => {
    const view = api.views.requests;
    const review = () => view.getTreeItem(row(api, 'Needs my reply', 'Review the public API rate limits')!);
    countingRefreshes(api, view, (fired) => {
      assert.equal(view.minutePassed(), false);
      api.clock.pin(new Date(SAMPLE_NOW.getTime() + 3_600_000));
      assert.equal(view.minutePassed(), true);
      assert.equal(view.minutePassed(), false);
      assert.equal(fired(), 1);
      assert.equal(review().description, 'reply in 19h · your reply');
    });
  });

  it('New Request writes the file with computed dates and puts the cursor in the first empty section', async () => {
    const uri = (await vscode.commands.executeCommand(COMMANDS.newRequest, {
      workspaceFolder: 'sample-repo',
      title: 'Rotate the API keys',
      owner: 'bruno',
      deadline: '2026-12-04',
    })) as vscode.Uri;
    assert.ok(uri.path.endsWith('/docs/requests/2026-11-25-rotate-the-api-keys.md'), uri.path);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.isPreview, false, 'a kept editor, not a preview tab');
    const text = editor.document.getText();
    assert.match(text, /^owner: bruno$/m);
    assert.match(text, /^requester: alice$/m);
    // Created on alice's clock (Paris), the reply-by on bruno's.
    assert.match(text, /^created: 2026-11-25T13:00:00\+01:00$/m);
    // Wednesday 09:00 in São Paulo plus 24h.
    assert.match(text, /^reply-by: 2026-11-26T09:00:00-03:00$/m);
    assert.equal(editor.document.lineAt(editor.selection.active.line - 1).text, '## Context');
    await when(api.store.onDidChange, () => api.store.records().some((s) => s.uri.toString() === uri.toString()));
    api.views.requests.refresh();
    assert.ok(treeLabels(api.views.requests).includes('Waiting on others/Rotate the API keys'));
    await vscode.workspace.fs.delete(uri);
  });

  it('New Request refuses a deadline that has passed, and writes nothing', async () => {
    const uri = await vscode.commands.executeCommand(COMMANDS.newRequest, {
      workspaceFolder: 'sample-repo',
      title: 'Too late already',
      owner: 'bruno',
      deadline: '2026-11-20',
    });
    assert.equal(uri, undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(fileUri('docs/requests/2026-11-25-too-late-already.md'))));
  });

  it('New Request takes a deadline before the reply-by, with a warning', async () => {
    const uri = (await vscode.commands.executeCommand(COMMANDS.newRequest, {
      workspaceFolder: 'sample-repo',
      title: 'Answer by tonight',
      owner: 'bruno',
      deadline: '2026-11-25',
    })) as vscode.Uri | undefined;
    assert.ok(uri);
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), /^deadline: 2026-11-25$/m);
    await closeAll();
    await vscode.workspace.fs.delete(uri);
  });

  it('puts a request whose deadline has passed in Overdue; row, tooltip, badge and problems agree', async () => {
    const rel = 'docs/requests/2026-11-25-sign-the-renewal.md';
    const uri = fileUri(rel);
    const text =
      '---\ntype: request\ntitle: Sign the renewal\nstatus: open\nowner: bruno\nrequester: alice\ncreated: 2026-11-25T11:00:00Z\n' +
      'reply-by: 2026-11-26T12:00:00Z\ndeadline: 2026-11-20\n---\n\n## Context\n\nc\n\n## The ask\n\na\n\n## Definition of done\n\nd\n\n## Deadline and why\n\nw\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      await when(api.store.onDidChange, () => api.store.records().some((s) => s.record.path === rel));
      api.views.requests.refresh();
      const labels = treeLabels(api.views.requests);
      assert.ok(labels.includes('Overdue/Sign the renewal'), labels.join('\n'));
      assert.ok(!labels.includes('Waiting on others/Sign the renewal'), labels.join('\n'));
      const node = row(api, 'Overdue', 'Sign the renewal')!;
      const item = api.views.requests.getTreeItem(node);
      assert.equal(item.description, '4d overdue · waiting on @bruno');
      assert.match(String(item.contextValue), /^row:request:request:open:overdue:other$/);
      // On alice's clock (Paris), with bruno's (São Paulo) beside it.
      const tooltip = tooltipOf(api.views.requests, node)
        .value.replace(/&nbsp;/g, ' ')
        .replace(/\\/g, '');
      assert.match(tooltip, /Deadline:\*\* Sat 21 Nov, 03:59 \(4d overdue; Fri 20 Nov, 23:59 in America\/Sao_Paulo\)/);
      assert.match(tooltip, /Reply-by:\*\* Thu 26 Nov, 13:00 \(in 24h; Thu 26 Nov, 09:00 in America\/Sao_Paulo\)/);
      assert.doesNotMatch(tooltip, /Remaining/);
      assert.equal(api.views.requests.badge()?.value, 5);
      await vscode.window.showTextDocument(uri);
      const overdue = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === 'overdue');
      await when(vscode.languages.onDidChangeDiagnostics, () => overdue().length > 0);
      assert.deepEqual(
        overdue().map((d) => d.message),
        ['The deadline has passed, Sat 21 Nov, 03:59 (4d overdue; Fri 20 Nov, 23:59 in America/Sao_Paulo), and the request is still open.'],
      );
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(uri);
      await when(api.store.onDidChange, () => !api.store.records().some((s) => s.record.path === rel));
      api.views.requests.refresh();
    }
  });

  it('Mark answered edits the front matter, and undo brings it back', async () => {
    const uri = fileUri(STAGING);
    const editor = await vscode.window.showTextDocument(uri);
    assert.equal(
      await vscode.commands.executeCommand(COMMANDS.markAnswered, row(api, 'Overdue', 'Read access to the staging database')),
      true,
    );
    assert.match(editor.document.getText(), /^status: answered$/m);
    assert.equal(editor.document.isDirty, false);
    await when(api.store.onDidChange, () => statusOf(api, STAGING) === 'answered');
    api.views.requests.refresh();
    assert.ok(!treeLabels(api.views.requests).includes('Overdue/Read access to the staging database'));
    await vscode.commands.executeCommand('undo');
    assert.match(editor.document.getText(), /^status: open$/m);
    await editor.document.save();
    await when(api.store.onDidChange, () => statusOf(api, STAGING) === 'open');
  });

  it("Mark answered says so and keeps the request in Recently closed, and the message's Undo puts the status back", async () => {
    const told: string[] = [];
    let choose: (choice: string | undefined) => void = () => undefined;
    const tell = api.questions.tell;
    // The message is answered here instead of in a notification.
    api.questions.tell = (message) => {
      told.push(message);
      return new Promise((resolve) => (choose = resolve));
    };
    try {
      assert.equal(
        await vscode.commands.executeCommand(COMMANDS.markAnswered, row(api, 'Overdue', 'Read access to the staging database')),
        true,
      );
      assert.deepEqual(told, ['Marked "Read access to the staging database" answered.']);
      const doc = await vscode.workspace.openTextDocument(fileUri(STAGING));
      assert.match(doc.getText(), /^status: answered$/m);
      // Closed now, on alice's clock (Europe/Paris).
      assert.match(doc.getText(), /^closed: 2026-11-25T13:00:00\+01:00$/m);
      await when(api.store.onDidChange, () => statusOf(api, STAGING) === 'answered');
      api.views.requests.refresh();
      const labels = treeLabels(api.views.requests);
      assert.ok(labels.includes('Recently closed/Read access to the staging database'), labels.join('\n'));
      assert.ok(!labels.includes('Overdue/Read access to the staging database'), labels.join('\n'));
      assert.equal(api.views.requests.badge()?.value, 3);
      choose('Undo');
      await when(api.store.onDidChange, () => statusOf(api, STAGING) === 'open');
      assert.match(doc.getText(), /^status: open$/m);
      assert.doesNotMatch(doc.getText(), /^closed:/m);
      assert.equal(doc.isDirty, false);
      api.views.requests.refresh();
      assert.ok(treeLabels(api.views.requests).includes('Overdue/Read access to the staging database'));
    } finally {
      api.questions.tell = tell;
    }
  });

  it('refuses to mark a request with unsaved changes', async () => {
    const uri = fileUri(REVIEW);
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'A draft reply.\n'));
    assert.equal(editor.document.isDirty, true);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.markDone, uri), false);
    assert.match(editor.document.getText(), /^status: open$/m);
    assert.match(editor.document.getText(), /A draft reply\./);
  });

  it('refuses to mark a request whose front matter is never closed, and leaves the file as it is', async () => {
    const rel = 'docs/requests/2026-11-25-unclosed-front-matter.md';
    const uri = fileUri(rel);
    const text = '---\ntitle: Unclosed\nowner: alice\nstatus: open\n\n## Context\n\nx\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      await when(api.store.onDidChange, () => api.store.records().some((s) => s.record.path === rel));
      assert.equal(await vscode.commands.executeCommand(COMMANDS.markAnswered, uri), false);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), text);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('Snooze hides a row until the time comes, then it returns by itself', async () => {
    const node = row(api, 'Needs my reply', 'Review the public API rate limits');
    assert.ok(node);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.snooze, node, '2026-11-25T18:00:00Z'), true);
    assert.equal(row(api, 'Needs my reply', 'Review the public API rate limits'), undefined);
    assert.equal(api.views.requests.badge()?.value, 3);
    api.clock.pin(new Date('2026-11-25T18:00:00Z'));
    api.views.requests.refresh();
    assert.ok(row(api, 'Needs my reply', 'Review the public API rate limits'));
    api.clock.pin(SAMPLE_NOW);
    api.views.requests.refresh();
  });

  it('New Meeting Notes writes the meeting with the cursor in the pre-read', async () => {
    const uri = (await vscode.commands.executeCommand(COMMANDS.newMeeting, {
      workspaceFolder: 'sample-repo',
      title: 'Incident review',
      owner: 'chen',
      date: '2026-11-30 10:00',
    })) as vscode.Uri;
    assert.ok(uri.path.endsWith('/docs/meetings/2026-11-30-incident-review.md'), uri.path);
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.getText(), /^date: 2026-11-30T10:00:00\+08:00$/m);
    assert.match(editor.document.getText(), /^attendees: \[alice, bruno, chen\]$/m);
    assert.equal(editor.document.lineAt(editor.selection.active.line - 1).text, '## Pre-read');
    await vscode.workspace.fs.delete(uri);
  });

  it('New Meeting Notes asks for the title first, suggests a start, and opens the meeting in a kept editor', async () => {
    const asked: vscode.InputBoxOptions[] = [];
    const input = api.questions.input;
    // The input boxes are answered here: a title, then the suggested start as it is.
    api.questions.input = (options) => {
      asked.push(options);
      return Promise.resolve(options.title === 'Meeting start' ? options.value : 'Design review');
    };
    try {
      const uri = (await vscode.commands.executeCommand(COMMANDS.newMeeting, {
        workspaceFolder: 'sample-repo',
        owner: 'chen',
      })) as vscode.Uri;
      assert.equal(asked[0].prompt, 'Title of the meeting');
      // Wednesday 20:00 in Shanghai: an hour into chen's Friday, as Thursday's pre-read would be due already.
      assert.equal(asked[1].value, '2026-11-27 11:00');
      assert.ok(uri.path.endsWith('/docs/meetings/2026-11-27-design-review.md'), uri.path);
      assert.match(vscode.window.activeTextEditor!.document.getText(), /^date: 2026-11-27T11:00:00\+08:00$/m);
      assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.isPreview, false, 'a kept editor, not a preview tab');
      await when(api.store.onDidChange, () => api.store.records().some((s) => s.uri.toString() === uri.toString()));
      api.views.requests.refresh();
      assert.ok(row(api, 'Upcoming meetings', 'Design review'));
      await vscode.workspace.fs.delete(uri);
    } finally {
      api.questions.input = input;
    }
  });

  it('Set Who I Am changes whose requests the view shows', async () => {
    await vscode.commands.executeCommand(COMMANDS.setMe, 'bruno');
    await when(api.meTracker.onDidChange, () => api.meTracker.current()?.handle === 'bruno');
    api.views.requests.refresh();
    assert.ok(row(api, 'Needs my reply', 'On-call rota for the holidays'));
    await vscode.commands.executeCommand(COMMANDS.setMe, 'alice');
    await when(api.meTracker.onDidChange, () => api.meTracker.current()?.handle === 'alice');
    api.views.requests.refresh();
  });

  it('Set Who I Am offers the current me first, selected, and says where it came from', async () => {
    const pick = api.questions.pick;
    const offered: { labels: string[]; first?: string; placeHolder?: string }[] = [];
    api.questions.pick = async (items, options) => {
      offered.push({ labels: items.map((i) => i.label), first: items[0].description, placeHolder: options.placeHolder });
      return undefined;
    };
    try {
      await vscode.commands.executeCommand(COMMANDS.setMe);
      await vscode.commands.executeCommand(COMMANDS.setMe, 'bruno');
      await when(api.meTracker.onDidChange, () => api.meTracker.current()?.handle === 'bruno');
      await vscode.commands.executeCommand(COMMANDS.setMe);
    } finally {
      api.questions.pick = pick;
      await vscode.commands.executeCommand(COMMANDS.setMe, 'alice');
      await when(api.meTracker.onDidChange, () => api.meTracker.current()?.handle === 'alice');
      api.views.requests.refresh();
    }
    assert.deepEqual(offered, [
      {
        labels: ['alice', 'bruno', 'chen', '$(edit) Another handle…'],
        first: 'you now, from the asyncWork.me setting · Alice Martin · Europe/Paris',
        placeHolder: 'You are @alice, from the asyncWork.me setting',
      },
      {
        labels: ['bruno', 'alice', 'chen', '$(edit) Another handle…'],
        first: 'you now, from the asyncWork.me setting · Bruno Costa · America/Sao_Paulo',
        placeHolder: 'You are @bruno, from the asyncWork.me setting',
      },
    ]);
  });

  it('Toggle action item ticks the box in the file', async () => {
    const node = row(api, 'My action items', 'Collect comments on trunk-based development');
    assert.ok(node && node.kind === 'row' && node.row.kind !== 'github');
    assert.equal(await vscode.commands.executeCommand(COMMANDS.toggleActionItem, node), true);
    const doc = await vscode.workspace.openTextDocument(node.row.ref.uri);
    assert.equal(doc.lineAt(node.row.action!.line).text, '- [x] @alice Collect comments on trunk-based development (due 2026-11-27)');
    assert.equal(await vscode.commands.executeCommand(COMMANDS.toggleActionItem, node), true);
    assert.equal(doc.lineAt(node.row.action!.line).text, '- [ ] @alice Collect comments on trunk-based development (due 2026-11-27)');
  });

  it('reports completeness problems while typing and fixes one with a quick fix', async () => {
    const editor = await vscode.window.showTextDocument(fileUri(FLAKY));
    const uri = editor.document.uri;
    const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    await when(vscode.languages.onDidChangeDiagnostics, () => ours().some((d) => d.code === 'missing-owner'));
    const missingOwner = ours().find((d) => d.code === 'missing-owner')!;
    const actions = (await vscode.commands.executeCommand(
      'vscode.executeCodeActionProvider',
      uri,
      missingOwner.range,
    )) as vscode.CodeAction[];
    const makeAlice = actions.find((a) => a.title.startsWith('Make @alice the owner'));
    assert.ok(makeAlice?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(makeAlice.edit));
    assert.match(editor.document.getText(), /^owner: alice$/m);
    await when(vscode.languages.onDidChangeDiagnostics, () => !ours().some((d) => d.code === 'missing-owner'));
    assert.ok(ours().some((d) => d.code === 'missing-section'));
  });

  it('reports invalid-config in the team configuration as you type', async () => {
    const editor = await vscode.window.showTextDocument(fileUri('.async/config.yaml'));
    await editor.edit((b) => b.replace(editor.document.lineAt(1).range, 'reply-within: soon'));
    const problems = () => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.code === 'invalid-config');
    await when(vscode.languages.onDidChangeDiagnostics, () => problems().length > 0);
    assert.deepEqual(
      problems().map((d) => d.range.start.line),
      [1],
    );
  });

  it('keeps the views working on defaults when the saved configuration is broken, and says so', async () => {
    const uri = fileUri('.async/config.yaml');
    const original = await vscode.workspace.fs.readFile(uri);
    const folder = vscode.workspace.workspaceFolders![0];
    try {
      await vscode.workspace.fs.writeFile(
        uri,
        new TextEncoder().encode(new TextDecoder().decode(original).replace('reply-within: 24h', 'reply-within: soon')),
      );
      await when(api.store.onDidChange, () => api.store.config(folder).problems.length > 0);
      assert.equal(api.store.config(folder).config.replyWithin.raw, '24h');
      assert.ok(treeLabels(api.views.requests).includes('Overdue/Read access to the staging database'));
      assert.match(api.views.requests.message() ?? '', /config\.yaml has problems .* defaults are used/);
      const config = () => vscode.languages.getDiagnostics(uri).map((d) => [d.code, d.range.start.line]);
      await when(vscode.languages.onDidChangeDiagnostics, () => config().length > 0);
      assert.deepEqual(config(), [['invalid-config', 1]]);
    } finally {
      await vscode.workspace.fs.writeFile(uri, original);
      await when(api.store.onDidChange, () => api.store.config(folder).problems.length === 0);
    }
  });
});
