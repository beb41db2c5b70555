// What both views share: groups of rows, shown when they have rows, with their count.
import * as vscode from 'vscode';

export interface ViewGroup<R> {
  id: string;
  label: string;
  collapsed: boolean;
  rows: R[];
}

export type GroupedNode<G, R> = { kind: 'group'; group: G } | { kind: 'row'; row: R };

/** The children of a grouped tree: the groups that have rows, or a group's rows. */
export function groupedChildren<R, G extends ViewGroup<R>>(groups: () => G[], node?: GroupedNode<G, R>): GroupedNode<G, R>[] {
  if (node?.kind === 'group') return node.group.rows.map((row) => ({ kind: 'row', row }));
  if (node) return [];
  return groups()
    .filter((g) => g.rows.length > 0)
    .map((group) => ({ kind: 'group', group }));
}

/** A group heading: its label and row count; `view` names the view in its id and context value. */
export function groupItem(view: string, group: ViewGroup<unknown>): vscode.TreeItem {
  const item = new vscode.TreeItem(group.label, group.collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
  item.id = `${view}:${group.id}`;
  item.description = String(group.rows.length);
  item.contextValue = `group:${view}:${group.id}`;
  return item;
}

/**
 * What a grouped tree shows at a glance, as text: its groups and each row's `shown` text. A
 * minute's tick refreshes a tree only when this changes, so a tooltip being read is not closed
 * every minute for nothing.
 */
export function shownText<R>(groups: readonly ViewGroup<R>[], shown: (row: R) => string): string {
  return groups.map((g) => [`${g.id} ${g.rows.length}`, ...g.rows.map(shown)].join('\n')).join('\n\n');
}
