// The Decisions view as plain rows: decisions open for comments (with their countdown), ready to
// decide once the window has closed, drafts, and the settled ones by status. Pure: `now` is passed in.
import { differenceInMinutes, isBefore } from 'date-fns';
import type { TeamConfig } from '../team/config';
import { formatRecordDay } from '../time/recordDates';
import { parentFolder } from '../records/links';
import { shownText } from '../common/text';
import { l10n } from '../common/l10n';
import { spanText } from '../time/urgency';
import { scheduleFor } from '../team/members';
import type { DecisionRecord } from '../records/types';

export type DecisionGroupId =
  'open-for-comments' | 'ready-to-decide' | 'drafts' | 'accepted' | 'rejected' | 'superseded' | 'deprecated' | 'unknown';

export const DECISION_GROUPS: readonly { id: DecisionGroupId; collapsed: boolean }[] = [
  { id: 'open-for-comments', collapsed: false },
  { id: 'ready-to-decide', collapsed: false },
  { id: 'drafts', collapsed: false },
  { id: 'accepted', collapsed: true },
  { id: 'rejected', collapsed: true },
  { id: 'superseded', collapsed: true },
  { id: 'deprecated', collapsed: true },
  { id: 'unknown', collapsed: true },
];

/** A group's heading, in the current language. */
export function decisionGroupLabel(id: DecisionGroupId): string {
  switch (id) {
    case 'open-for-comments':
      return l10n.t('Open for comments');
    case 'ready-to-decide':
      return l10n.t('Ready to decide');
    case 'drafts':
      return l10n.t('Drafts');
    case 'accepted':
      return l10n.t('Accepted');
    case 'rejected':
      return l10n.t('Rejected');
    case 'superseded':
      return l10n.t('Superseded');
    case 'deprecated':
      return l10n.t('Deprecated');
    case 'unknown':
      return l10n.t('Unknown status');
  }
}

/** Whether the comment window of a proposed decision is open, closed, or not known (no date). */
export type CommentWindow = 'open' | 'closed' | 'none';

/** A decision to group, with the caller's reference to it (the stored record, or a path). */
export interface DecisionInput<T> {
  ref: T;
  record: DecisionRecord;
  config: TeamConfig;
  /** The name of the workspace folder the record is in, when there may be several. */
  root?: string;
}

export interface DecisionRow<T> {
  ref: T;
  record: DecisionRecord;
  config: TeamConfig;
  group: DecisionGroupId;
  window: CommentWindow;
  /** The folder the record is in (`docs/adr`, `platform/docs/adr`), or null when every record is in one folder. */
  folder: string | null;
  /** The decision that replaces this one, when its link leads to one. */
  successor: DecisionRecord | null;
  /** The decisions this one replaces, where the links lead to one, else the path as written. */
  replaced: readonly (DecisionRecord | string)[];
}

export interface DecisionGroup<T> {
  id: DecisionGroupId;
  label: string;
  collapsed: boolean;
  rows: DecisionRow<T>[];
}

export function commentWindow(r: DecisionRecord, now: Date): CommentWindow {
  if (r.status !== 'proposed' || !r.commentsUntil) return 'none';
  return isBefore(now, r.commentsUntil) ? 'open' : 'closed';
}

/** "closes in 2d" while the window is open, "closed 3h ago" after. */
export function windowText(until: Date, now: Date): string {
  const span = spanText(differenceInMinutes(until, now));
  return isBefore(now, until) ? l10n.t('closes in {0}', span) : l10n.t('closed {0} ago', span);
}

function groupOf(r: DecisionRecord, window: CommentWindow): DecisionGroupId {
  switch (r.status) {
    case 'proposed':
      return window === 'open' ? 'open-for-comments' : 'ready-to-decide';
    case 'draft':
      return 'drafts';
    default:
      return r.status;
  }
}

/** The folder of a record as people tell folders apart: the workspace folder's name first when there are several. */
function folderOf(e: DecisionInput<unknown>, roots: boolean): string {
  const dir = parentFolder(e.record.path);
  return roots && e.root ? (dir ? `${e.root}/${dir}` : e.root) : dir;
}

