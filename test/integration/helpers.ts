import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../../src/constants';
import type { AsyncWorkApi } from '../../src/extension';
import type { DecisionNode } from '../../src/views/decisionsView';

/** Activates the extension and waits until the store has indexed the sample repository. */
export async function activated(): Promise<AsyncWorkApi> {
  const ext = vscode.extensions.getExtension<AsyncWorkApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  const api = await ext.activate();
  assert.ok(api, 'activate() returns its test API outside production mode');
  await api.store.whenIndexed();
  return api;
}

/** The labels of a tree, depth first, as "Group/Row". */
export function treeLabels<T>(provider: vscode.TreeDataProvider<T>, node?: T, prefix = ''): string[] {
  const out: string[] = [];
  for (const child of (provider.getChildren(node) as T[] | undefined) ?? []) {
    const item = provider.getTreeItem(child) as vscode.TreeItem;
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    out.push(prefix + label);
    out.push(...treeLabels(provider, child, `${prefix}${label}/`));
  }
  return out;
}

/** The moment the sample repository's dates are written for. */
export const SAMPLE_NOW = new Date('2026-11-25T12:00:00Z');

/** Resolves when `event` fires with `test()` true (checked at once too); mocha's timeout bounds it. */
export function when(event: vscode.Event<unknown>, test: () => boolean): Promise<void> {
  if (test()) return Promise.resolve();
  return new Promise((resolve) => {
    const sub = event(() => {
      if (test()) {
        sub.dispose();
        resolve();
      }
    });
  });
}

/** A file of the test workspace by its path from the folder root. */
export function fileUri(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, rel);
}

/** Reverts what a test left unsaved (closing would ask), then closes every editor. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * The tooltip VS Code shows when the pointer rests on a row: the item has none until then (so
 * VS Code asks for it), and `resolveTreeItem` makes it.
 */
export function tooltipOf<T>(provider: vscode.TreeDataProvider<T>, node: T): vscode.MarkdownString {
  const item = provider.getTreeItem(node) as vscode.TreeItem;
  assert.equal(item.tooltip, undefined, 'the tooltip is made on hover, not with the row');
  const resolved = provider.resolveTreeItem?.(item, node, new vscode.CancellationTokenSource().token) as vscode.TreeItem | undefined;
  assert.ok(resolved?.tooltip instanceof vscode.MarkdownString, 'resolveTreeItem gives a Markdown tooltip');
  return resolved.tooltip;
}

/** A view whose rows count down, as both views are. */
interface TickingView {
  readonly onDidChangeTreeData: vscode.Event<unknown>;
  refresh(): void;
  getChildren(): unknown;
  minutePassed(): boolean;
}

/**
 * Runs `body` with the view's rows freshly computed at the pinned time and a count of the tree
 * refreshes it fires from then on; puts the clock back to `SAMPLE_NOW` after.
 */
export function countingRefreshes(api: AsyncWorkApi, view: TickingView, body: (fired: () => number) => void): void {
  let fired = 0;
  const sub = view.onDidChangeTreeData(() => fired++);
  try {
    view.refresh();
    view.getChildren();
    fired = 0;
    body(() => fired);
  } finally {
    sub.dispose();
    api.clock.pin(SAMPLE_NOW);
    view.refresh();
  }
}

/** The row of the Decisions view with `title` in the group labelled `group`. */
export function decisionRow(api: AsyncWorkApi, group: string, title: string): DecisionNode | undefined {
  const top = api.views.decisions.getChildren().find((n) => n.kind === 'group' && n.group.label === group);
  return top && api.views.decisions.getChildren(top).find((n) => n.kind === 'row' && n.row.record.title === title);
}

/** Every command package.json contributes is registered by the extension, and it registers no other. */
export async function assertCommandsRegistered(api: AsyncWorkApi): Promise<void> {
  const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string }[] } };
  const contributed = pkg.contributes.commands.map((c) => c.command).sort();
  assert.deepEqual([...api.commandIds].sort(), contributed);
  const registered = await vscode.commands.getCommands(true);
  for (const id of contributed) assert.ok(registered.includes(id), `${id} is contributed but not registered`);
}
