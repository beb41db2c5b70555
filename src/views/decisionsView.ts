// The Decisions view: decision records grouped by status.
import * as vscode from 'vscode';
import type { DecisionStatus } from '../core/types';
import type { RecordStore, StoredRecord } from '../workspace/store';
import { groupItem, recordItem, type GroupNode, type ViewNode } from './items';

const GROUPS: { status: DecisionStatus; label: string; collapsed: boolean }[] = [
  { status: 'proposed', label: 'Proposed', collapsed: false },
  { status: 'draft', label: 'Drafts', collapsed: false },
  { status: 'accepted', label: 'Accepted', collapsed: true },
  { status: 'rejected', label: 'Rejected', collapsed: true },
  { status: 'superseded', label: 'Superseded', collapsed: true },
  { status: 'deprecated', label: 'Deprecated', collapsed: true },
  { status: 'unknown', label: 'No status', collapsed: true },
];

export class DecisionsView implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: RecordStore) {
    this.subscription = store.onDidChange(() => this.changed.fire());
  }

  getChildren(node?: ViewNode): ViewNode[] {
    if (node?.kind === 'group') return node.children.map((stored) => ({ kind: 'record', stored }));
    if (node) return [];
    const decisions = this.store.records().filter((s) => s.record.type === 'decision');
    if (decisions.length === 0) return [];
    return GROUPS.map(
      (g): GroupNode => ({
        kind: 'group',
        id: `decisions:${g.status}`,
        label: g.label,
        collapsed: g.collapsed,
        children: decisions.filter((s) => s.record.status === g.status).sort(byNumberThenTitle),
      }),
    ).filter((g) => g.children.length > 0);
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    if (node.kind === 'group') return groupItem(node);
    const r = node.stored.record;
    const number = r.number !== null ? `#${r.number}` : '';
    return recordItem(node.stored, [number, r.statusRaw].filter(Boolean).join(' · '), new vscode.ThemeIcon('law'));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function byNumberThenTitle(a: StoredRecord, b: StoredRecord): number {
  return (
    a.record.path.slice(0, a.record.path.lastIndexOf('/')).localeCompare(b.record.path.slice(0, b.record.path.lastIndexOf('/'))) ||
    (a.record.number ?? Infinity) - (b.record.number ?? Infinity) ||
    a.record.title.localeCompare(b.record.title)
  );
}