/** "#6 Adopt trunk-based development", or the title alone for a decision without a number. */
export function decisionName(r: DecisionRecord): string {
  return `${r.number !== null ? `#${r.number} ` : ''}${shownText(r.title)}`;
}

/** A row's label: the title, as plain text. */
export function decisionLabel(r: DecisionRecord): string {
  return shownText(r.title);
}

/**
 * "#7 · closes in 2d · @alice": the number, the comment window or the date ("by #6 Title" for a
 * superseded one), the owner, and the folder when the records are in several. Computed for shown
 * rows only.
 */
export function decisionDescription<T>(row: DecisionRow<T>, now: Date): string {
  const r = row.record;
  const by =
    r.status === 'superseded' && r.supersededBy
      ? l10n.t('by {0}', row.successor ? decisionName(row.successor) : shownText(r.supersededBy))
      : '';
  const when =
    by ||
    (r.commentsUntil && r.status === 'proposed'
      ? windowText(r.commentsUntil, now)
      : r.date
        ? formatRecordDay(r.date, scheduleFor(row.config, r.owner).timeZone)
        : '');
  return [r.number !== null ? `#${r.number}` : '', when, r.owner ? `@${shownText(r.owner)}` : '', row.folder ? shownText(row.folder) : '']
    .filter(Boolean)
    .join(' · ');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Settled decisions by folder, then number, then title. */
function byNumber<T>(a: DecisionRow<T>, b: DecisionRow<T>): number {
  return (
    compare(a.folder ?? '', b.folder ?? '') ||
    (a.record.number ?? Infinity) - (b.record.number ?? Infinity) ||
    compare(a.record.title, b.record.title)
  );
}

/** Open decisions by when their window closes, soonest first. */
function byWindow<T>(a: DecisionRow<T>, b: DecisionRow<T>): number {
  const ta = a.record.commentsUntil?.getTime() ?? Infinity;
  const tb = b.record.commentsUntil?.getTime() ?? Infinity;
  return ta - tb || byNumber(a, b);
}

/**
 * The groups in view order; empty groups are kept (the view hides them). Each row knows its folder
 * (shown when the records are in several) and the decisions its supersede links lead to.
 */
const NO_LINKS: readonly (DecisionRecord | string)[] = [];

export function groupDecisions<T>(entries: readonly DecisionInput<T>[], now: Date): DecisionGroup<T>[] {
  const roots = new Set(entries.map((e) => e.root)).size > 1;
  const folders = entries.map((e) => folderOf(e, roots));
  const several = new Set(folders).size > 1;
  // Links lead to a path in the same workspace folder. Few decisions have links: the map is built
  // on the first one, so regrouping thousands of decisions on each change stays cheap.
  let byPath: Map<string, DecisionRecord> | null = null;
  const linked = (e: DecisionInput<T>, path: string) => {
    const key = (root: string | undefined, p: string) => (roots ? `${root ?? ''}\n${p}` : p);
    byPath ??= new Map(entries.map((other) => [key(other.root, other.record.path), other.record]));
    return byPath.get(key(e.root, path));
  };
  const rows = new Map<DecisionGroupId, DecisionRow<T>[]>(DECISION_GROUPS.map((g) => [g.id, []]));
  entries.forEach((e, i) => {
    const window = commentWindow(e.record, now);
    const group = groupOf(e.record, window);
    rows.get(group)!.push({
      ref: e.ref,
      record: e.record,
      config: e.config,
      group,
      window,
      folder: several ? folders[i] : null,
      successor: (e.record.supersededBy && linked(e, e.record.supersededBy)) || null,
      replaced: e.record.supersedes.length > 0 ? e.record.supersedes.map((p) => linked(e, p) ?? p) : NO_LINKS,
    });
  });
  return DECISION_GROUPS.map((g) => ({
    ...g,
    label: decisionGroupLabel(g.id),
    rows: rows.get(g.id)!.sort(g.id === 'open-for-comments' || g.id === 'ready-to-decide' ? byWindow : byNumber),
  }));
}

/** `record:decision:<status>:<window>`, matched by regex when-clauses in package.json. */
export function decisionContextValue(r: DecisionRecord, now: Date): string {
  return `record:decision:${r.status}:${commentWindow(r, now)}`;
}
