// The Requests view: open requests and meetings.
import * as vscode from 'vscode';
import type { RecordStore } from '../workspace/store';
import { byTitle, groupItem, recordItem, type GroupNode, type ViewNode } from './items';

export class RequestsView implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: RecordStore) {
    this.subscription = store.onDidChange(() => this.changed.fire());
  }

  getChildren(node?: ViewNode): ViewNode[] {
    if (node?.kind === 'group') return node.children.map((stored) => ({ kind: 'record', stored }));
    if (node) return [];
    const records = this.store.records();
    const groups: GroupNode[] = [
      {
        kind: 'group',
        id: 'requests:open',
        label: 'Open requests',
        collapsed: false,
        children: records.filter((s) => s.record.type === 'request' && s.record.status === 'open').sort(byTitle),
      },
      {
        kind: 'group',
        id: 'requests:meetings',
        label: 'Meetings',
        collapsed: true,
        children: records.filter((s) => s.record.type === 'meeting').sort(byTitle),
      },
    ];
    return groups.filter((g) => g.children.length > 0);
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    if (node.kind === 'group') return groupItem(node);
    const r = node.stored.record;
    const icon = r.type === 'meeting' ? 'calendar' : 'comment-discussion';
    return recordItem(node.stored, r.owner ? `@${r.owner}` : 'no owner', new vscode.ThemeIcon(icon));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
