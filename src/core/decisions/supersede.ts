// Which decisions can supersede another: Supersede With… offers these, in this order. Pure.
import { parentFolder } from '../records/links';
import type { DecisionRecord } from '../records/types';

/** A decision with the caller's reference to it (the stored record, or a path). */
export interface SupersedeCandidate<T> {
  ref: T;
  record: DecisionRecord;
}

/**
 * Newer than `old`: in the same folder a higher number (numbers count per folder); else, or
 * without numbers (date ids), a date on or after its date. Without a number or a date to compare,
 * it may be newer.
 */
function isNewer(c: DecisionRecord, old: DecisionRecord, sameFolder: boolean): boolean {
  if (sameFolder && c.number !== null && old.number !== null) return c.number > old.number;
  if (c.date && old.date) return c.date.getTime() >= old.date.getTime();
  return true;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byNumber(a: DecisionRecord, b: DecisionRecord): number {
  return (
    (a.number ?? Infinity) - (b.number ?? Infinity) ||
    (a.date?.getTime() ?? Infinity) - (b.date?.getTime() ?? Infinity) ||
    compare(a.title, b.title) ||
    compare(a.path, b.path)
  );
}

/**
 * The decisions that can supersede `old`, from the records of its workspace folder: proposed or
 * accepted ones (not drafts, rejected, deprecated or superseded ones), newer than it; those in its
 * folder first, then those of the other folders by folder; each folder in number order.
 */
export function supersedeCandidates<T>(old: DecisionRecord, all: readonly SupersedeCandidate<T>[]): SupersedeCandidate<T>[] {
  const folder = parentFolder(old.path);
  const rank = (c: SupersedeCandidate<T>) => (parentFolder(c.record.path) === folder ? 0 : 1);
  return all
    .filter(
      (c) =>
        c.record.path !== old.path &&
        (c.record.status === 'proposed' || c.record.status === 'accepted') &&
        isNewer(c.record, old, parentFolder(c.record.path) === folder),
    )
    .sort((a, b) => rank(a) - rank(b) || compare(parentFolder(a.record.path), parentFolder(b.record.path)) || byNumber(a.record, b.record));
}
