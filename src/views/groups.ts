// What both views share: groups of rows, shown when they have rows, with their count, kept at the
// clock's time.
import * as vscode from 'vscode';
import type { Clock } from '../clock';

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

/** Countdowns in descriptions are looked at again this often while the window is open. */
const TICK_MS = 60_000;

/**
 * The groups of a tree at the clock's time: computed once per change, and again every minute,
 * when the tree is refreshed only if what it shows at a glance changed (`shown`: each row's text),
 * so a tooltip being read is not closed every minute for nothing.
 */
export class TimedGroups<R, G extends ViewGroup<R>> implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private groups: G[] | null = null;
  private shownText = '';
  private readonly tick = setInterval(() => this.minutePassed(), TICK_MS);

  constructor(
    private readonly clock: Clock,
    private readonly compute: (now: Date) => G[],
    private readonly shown: (row: R, now: Date) => string,
  ) {}

  /** The groups, computed at the clock's time when something changed since. */
  current(): G[] {
    if (!this.groups) {
      const now = this.clock.now();
      this.groups = this.compute(now);
      this.shownText = this.text(this.groups, now);
    }
    return this.groups;
  }

  /** Something changed: compute again when next asked, and refresh the tree. */
  refresh(): void {
    this.groups = null;
    this.changed.fire();
  }

  /** A minute passed: refresh the tree only when a countdown, a row or a group changed; true when it did. */
  minutePassed(): boolean {
    const now = this.clock.now();
    const groups = this.compute(now);
    const text = this.text(groups, now);
    if (text === this.shownText) return false;
    this.groups = groups;
    this.shownText = text;
    this.changed.fire();
    return true;
  }

  private text(groups: readonly G[], now: Date): string {
    return groups.map((g) => [`${g.id} ${g.rows.length}`, ...g.rows.map((row) => this.shown(row, now))].join('\n')).join('\n\n');
  }

  dispose(): void {
    clearInterval(this.tick);
    this.changed.dispose();
  }
}
