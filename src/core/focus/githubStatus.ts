// The GitHub status of a focus block (PRODUCT §5): the status a block sets, and whether to put
// the previous status back when the block ends. Pure: `now` and the user's time zone are always
// passed in.
import { isBefore } from 'date-fns';
import { wallClock } from '../time/wallClock';
import { readGithubStatus, STATUS_MESSAGE_MAX, type GithubStatus } from '../github/status';
import { isObject } from '../common/json';

/** What a focus block did to the GitHub status, kept on the block in the shared focus state. */
export interface GithubStatusRecord {
  /** The status before the block, to put back when it ends; null when there was none. */
  previous: GithubStatus | null;
  /** The GitHub status the block set (busy). */
  set: GithubStatus;
}

/** What to do to the GitHub status now: set one (null clears it), or leave it as it is, and why. */
export type GithubStatusStep = { kind: 'set'; status: GithubStatus | null } | { kind: 'leave'; reason: string };

/** A block's step: the GitHub status to set and the record to keep with it, or why to leave the status alone. */
export type BusyStep = { kind: 'set'; status: GithubStatus; record: GithubStatusRecord } | { kind: 'leave'; reason: string };

const CHANGED = 'the status was changed on GitHub during the block';

export const BUSY_EMOJI = ':no_bell:';

/** The GitHub status (busy) of a block that ends at `endsAt`: "Focusing until 15:30 — I reply within 24h", until then. */
export function busyGithubStatus(endsAt: Date, replyWithin: string, zone: string): GithubStatus {
  const until = `Focusing until ${wallClock(endsAt, zone).time}`;
  const message = `${until} — I reply within ${replyWithin.trim()}`;
  return {
    message: message.length <= STATUS_MESSAGE_MAX ? message : until,
    emoji: BUSY_EMOJI,
    expiresAt: endsAt.toISOString(),
    limitedAvailability: true,
    organizationId: null,
  };
}

/** A busy GitHub status of some block (one whose restore failed, say): never worth putting back. */
function isBusyStatus(status: GithubStatus): boolean {
  return status.emoji === BUSY_EMOJI && /^Focusing until \d\d:\d\d( — |$)/.test(status.message ?? '');
}

function hasExpired(status: GithubStatus, now: Date): boolean {
  return status.expiresAt !== null && !isBefore(now, new Date(status.expiresAt));
}

/**
 * Whether the status on GitHub is still the one the block set: the same message, or none at all
 * once GitHub let ours expire. Anything else the user changed during the block.
 */
function stillOurs(set: GithubStatus, current: GithubStatus | null, now: Date): boolean {
  return current ? current.message === set.message : hasExpired(set, now);
}

/**
 * What to do when a block starts (`record` null) or gets a new end: set the GitHub status and keep
 * what to put back later, or leave the status alone when the user changed it during the block.
 */
export function busyStep(record: GithubStatusRecord | null, current: GithubStatus | null, busy: GithubStatus, now: Date): BusyStep {
  if (record) {
    if (!stillOurs(record.set, current, now)) return { kind: 'leave', reason: CHANGED };
    return { kind: 'set', status: busy, record: { previous: record.previous, set: busy } };
  }
  const previous = current && !isBusyStatus(current) && !hasExpired(current, now) ? current : null;
  return { kind: 'set', status: busy, record: { previous, set: busy } };
}

/**
 * What to do when the block ends: put the previous status back (or clear ours when there was
 * none, or it has expired since), unless the user changed the status on GitHub during the block.
 */
export function restoreStep(record: GithubStatusRecord, current: GithubStatus | null, now: Date): GithubStatusStep {
  if (!stillOurs(record.set, current, now)) return { kind: 'leave', reason: CHANGED };
  const previous = record.previous && !hasExpired(record.previous, now) ? record.previous : null;
  if (!previous && !current) return { kind: 'leave', reason: 'the GitHub status has expired and there is nothing to put back' };
  return { kind: 'set', status: previous };
}

/** The record kept in the shared focus state, read defensively: null when it is malformed. */
export function readGithubStatusRecord(raw: unknown): GithubStatusRecord | null {
  if (!isObject(raw)) return null;
  const set = readGithubStatus(raw.set);
  return set && { previous: readGithubStatus(raw.previous), set };
}
