// The Decisions view: open for comments (with the countdown), ready to decide, drafts, and the
// settled decisions by status. The grouping is core's; this maps rows to tree items.
import * as vscode from 'vscode';
import type { Clock } from '../clock';
import { checkOutcome, completenessText } from '../core/checks/checkRecord';
import {
  decisionContextValue,
  decisionDescription,
  decisionLabel,
  decisionName,
  groupDecisions,
  windowText,
  type DecisionGroup,
  type DecisionGroupId,
  type DecisionRow,
} from '../core/decisions/groups';
import { humanDay, humanTimeNoted } from '../core/time/humanTime';
import { localTime } from '../core/time/workingTime';
import { scheduleFor } from '../core/team/members';
import type { DecisionRecord } from '../core/records/types';
import { touches, type RecordStore, type StoredRecord } from '../workspace/store';
import { groupedChildren, groupItem, TimedGroups } from './groups';
import { ownerText, recordTooltip } from './tooltip';

export type DecisionNode = { kind: 'group'; group: DecisionGroup<StoredRecord> } | { kind: 'row'; row: DecisionRow<StoredRecord> };

const ICONS: Record<DecisionGroupId, [string, string]> = {
  'open-for-comments': ['comment-discussion', 'charts.blue'],
  'ready-to-decide': ['bell-dot', 'charts.orange'],
  drafts: ['edit', 'descriptionForeground'],
  accepted: ['pass', 'charts.green'],
  rejected: ['circle-slash', 'charts.red'],
  superseded: ['arrow-swap', 'descriptionForeground'],
  deprecated: ['archive', 'descriptionForeground'],
  unknown: ['question', 'descriptionForeground'],
};

export class DecisionsView implements vscode.TreeDataProvider<DecisionNode>, vscode.Disposable {
  private readonly groups: TimedGroups<DecisionRow<StoredRecord>, DecisionGroup<StoredRecord>>;
  readonly onDidChangeTreeData: vscode.Event<void>;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly store: RecordStore,
    private readonly clock: Clock,
    /** The reader's zone, for the times in tooltips. */
    private readonly zone: () => string,
  ) {
    this.groups = new TimedGroups(
      clock,
      (now) => this.groupsAt(now),
      (row, now) => `${row.ref.uri.toString()} ${decisionDescription(row, now)} ${decisionContextValue(row.record, now)}`,
    );
    this.onDidChangeTreeData = this.groups.onDidChange;
    this.subscription = store.onDidChange((change) => touches(change, 'decision') && this.refresh());
  }

  /** A minute passed: the tree is refreshed only when a countdown, a row or a group changed. */
  minutePassed(): boolean {
    return this.groups.minutePassed();
  }

  refresh(): void {
    this.groups.refresh();
  }

  /** Told by the tree view: a hidden tree is not looked at every minute. */
  setVisible(visible: boolean): void {
    this.groups.setVisible(visible);
  }

  /** The groups at the clock's time, computed once per change. */
  current(): DecisionGroup<StoredRecord>[] {
    return this.groups.current();
  }

  private groupsAt(now: Date): DecisionGroup<StoredRecord>[] {
    const entries = this.store
      .records()
      .flatMap((s) =>
        s.record.type === 'decision' ? [{ ref: s, record: s.record, config: this.store.config(s.folder).config, root: s.folder.name }] : [],
      );
    return groupDecisions(entries, now);
  }

  getChildren(node?: DecisionNode): DecisionNode[] {
    return groupedChildren(() => this.current(), node);
  }

  getTreeItem(node: DecisionNode): vscode.TreeItem {
    if (node.kind === 'group') return groupItem('decisions', node.group);
    const { row } = node;
    const { uri } = row.ref;
    const treeItem = new vscode.TreeItem(decisionLabel(row.record), vscode.TreeItemCollapsibleState.None);
    treeItem.id = uri.toString();
    treeItem.resourceUri = uri;
    treeItem.description = decisionDescription(row, this.clock.now());
    const [icon, color] = ICONS[row.group];
    treeItem.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    treeItem.contextValue = decisionContextValue(row.record, this.clock.now());
    treeItem.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri] };
    return treeItem;
  }

  /** The tooltip is made when it is about to show, so the owner's local time in it is current. */
  resolveTreeItem(treeItem: vscode.TreeItem, node: DecisionNode): vscode.TreeItem {
    if (node.kind === 'row') treeItem.tooltip = this.tooltip(node.row);
    return treeItem;
  }

  private tooltip(row: DecisionRow<StoredRecord>): vscode.MarkdownString {
    const { record: r, ref: stored } = row;
    const config = this.store.config(stored.folder).config;
    const now = this.clock.now();
    const zone = scheduleFor(config, r.owner).timeZone;
    const fields: [string, string][] = [[vscode.l10n.t('Status'), r.statusRaw ? `${r.status} ("${r.statusRaw}")` : r.status]];
    if (r.number !== null) fields.push([vscode.l10n.t('Number'), String(r.number)]);
    // A decision's date is a day on the owner's calendar, not a moment to convert.
    if (r.date) fields.push([vscode.l10n.t('Date'), humanDay(r.date, zone, now)]);
    fields.push([
      vscode.l10n.t('Owner'),
      r.owner ? ownerText(r.owner, localTime(now, scheduleFor(config, r.owner))) : vscode.l10n.t('none'),
    ]);
    if (r.deciders.length > 0) fields.push([vscode.l10n.t('Decision makers'), r.deciders.join(', ')]);
    if (r.commentsUntil && r.status === 'proposed') {
      const until = humanTimeNoted(r.commentsUntil, this.zone(), zone, now, windowText(r.commentsUntil, now));
      fields.push([
        vscode.l10n.t('Comments until'),
        r.commentsUntilWritten ? until : vscode.l10n.t('{0}, from the team comment period', until),
      ]);
    }
    // Titles, not paths: a link that leads to no record shows what it says.
    const name = (d: DecisionRecord | string) => (typeof d === 'string' ? d : decisionName(d));
    if (row.replaced.length > 0) fields.push([vscode.l10n.t('Supersedes'), row.replaced.map(name).join(', ')]);
    if (r.supersededBy) fields.push([vscode.l10n.t('Superseded by'), name(row.successor ?? r.supersededBy)]);
    fields.push([vscode.l10n.t('Path'), r.path]);
    const score = checkOutcome(r, { config, now, zone: this.zone(), records: [], exists: () => true });
    if (score.total > 0) fields.push([vscode.l10n.t('Completeness'), completenessText(score)]);
    return recordTooltip(r.title, fields);
  }

  dispose(): void {
    this.subscription.dispose();
    this.groups.dispose();
  }
}
