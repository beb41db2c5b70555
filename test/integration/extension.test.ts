import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, VIEWS } from '../../src/constants';
import { activated, assertCommandsRegistered, SAMPLE_NOW, treeLabels } from './helpers';

describe('Async Work in the extension host', () => {
  it('activates in the real extension host on the sample repository', async () => {
    const api = await activated();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    assert.equal(typeof vscode.version, 'string');
    assert.equal(vscode.workspace.workspaceFolders?.[0].name, 'sample-repo');
    assert.ok(api.store.records().length >= 19);
    // Reported, not asserted: timings are checked by `npm run bench`, never by tests.
    console.log(`      activate() returned in ${api.activationMs.toFixed(1)} ms`);
  });

  it('registers both views', async () => {
    await activated();
    const all = await vscode.commands.getCommands(true);
    for (const view of Object.values(VIEWS)) assert.ok(all.includes(`${view}.focus`), `view ${view} is not registered`);
  });

  it('lists the sample decisions and requests in the trees', async () => {
    const api = await activated();
    const decisions = treeLabels(api.views.decisions);
    assert.ok(
      decisions.some((l) => l.endsWith('/Use PostgreSQL for persistence')),
      decisions.join('\n'),
    );
    assert.ok(
      decisions.some((l) => l.endsWith('/Use Stripe for card payments')),
      decisions.join('\n'),
    );
    assert.ok(
      decisions.some((l) => l.endsWith('/Expose a REST API')),
      decisions.join('\n'),
    );
    api.clock.pin(SAMPLE_NOW);
    api.views.requests.refresh();
    const requests = treeLabels(api.views.requests);
    assert.ok(requests.includes('Overdue/Read access to the staging database'), requests.join('\n'));
    assert.ok(requests.includes('My action items/Collect comments on trunk-based development'), requests.join('\n'));
    assert.ok(!requests.some((l) => l.endsWith('/Cloud budget for Q1')), 'a done request is not listed as open');
  });

  it('registers every contributed command and contributes every registered one', async () => {
    const api = await activated();
    await assertCommandsRegistered(api);
  });

  it('picks up a new record written to disk', async () => {
    const api = await activated();
    const folder = vscode.workspace.workspaceFolders![0];
    const uri = vscode.Uri.joinPath(folder.uri, 'docs/adr/0008-use-feature-flags.md');
    const changed = new Promise<void>((resolve) => {
      const sub = api.store.onDidChange(() => {
        if (api.store.records().some((s) => s.uri.toString() === uri.toString())) {
          sub.dispose();
          resolve();
        }
      });
    });
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# 8. Use feature flags\n\n## Status\n\nProposed\n'));
    await changed;
    assert.ok(treeLabels(api.views.decisions).some((l) => l.endsWith('/Use feature flags')));
    await vscode.workspace.fs.delete(uri);
  });
});
