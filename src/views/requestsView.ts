// The Requests view: what waits on me (overdue, needs my reply, waiting on others, my action
// items, GitHub), the meetings to come, the team's open requests and what was closed lately. The
// grouping is core's; this maps rows to tree items.
import * as vscode from 'vscode';
import type { Clock } from '../clock';
import { COMMANDS } from '../constants';
import { checkOutcome, completenessText } from '../core/checks/checkRecord';
import { CONFIG_PATH } from '../core/team/config';
import { categoryText } from '../core/github/inbox';
import {
  badgeCount,
  groupRequests,
  nextWake,
  rowContextValue,
  type RecordInput,
  type GithubRow,
  type RecordRow,
  type RequestGroup,
  type RequestRow,
} from '../core/requests/groups';
import { dueText } from '../core/requests/due';
import { humanTime } from '../core/time/humanTime';
import { localTime } from '../core/time/workingTime';
import type { Urgency } from '../core/time/urgency';
import { scheduleFor } from '../core/team/members';
import type { GithubService } from '../github/service';
import { touches, type RecordStore, type StoredRecord } from '../workspace/store';
import type { Snoozes } from '../requests/snoozes';
import type { MeTracker } from '../team/meTracker';
import { groupedChildren, groupItem, TimedGroups } from './groups';
import { ownerText, recordTooltip } from './tooltip';

export type RequestNode = { kind: 'group'; group: RequestGroup<StoredRecord> } | { kind: 'row'; row: RequestRow<StoredRecord> };

const URGENCY_ICONS: Record<Urgency | 'none', [string, string]> = {
  overdue: ['error', 'errorForeground'],
  'due-today': ['warning', 'editorWarning.foreground'],
  'due-soon': ['clock', 'charts.yellow'],
  later: ['circle-large-outline', 'charts.green'],
  none: ['circle-large-outline', 'descriptionForeground'],
};

/** Rows that are not counting down: a meeting to come, a request closed lately. */
const KIND_ICONS: Partial<Record<RecordRow<unknown>['kind'], [string, string]>> = {
  meeting: ['calendar', 'descriptionForeground'],
  closed: ['pass', 'descriptionForeground'],
};

