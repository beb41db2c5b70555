// The composition root: builds every part once, hands each its dependencies, and owns their
// lifetime through context.subscriptions. Activation does no file or network work itself.
import * as vscode from 'vscode';
import { createAsk, type Ask } from './ask';
import { Clock } from './clock';
import { createCommands } from './commands';
import { VIEWS } from './constants';
import { DoNotDisturb } from './focus/doNotDisturb';
import { FocusMode } from './focus/focusMode';
import { Notifier } from './focus/notify';
import { createLog } from './log';
import { DecisionsView } from './views/decisionsView';
import { RequestsView } from './views/requestsView';
import { ActiveRecord } from './workspace/activeRecord';
import { ConfigDiagnostics } from './workspace/configDiagnostics';
import { RecordDiagnostics } from './workspace/diagnostics';
import { RecordQuickFixes } from './workspace/quickFixes';
import { Snoozes } from './workspace/snoozes';
import { RecordStore } from './workspace/store';
import { WhoAmI } from './workspace/whoAmI';

/** What the extension returns from activate(): used by the integration tests. */
export interface AsyncWorkApi {
  store: RecordStore;
  views: { requests: RequestsView; decisions: DecisionsView };
  commandIds: string[];
  clock: Clock;
  whoAmI: WhoAmI;
  ask: Ask;
  focus: FocusMode;
  doNotDisturb: DoNotDisturb;
  notifier: Notifier;
}

export function activate(context: vscode.ExtensionContext): AsyncWorkApi {
  const started = Date.now();
  const log = createLog();
  const clock = new Clock();
  const store = new RecordStore(log);
  const whoAmI = new WhoAmI(store, log);
  const snoozes = new Snoozes(context.workspaceState);
  const requests = new RequestsView(store, whoAmI, snoozes, clock);
  const decisions = new DecisionsView(store, clock);
  const ask = createAsk();
  const doNotDisturb = new DoNotDisturb(log);
  const focus = new FocusMode(context.globalState, doNotDisturb, clock, log);
  const notifier = new Notifier(focus);
  const requestsTree = vscode.window.createTreeView(VIEWS.requests, { treeDataProvider: requests, showCollapseAll: true });
  context.subscriptions.push(
    log,
    store,
    whoAmI,
    snoozes,
    requests,
    decisions,
    new RecordDiagnostics(store, clock),
    new RecordQuickFixes(store, clock).register(),
    new ConfigDiagnostics(store),
    new ActiveRecord(store, clock),
    requestsTree,
    vscode.window.createTreeView(VIEWS.decisions, { treeDataProvider: decisions, showCollapseAll: true }),
    requests.onDidChangeTreeData(() => {
      requestsTree.badge = requests.badge();
      requestsTree.message = requests.message();
    }),
    doNotDisturb,
    focus,
  );

  const commands = createCommands({ store, log, whoAmI, snoozes, clock, ask, focus });
  for (const [id, handler] of Object.entries(commands)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  }

  // Indexing starts after activation returns; the views fill in when it is done.
  void store.refresh();
  void whoAmI.readGitUser();
  // A block that ended while VS Code was closed is finished by the first ticks.
  void focus.tick();
  log.info('activate', `activated in ${Date.now() - started} ms`);
  return { store, views: { requests, decisions }, commandIds: Object.keys(commands), clock, whoAmI, ask, focus, doNotDisturb, notifier };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
