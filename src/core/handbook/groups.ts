// The Handbook view as plain rows: my pages to review, pages without an owner, everyone's overdue
// pages by owner, and all pages by owner. Pure: `now` and "me" are passed in.
import type { Codeowners } from './codeowners';
import { isMe, ownerLabel, pageOwnership, pageZone, type Ownership } from './ownership';
import { dayIn, dayLabel, reviewOf, reviewText, type Review } from './review';
import { shownText } from '../common/text';
import { l10n } from '../common/l10n';
import type { TeamConfig } from '../team/config';
import type { PageRecord } from '../records/types';

export type HandbookGroupId = 'my-reviews' | 'without-owner' | 'overdue' | 'all';

export const HANDBOOK_GROUPS: readonly { id: HandbookGroupId; collapsed: boolean; byOwner: boolean }[] = [
  { id: 'my-reviews', collapsed: false, byOwner: false },
  { id: 'without-owner', collapsed: false, byOwner: false },
  { id: 'overdue', collapsed: false, byOwner: true },
  { id: 'all', collapsed: true, byOwner: true },
];

/** A group's heading, in the current language. */
export function handbookGroupLabel(id: HandbookGroupId): string {
  switch (id) {
    case 'my-reviews':
      return l10n.t('My pages to review');
    case 'without-owner':
      return l10n.t('Without an owner');
    case 'overdue':
      return l10n.t('Overdue');
    case 'all':
      return l10n.t('All pages');
  }
}

export interface PageInput<T> {
  ref: T;
  record: PageRecord;
  config: TeamConfig;
  /** The CODEOWNERS of the page's workspace folder. */
  codeowners: Codeowners | null;
}

export interface PageRow<T> {
  ref: T;
  record: PageRecord;
  ownership: Ownership;
  review: Review;
  /** The owner's day, on which the review is counted. */
  today: string;
  mine: boolean;
}

/** Pages of one owner inside a group shown by owner. */
export interface OwnerGroup<T> {
  /** `@alice`, `@org/docs`, or "No owner". */
  label: string;
  rows: PageRow<T>[];
}

export interface HandbookGroup<T> {
  id: HandbookGroupId;
  label: string;
  collapsed: boolean;
  byOwner: boolean;
  rows: PageRow<T>[];
  /** The rows by owner, for groups shown that way (owners by name, "No owner" last). */
  owners: OwnerGroup<T>[];
}

export function pageRow<T>(input: PageInput<T>, me: string | null, now: Date, today = (zone: string) => dayIn(now, zone)): PageRow<T> {
  const ownership = pageOwnership(input.record, input.codeowners);
  const day = today(pageZone(ownership, input.config));
  return {
    ref: input.ref,
    record: input.record,
    ownership,
    review: reviewOf(input.record.reviewBy, day),
    today: day,
    mine: ownership.owners.length > 0 && ownership.owners.some((o) => isMe(o, me, input.config)),
  };
}

/** Overdue first (the longest overdue first), then never reviewed, then the soonest due. */
function byUrgency<T>(a: PageRow<T>, b: PageRow<T>): number {
  const rank = (r: PageRow<T>) => (r.review.state === 'overdue' ? 0 : r.review.state === 'never-reviewed' ? 1 : 2);
  return rank(a) - rank(b) || (a.review.daysLeft ?? 0) - (b.review.daysLeft ?? 0) || byTitle(a, b);
}

// Titles are compared by a key made once per page (accents and case set aside), not through
// Intl's collator thousands of times on every regroup.
const sortKeys = new WeakMap<PageRecord, string>();

function sortKey(page: PageRecord): string {
  let key = sortKeys.get(page);
  if (key === undefined) {
    key = `${page.title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()}\u0000${page.path}`;
    sortKeys.set(page, key);
  }
  return key;
}