export class RequestsView implements vscode.TreeDataProvider<RequestNode>, vscode.Disposable {
  private readonly groups: TimedGroups<RequestRow<StoredRecord>, RequestGroup<StoredRecord>>;
  readonly onDidChangeTreeData: vscode.Event<void>;
  private readonly disposables: vscode.Disposable[];
  private wake: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: RecordStore,
    private readonly meTracker: MeTracker,
    private readonly snoozes: Snoozes,
    private readonly clock: Clock,
    private readonly github: GithubService,
  ) {
    // A row's key with its text and urgency (the urgency decides the icon and the menus).
    this.groups = new TimedGroups(
      clock,
      (now) => this.groupsAt(now),
      (row) => `${row.key} ${row.label} ${row.description} ${row.urgency ?? ''}`,
    );
    this.onDidChangeTreeData = this.groups.onDidChange;
    const refresh = () => this.refresh();
    this.disposables = [
      // Any record but a page may hold action items.
      store.onDidChange((change) => touches(change, 'request', 'meeting', 'decision') && refresh()),
      meTracker.onDidChange(refresh),
      snoozes.onDidChange(refresh),
      github.onDidChange(refresh),
    ];
  }

  /** A minute passed: the tree is refreshed only when a remaining time, a row or a group changed. */
  minutePassed(): boolean {
    return this.groups.minutePassed();
  }

  refresh(): void {
    this.groups.refresh();
  }

  /** The groups at the clock's time, computed once per change. */
  current(): RequestGroup<StoredRecord>[] {
    return this.groups.current();
  }

  private groupsAt(now: Date): RequestGroup<StoredRecord>[] {
    const snoozed = this.snoozes.all();
    // Pages are neither asks nor meetings, and hold no action items.
    const entries: RecordInput<StoredRecord>[] = this.store
      .records()
      .flatMap((s) =>
        s.record.type === 'page' ? [] : [{ ref: s, key: s.uri.toString(), record: s.record, config: this.store.config(s.folder).config }],
      );
    const github = { items: this.github.items(), config: this.store.primaryConfig() };
    const groups = groupRequests(entries, { me: this.meTracker.current()?.handle ?? null, now, snoozed, github });
    this.scheduleWake(nextWake(snoozed, now), now);
    return groups;
  }

  /** A snoozed row comes back by itself: look again when the earliest snooze ends. */
  private scheduleWake(at: Date | null, now: Date): void {
    clearTimeout(this.wake);
    if (at) this.wake = setTimeout(() => this.refresh(), Math.min(at.getTime() - now.getTime() + 1000, 2 ** 31 - 1));
  }

  badge(): vscode.ViewBadge | undefined {
    const value = badgeCount(this.current());
    return value > 0 ? { value, tooltip: vscode.l10n.t('{0} overdue or waiting for your reply', value) } : undefined;
  }

  /** Shown above the tree: who "me" is not known, or the team configuration is broken. */
  message(): string | undefined {
    const notes: string[] = [];
    const broken = (vscode.workspace.workspaceFolders ?? []).some((f) => this.store.config(f).problems.length > 0);
    if (broken) notes.push(vscode.l10n.t('{0} has problems (see the Problems panel); defaults are used for them.', CONFIG_PATH));
    if (!this.meTracker.current()) notes.push(vscode.l10n.t('Who you are is not known: run "Set Who I Am" to see what waits on you.'));
    const github = this.github.message();
    if (github) notes.push(github);
    return notes.length > 0 ? notes.join(' ') : undefined;
  }

  getChildren(node?: RequestNode): RequestNode[] {
    return groupedChildren(() => this.current(), node);
  }

  getTreeItem(node: RequestNode): vscode.TreeItem {
    if (node.kind === 'group') return groupItem('requests', node.group);
    return this.rowItem(node.row);
  }

  private rowItem(row: RequestRow<StoredRecord>): vscode.TreeItem {
    if (row.kind === 'github') return this.githubItem(row);
    const { uri } = row.ref;
    const treeItem = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    treeItem.resourceUri = uri;
    treeItem.description = row.description;
    const [icon, color] = KIND_ICONS[row.kind] ?? URGENCY_ICONS[row.urgency ?? 'none'];
    treeItem.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    treeItem.contextValue = rowContextValue(row, this.meTracker.current()?.handle ?? null);
    const selection = row.action ? new vscode.Range(row.action.line, 0, row.action.line, 0) : undefined;
    treeItem.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri, selection ? { selection } : {}] };
    return treeItem;
  }

  private githubItem(row: GithubRow): vscode.TreeItem {
    const treeItem = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    treeItem.description = row.description;
    const color = URGENCY_ICONS[row.urgency ?? 'none'][1];
    treeItem.iconPath = new vscode.ThemeIcon(
      row.github.kind === 'pull-request' ? 'git-pull-request' : 'issues',
      new vscode.ThemeColor(color),
    );
    treeItem.contextValue = rowContextValue(row, this.meTracker.current()?.handle ?? null);
    treeItem.command = {
      command: COMMANDS.openOnGithub,
      title: vscode.l10n.t('Open on GitHub'),
      arguments: [{ kind: 'row', row } satisfies RequestNode],
    };
    return treeItem;
  }

  /** The tooltip is made when it is about to show, so the times in it are current. */
  resolveTreeItem(treeItem: vscode.TreeItem, node: RequestNode): vscode.TreeItem {
    if (node.kind === 'row') treeItem.tooltip = node.row.kind === 'github' ? this.githubTooltip(node.row) : this.tooltip(node.row);
    return treeItem;
  }

  /** Built from GitHub content (titles, logins), so untrusted: no command links, no HTML. */
  private githubTooltip(row: GithubRow): vscode.MarkdownString {
    const { github } = row;
    const now = this.clock.now();
    const reader = this.meTracker.zone();
    const where = `${github.repo}#${github.number}`;
    const fields: [string, string][] = [
      [
        github.kind === 'pull-request' ? vscode.l10n.t('Pull request') : vscode.l10n.t('Issue'),
        github.author ? vscode.l10n.t('{0} by @{1}', where, github.author) : where,
      ],
      [vscode.l10n.t('Why'), categoryText(github.category)],
    ];
    if (github.reviewers.length > 0)
      fields.push([
        github.category === 'waiting-on-others' ? vscode.l10n.t('Reviewers') : vscode.l10n.t('Teams'),
        github.reviewers.join(', '),
      ]);
    fields.push([vscode.l10n.t('Since'), humanTime(new Date(github.since), reader, now)]);
    if (row.due) {
      const zone = scheduleFor(this.store.primaryConfig(), row.owner).timeZone;
      fields.push([vscode.l10n.t('Reply-by'), vscode.l10n.t("{0}, from the team's reply-within", dueText(row.due, now, reader, zone))]);
    }
    const at = this.github.fetchedAt();
    if (at) fields.push([vscode.l10n.t('Fetched'), humanTime(at, reader, now)]);
    return recordTooltip(github.title, fields);
  }

  /**
   * Each time with what is left of it, in the reader's zone (the owner's named when it differs),
   * so the tooltip says what the row says. Built from file content, so untrusted (see recordTooltip).
   */
  private tooltip(row: RecordRow<StoredRecord>): vscode.MarkdownString {
    const { record, folder } = row.ref;
    const config = this.store.config(folder).config;
    const now = this.clock.now();
    const zone = scheduleFor(config, row.owner).timeZone;
    const due = (at: Date) => dueText(at, now, this.meTracker.zone(), zone);
    // The type and status as the file writes them.
    const fields: [string, string][] = [[vscode.l10n.t('Type'), record.status ? `${record.type}, ${record.status}` : record.type]];
    fields.push([
      vscode.l10n.t('Owner'),
      row.owner ? ownerText(row.owner, localTime(now, scheduleFor(config, row.owner))) : vscode.l10n.t('none'),
    ]);
    if (record.type === 'request') {
      if (record.requester) fields.push([vscode.l10n.t('Requester'), `@${record.requester}`]);
      if (record.replyBy)
        fields.push([
          vscode.l10n.t('Reply-by'),
          record.replyByWritten ? due(record.replyBy) : vscode.l10n.t("{0}, from the team's reply-within", due(record.replyBy)),
        ]);
      if (record.deadline) fields.push([vscode.l10n.t('Deadline'), due(record.deadline)]);
      if (record.closed) fields.push([vscode.l10n.t('Closed'), humanTime(record.closed, zone, now)]);
    }
    if (record.type === 'meeting') {
      if (record.date) fields.push([vscode.l10n.t('Meeting'), due(record.date)]);
      if (record.preReadDue) fields.push([vscode.l10n.t('Pre-read due'), due(record.preReadDue)]);
    }
    if (row.action?.due) fields.push([vscode.l10n.t('Action item due'), due(row.action.due)]);
    // Links are not checked here (that needs the file system); the Problems panel has them.
    const score = checkOutcome(record, { config, now, zone: this.meTracker.zone(), records: [], exists: () => true });
    if (score.total > 0) fields.push([vscode.l10n.t('Completeness'), completenessText(score)]);
    return recordTooltip(record.title, fields);
  }

  dispose(): void {
    clearTimeout(this.wake);
    this.disposables.forEach((d) => d.dispose());
    this.groups.dispose();
  }
}
