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
  const treeItem = new vscode.TreeItem(
    group.label,
    group.collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded,
  );
  treeItem.id = `${view}:${group.id}`;
  treeItem.description = String(group.rows.length);
  treeItem.contextValue = `group:${view}:${group.id}`;
  return treeItem;
}

/** Countdowns in descriptions are looked at again this often while the window is open. */
const TICK_MS = 60_000;

/**
 * The groups of a tree at the clock's time: computed once per change, and again every minute,
 * when the tree is refreshed only if what it shows at a glance changed (`shown`: each row's text),
 * so a tooltip being read is not closed every minute for nothing. A hidden tree is looked at
 * again when it shows.
 */
export class TimedGroups<R, G extends ViewGroup<R>> implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private groups: G[] | null = null;
  private computedAt = new Date(0);
  /** The text of `groups`, made only when a minute's look needs it. */
  private shownText: string | null = null;
  private visible = true;
  private missed = false;
  private readonly tick = setInterval(() => (this.visible ? this.minutePassed() : (this.missed = true)), TICK_MS);

  constructor(
    private readonly clock: Clock,
    private readonly compute: (now: Date) => G[],
    private readonly shown: (row: R, now: Date) => string,
  ) {}

  /** The groups, computed at the clock's time when something changed since. */
  current(): G[] {
    if (!this.groups) {
      this.computedAt = this.clock.now();
      this.groups = this.compute(this.computedAt);
      this.shownText = null;
    }
    return this.groups;
  }

  /** Something changed: compute again when next asked, and refresh the tree. */
  refresh(): void {
    this.groups = null;
    this.changed.fire();
  }

  /** Follows the tree's visibility: minutes that passed while it was hidden are looked at when it shows. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible && this.missed) {
      this.missed = false;
      this.minutePassed();
    }
  }

  /** A minute passed: refresh the tree only when a countdown, a row or a group changed; true when it did. */
  minutePassed(): boolean {
    // Not computed since the last change: the tree asks for everything afresh anyway.
    if (!this.groups) return false;
    const before = this.shownText ?? this.text(this.groups, this.computedAt);
    const now = this.clock.now();
    const groups = this.compute(now);
    const text = this.text(groups, now);
    if (text === before) {
      this.shownText = before;
      return false;
    }
    this.groups = groups;
    this.computedAt = now;
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