/** Rows by title, each row's key looked up once rather than at every comparison. */
function sortedByTitle<T>(rows: readonly PageRow<T>[]): PageRow<T>[] {
  return rows
    .map((row) => ({ key: sortKey(row.record), row }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((k) => k.row);
}

function byTitle<T>(a: PageRow<T>, b: PageRow<T>): number {
  const ka = sortKey(a.record);
  const kb = sortKey(b.record);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

const labels = new WeakMap<Ownership, string>();

/** The name a page's owners are shown under: one owner, several joined, or "No owner"; fit to show, as front matter may name anything. */
export function ownersLabel(ownership: Ownership): string {
  if (ownership.owners.length === 0) return l10n.t('No owner');
  let label = labels.get(ownership);
  if (label === undefined) {
    label = ownership.owners.map(ownerLabel).join(', ');
    labels.set(ownership, label);
  }
  return label;
}

function byOwner<T>(rows: readonly PageRow<T>[]): OwnerGroup<T>[] {
  const owners = new Map<string, PageRow<T>[]>();
  for (const row of rows) {
    const label = ownersLabel(row.ownership);
    const list = owners.get(label);
    if (list) list.push(row);
    else owners.set(label, [row]);
  }
  const nobody = l10n.t('No owner');
  return [...owners.entries()]
    .sort(([a], [b]) =>
      a === nobody ? 1 : b === nobody ? -1 : a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0,
    )
    .map(([label, list]) => ({ label, rows: list }));
}

export function groupPages<T>(inputs: readonly PageInput<T>[], options: { me: string | null; now: Date }): HandbookGroup<T>[] {
  // The day in a zone is asked once per zone: a time-zone conversion costs more than all the rest of a row.
  const days = new Map<string, string>();
  const today = (zone: string) => {
    let day = days.get(zone);
    if (day === undefined) days.set(zone, (day = dayIn(options.now, zone)));
    return day;
  };
  const rows = inputs.map((i) => pageRow(i, options.me, options.now, today));
  const members: Record<HandbookGroupId, PageRow<T>[]> = {
    // A page of mine that was never reviewed is as due as an overdue one.
    'my-reviews': rows.filter((r) => r.mine && r.review.state !== 'fresh').sort(byUrgency),
    'without-owner': rows.filter((r) => r.ownership.owners.length === 0).sort(byTitle),
    overdue: rows.filter((r) => r.review.state === 'overdue').sort(byUrgency),
    all: sortedByTitle(rows),
  };
  return HANDBOOK_GROUPS.map((g) => ({
    ...g,
    label: handbookGroupLabel(g.id),
    rows: members[g.id],
    owners: g.byOwner ? byOwner(members[g.id]) : [],
  }));
}

/** The view's badge: my reviews that are overdue or were never done. */
export function handbookBadge<T>(groups: readonly HandbookGroup<T>[]): number {
  return groups.find((g) => g.id === 'my-reviews')?.rows.filter((r) => r.review.state !== 'due-soon').length ?? 0;
}

/** A row's label: the page's title, fit to show. */
export function pageLabel(page: PageRecord): string {
  return shownText(page.title) || page.path;
}

/** A row's description: where its review stands (the owner is the group's or the owner node's). */
export function pageDescription<T>(row: PageRow<T>): string {
  // Written but not a day: not the same as never reviewed (the Problems panel says why).
  const { record: page } = row;
  if (page.lastReviewed === null && page.layout.fields[page.keys.lastReviewed]) return l10n.t('"{0}" is not a day', page.keys.lastReviewed);
  return reviewText(row.review);
}

/** The line at the top of an open page: "@alice owns this page · reviewed 14 Mar 2026 · review due in 12 days". */
export function lensText<T>(row: PageRow<T>): string {
  const { owners } = row.ownership;
  const who =
    owners.length === 0
      ? l10n.t('No owner')
      : owners.length === 1
        ? l10n.t('{0} owns this page', ownerLabel(owners[0]))
        : l10n.t('{0} share this page', owners.map(ownerLabel).join(', '));
  const reviewed = row.record.lastReviewed ? l10n.t('reviewed {0}', dayLabel(row.record.lastReviewed)) : null;
  return [who, reviewed, pageDescription(row)].filter((s) => s !== null).join(' · ');
}

/** `row:page:<state>:<mine|other>`, for when-clauses. */
export function pageContextValue<T>(row: PageRow<T>): string {
  return `row:page:${row.review.state}:${row.mine ? 'mine' : 'other'}`;
}
