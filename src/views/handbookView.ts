// The Handbook view: my pages to review, pages without an owner, everyone's overdue pages by owner,
// and all pages by owner. The grouping is core's; this maps rows to tree items.
import * as vscode from 'vscode';
import type { Clock } from '../clock';
import { checkOutcome, completenessText } from '../core/checks/checkRecord';
import {
  groupPages,
  handbookBadge,
  pageContextValue,
  pageDescription,
  pageLabel,
  type HandbookGroup,
  type OwnerGroup,
  type PageRow,
} from '../core/handbook/groups';
import { ownerLabel } from '../core/handbook/ownership';
import { dayLabel } from '../core/handbook/review';
import type { ReviewState } from '../core/handbook/review';
import { touches, type RecordStore, type StoredRecord } from '../workspace/store';
import type { MeTracker } from '../team/meTracker';
import { groupItem, TimedGroups } from './groups';
import { recordTooltip } from './tooltip';

export type HandbookNode =
  | { kind: 'group'; group: HandbookGroup<StoredRecord> }
  | { kind: 'owner'; group: HandbookGroup<StoredRecord>; owner: OwnerGroup<StoredRecord> }
  | { kind: 'row'; group: HandbookGroup<StoredRecord>; row: PageRow<StoredRecord> };

const ICONS: Record<ReviewState, [string, string]> = {
  overdue: ['error', 'errorForeground'],
  'never-reviewed': ['circle-large-outline', 'editorWarning.foreground'],
  'due-soon': ['clock', 'charts.yellow'],
  fresh: ['pass', 'charts.green'],
};

export class HandbookView implements vscode.TreeDataProvider<HandbookNode>, vscode.Disposable {
  private readonly groups: TimedGroups<PageRow<StoredRecord>, HandbookGroup<StoredRecord>>;
  readonly onDidChangeTreeData: vscode.Event<void>;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: RecordStore,
    private readonly meTracker: MeTracker,
    private readonly clock: Clock,
  ) {
    this.groups = new TimedGroups(
      clock,
      (now) => this.groupsAt(now),
      (row) => `${row.ref.uri.toString()} ${pageDescription(row)} ${pageContextValue(row)}`,
    );
    this.onDidChangeTreeData = this.groups.onDidChange;
    this.disposables = [
      store.onDidChange((change) => touches(change, 'page') && this.refresh()),
      meTracker.onDidChange(() => this.refresh()),
    ];
  }

  refresh(): void {
    this.groups.refresh();
  }

  current(): HandbookGroup<StoredRecord>[] {
    return this.groups.current();
  }

  private groupsAt(now: Date): HandbookGroup<StoredRecord>[] {
    const entries = this.store
      .records()
      .flatMap((s) =>
        s.record.type === 'page'
          ? [{ ref: s, record: s.record, config: this.store.config(s.folder).config, codeowners: this.store.codeowners(s.folder) }]
          : [],
      );
    return groupPages(entries, { me: this.meTracker.current()?.handle ?? null, now });
  }

  badge(): vscode.ViewBadge | undefined {
    const value = handbookBadge(this.current());
    return value > 0 ? { value, tooltip: vscode.l10n.t('{0} of your pages overdue or never reviewed', value) } : undefined;
  }

  getChildren(node?: HandbookNode): HandbookNode[] {
    if (!node)
      return this.current()
        .filter((g) => g.rows.length > 0)
        .map((group) => ({ kind: 'group', group }));
    if (node.kind === 'group' && node.group.byOwner) return node.group.owners.map((owner) => ({ kind: 'owner', group: node.group, owner }));
    if (node.kind === 'group') return node.group.rows.map((row) => ({ kind: 'row', group: node.group, row }));
    if (node.kind === 'owner') return node.owner.rows.map((row) => ({ kind: 'row', group: node.group, row }));
    return [];
  }

  getTreeItem(node: HandbookNode): vscode.TreeItem {
    if (node.kind === 'group') return groupItem('handbook', node.group);
    if (node.kind === 'owner') {
      const treeItem = new vscode.TreeItem(node.owner.label, vscode.TreeItemCollapsibleState.Expanded);
      treeItem.id = `handbook:${node.group.id}:owner:${node.owner.label}`;
      treeItem.description = String(node.owner.rows.length);
      treeItem.iconPath = new vscode.ThemeIcon(node.owner.rows[0]?.ownership.owners.length ? 'person' : 'question');
      treeItem.contextValue = 'owner:handbook';
      return treeItem;
    }
    const { row } = node;
    const { uri } = row.ref;
    const treeItem = new vscode.TreeItem(pageLabel(row.record), vscode.TreeItemCollapsibleState.None);
    // A page shows in several groups: the id names the group too.
    treeItem.id = `${node.group.id}:${uri.toString()}`;
    treeItem.resourceUri = uri;
    treeItem.description = pageDescription(row);
    const [icon, color] = ICONS[row.review.state];
    treeItem.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    treeItem.contextValue = pageContextValue(row);
    treeItem.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri] };
    return treeItem;
  }

  resolveTreeItem(treeItem: vscode.TreeItem, node: HandbookNode): vscode.TreeItem {
    if (node.kind === 'row') treeItem.tooltip = this.tooltip(node.row);
    return treeItem;
  }

  private tooltip(row: PageRow<StoredRecord>): vscode.MarkdownString {
    const { record: page, ownership } = row;
    const fields: [string, string][] = [];
    const owners = ownership.owners.map(ownerLabel).join(', ') || vscode.l10n.t('none');
    const owner =
      ownership.source === 'codeowners' && ownership.rule
        ? vscode.l10n.t('{0} ({1} line {2})', owners, ownership.rule.path, ownership.rule.line + 1)
        : ownership.source === 'front-matter'
          ? `${owners} ("${page.keys.owner}")`
          : owners;
    fields.push([vscode.l10n.t('Owner'), owner]);
    fields.push([vscode.l10n.t('Last reviewed'), page.lastReviewed ? dayLabel(page.lastReviewed) : vscode.l10n.t('never')]);
    if (page.reviewBy) fields.push([vscode.l10n.t('Review by'), `${dayLabel(page.reviewBy)} (${pageDescription(row)})`]);
    fields.push([vscode.l10n.t('Review every'), page.reviewEvery.raw]);
    fields.push([vscode.l10n.t('Path'), page.path]);
    const config = this.store.config(row.ref.folder).config;
    const score = checkOutcome(page, {
      config,
      now: this.clock.now(),
      zone: this.meTracker.zone(),
      records: [],
      exists: () => true,
      codeowners: this.store.codeowners(row.ref.folder),
    });
    fields.push([vscode.l10n.t('Completeness'), completenessText(score)]);
    return recordTooltip(page.title, fields);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
    this.groups.dispose();
  }
}
