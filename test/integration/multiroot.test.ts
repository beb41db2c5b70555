import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS, DIAGNOSTIC_SOURCE } from '../../src/constants';
import type { AsyncWorkApi } from '../../src/extension';
import { activated, closeAll, decisionRow, SAMPLE_NOW, tooltipOf, when } from './helpers';

// The integration workspace has two folders: the sample repository, and the platform team's
// repository (made with `adr init docs/adr`, so its decisions sit in the same folder as the
// sample's), whose team configuration has a 3-day comment period (the sample's is 7 days).
const KAFKA = 'docs/adr/0002-publish-domain-events-to-kafka.md';

function platform(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.name === 'platform-repo');
  assert.ok(folder, 'the platform repository is the second workspace folder');
  return folder;
}

function platformUri(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(platform().uri, rel);
}

describe('a multi-root workspace', () => {
  let api: AsyncWorkApi;

  before(async () => {
    api = await activated();
    api.clock.pin(SAMPLE_NOW);
    api.views.decisions.refresh();
  });

  afterEach(closeAll);

  it('indexes each folder with its own configuration', () => {
    assert.deepEqual(
      vscode.workspace.workspaceFolders?.map((f) => f.name),
      ['sample-repo', 'platform-repo'],
    );
    const kafka = api.store.find(platformUri(KAFKA));
    assert.equal(kafka?.folder.name, 'platform-repo');
    assert.equal(kafka.record.type, 'decision');
    assert.equal(kafka.record.status, 'proposed');
    assert.equal(api.store.config(platform()).config.team[0].handle, 'dana');
    // Both folders have a decision 2; each is its own row.
    const node = decisionRow(api, 'Open for comments', 'Publish domain events to Kafka');
    assert.ok(node, 'the platform proposal is open for comments');
    assert.ok(decisionRow(api, 'Accepted', 'Use PostgreSQL for persistence'), 'the sample decision 2 is listed too');
    // The window comes from the platform team's 3 days, on Dana's clock in Tokyo.
    assert.equal(api.views.decisions.getTreeItem(node).description, '#2 · closes in 2d · @dana · platform-repo/docs/adr');
    const text = tooltipOf(api.views.decisions, node)
      .value.replace(/&nbsp;/g, ' ')
      .replace(/\\/g, '');
    assert.match(
      text,
      /Comments until:\*\* Fri 27 Nov, 15:59 \(closes in 2d; Fri 27 Nov, 23:59 in Asia\/Tokyo\), from the team comment period/,
    );
    assert.match(text, /@dana: Wed 21:00 in Asia\/Tokyo/);
  });

  it('numbers decisions per folder: the same number in another folder is no duplicate', async () => {
    const editor = await vscode.window.showTextDocument(platformUri(KAFKA));
    const codes = () =>
      vscode.languages
        .getDiagnostics(editor.document.uri)
        .filter((d) => d.source === DIAGNOSTIC_SOURCE)
        .map((d) => String(d.code));
    const status = editor.document.getText().split('\n').indexOf('Proposed');
    await editor.edit((b) => b.replace(editor.document.lineAt(status).range, 'Banana'));
    await when(vscode.languages.onDidChangeDiagnostics, () => codes().includes('unknown-status'));
    assert.ok(!codes().includes('duplicate-number'), codes().join(', '));
  });

  it("New Decision writes in the active editor's folder, in its format, with its comment period", async () => {
    await vscode.window.showTextDocument(platformUri('docs/adr/0001-record-architecture-decisions.md'));
    const uri = (await vscode.commands.executeCommand(COMMANDS.newDecision, {
      title: 'Run services on Kubernetes',
      owner: 'emeka',
    })) as vscode.Uri;
    try {
      assert.equal(uri.toString(), platformUri('docs/adr/0003-run-services-on-kubernetes.md').toString());
      assert.equal(
        vscode.window.activeTextEditor?.document.getText(),
        '# 3. Run services on Kubernetes\n\nDate: 2026-11-25\nOwner: emeka\nComments until: 2026-11-28\n\n## Status\n\nProposed\n\n## Context\n\n## Decision\n\n## Consequences\n',
      );
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('New Request writes in the workspace folder it is given by name, and refuses a name no folder has', async () => {
    const none = await vscode.commands.executeCommand(COMMANDS.newRequest, {
      workspaceFolder: 'nowhere',
      title: 'Anything',
      owner: 'dana',
      deadline: '2026-12-04',
    });
    assert.equal(none, undefined);
    const uri = (await vscode.commands.executeCommand(COMMANDS.newRequest, {
      workspaceFolder: 'platform-repo',
      title: 'Kafka quota',
      owner: 'dana',
      deadline: '2026-12-04',
    })) as vscode.Uri;
    try {
      assert.equal(uri.toString(), platformUri('docs/requests/2026-11-25-kafka-quota.md').toString());
      assert.match(vscode.window.activeTextEditor!.document.getText(), /^owner: dana$/m);
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('never waits on a FIFO where a record or the team configuration is expected, and puts a problem on it', async () => {
    const record = platformUri('docs/adr/0009-wait-here.md');
    const config = platformUri('.async/config.yaml');
    const saved = fs.readFileSync(config.fsPath);
    const problems = (uri: vscode.Uri) =>
      vscode.languages
        .getDiagnostics(uri)
        .filter((d) => d.source === DIAGNOSTIC_SOURCE)
        .map((d) => d.code);
    try {
      // Nothing ever writes to the FIFOs: a read of either would wait for ever, and so would this test.
      // VS Code's file search does not list a FIFO; the file watcher tells of one that appears.
      execFileSync('mkfifo', [record.fsPath]);
      await when(vscode.languages.onDidChangeDiagnostics, () => problems(record).length > 0);
      assert.deepEqual(problems(record), ['unreadable']);
      fs.rmSync(config.fsPath);
      execFileSync('mkfifo', [config.fsPath]);
      await api.store.refresh();
      assert.equal(api.store.find(record), undefined);
      assert.equal(api.store.find(platformUri(KAFKA))?.record.type, 'decision', 'the other records are read');
      assert.match(
        api.store
          .config(platform())
          .problems.map((p) => p.message)
          .join('\n'),
        /not a regular file/,
      );
      await when(vscode.languages.onDidChangeDiagnostics, () => problems(config).length > 0);
      assert.deepEqual(problems(config), ['invalid-config']);
    } finally {
      fs.rmSync(record.fsPath, { force: true });
      fs.rmSync(config.fsPath, { force: true });
      fs.writeFileSync(config.fsPath, saved);
      await api.store.refresh();
    }
    assert.deepEqual(api.store.config(platform()).problems, []);
  });

  it('does not read a team configuration that leads out of the workspace folder through a link', async () => {
    const config = platformUri('.async/config.yaml');
    const saved = fs.readFileSync(config.fsPath);
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-outside-'));
    fs.writeFileSync(path.join(outside, 'config.yaml'), 'comment-period: 30d\n');
    try {
      fs.rmSync(config.fsPath);
      fs.symlinkSync(path.join(outside, 'config.yaml'), config.fsPath);
      await api.store.refresh();
      assert.match(
        api.store
          .config(platform())
          .problems.map((p) => p.message)
          .join('\n'),
        /links outside the workspace folder/,
      );
      assert.equal(api.store.config(platform()).config.commentPeriod.raw, '7d', 'the defaults stand, not the file outside');
    } finally {
      fs.rmSync(config.fsPath, { force: true });
      fs.writeFileSync(config.fsPath, saved);
      fs.rmSync(outside, { recursive: true, force: true });
      await api.store.refresh();
    }
    assert.deepEqual(api.store.config(platform()).problems, []);
  });
});
