// The composition root: builds every part once, hands each its dependencies, and owns their
// lifetime through context.subscriptions. Activation does no file or network work itself.
import * as vscode from 'vscode';
import { createCommands } from './commands';
import { VIEWS } from './constants';
import { createLog } from './log';
import { DecisionsView } from './views/decisionsView';
import { RequestsView } from './views/requestsView';
import { RecordStore } from './workspace/store';

/** What the extension returns from activate(): used by the integration tests. */
export interface AsyncWorkApi {
  store: RecordStore;
  views: { requests: RequestsView; decisions: DecisionsView };
  commandIds: string[];
}

export function activate(context: vscode.ExtensionContext): AsyncWorkApi {
  const started = Date.now();
  const log = createLog();
  const store = new RecordStore(log);
  const requests = new RequestsView(store);
  const decisions = new DecisionsView(store);
  context.subscriptions.push(
    log,
    store,
    requests,
    decisions,
    vscode.window.createTreeView(VIEWS.requests, { treeDataProvider: requests, showCollapseAll: true }),
    vscode.window.createTreeView(VIEWS.decisions, { treeDataProvider: decisions, showCollapseAll: true }),
  );

  const commands = createCommands({ store, log });
  for (const [id, handler] of Object.entries(commands)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  }

  // Indexing starts after activation returns; the views fill in when it is done.
  void store.refresh();
  log.info('activate', `activated in ${Date.now() - started} ms`);
  return { store, views: { requests, decisions }, commandIds: Object.keys(commands) };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
