// Tree nodes shared by the views: a group heading or a record. Plain data; providers map them.
import * as vscode from 'vscode';
import type { StoredRecord } from '../workspace/store';

export interface GroupNode {
  kind: 'group';
  id: string;
  label: string;
  collapsed: boolean;
  children: StoredRecord[];
}

export interface RecordNode {
  kind: 'record';
  stored: StoredRecord;
}

export type ViewNode = GroupNode | RecordNode;

export function groupItem(group: GroupNode): vscode.TreeItem {
  const item = new vscode.TreeItem(
    group.label,
    group.collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded,
  );
  item.id = `group:${group.id}`;
  item.description = String(group.children.length);
  item.contextValue = `group:${group.id}`;
  return item;
}

/** A record row: its title, opening the file on click. */
export function recordItem(stored: StoredRecord, description: string, icon: vscode.ThemeIcon): vscode.TreeItem {
  const { record, uri } = stored;
  const item = new vscode.TreeItem(record.title, vscode.TreeItemCollapsibleState.None);
  item.id = uri.toString();
  item.resourceUri = uri;
  item.description = description;
  item.iconPath = icon;
  item.contextValue = `record:${record.type}:${record.status}`;
  item.command = { command: 'vscode.open', title: 'Open', arguments: [uri] };
  return item;
}

export function byTitle(a: StoredRecord, b: StoredRecord): number {
  return a.record.title.localeCompare(b.record.title);
}
