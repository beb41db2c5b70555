// The GitHub busy status of a focus block (PRODUCT §5): the status a block sets, the GraphQL
// documents that read and change it, and whether to put the previous status back when the block
// ends. Pure: `now` and the user's time zone are always passed in.
import { isBefore } from 'date-fns';
import { wallClock } from '../time/wallClock';
import { MalformedAnswer } from '../github/malformedAnswer';
import { isIso, isObject, str } from '../common/json';

/** A user's status on GitHub, as read and as set. */
export interface UserStatus {
  message: string | null;
  /** An emoji name with colons (`:no_bell:`) or the emoji itself. */
  emoji: string | null;
  /** ISO time after which GitHub no longer shows it; null for never. */
  expiresAt: string | null;
  /** "Busy": not fully available on GitHub. */
  limitedAvailability: boolean;
  /** The node id of the organization whose members alone see it; null when everyone does. */
  organizationId: string | null;
}

/** What a focus block did to the GitHub status, kept on the block in the shared focus state. */
export interface BusyStatusRecord {
  /** The status before the block, to put back when it ends; null when there was none. */
  previous: UserStatus | null;
  /** The busy status the block set. */
  set: UserStatus;
}

/** What to do to the GitHub status now: set one (null clears it), or leave it as it is, and why. */
export type StatusStep = { kind: 'set'; status: UserStatus | null } | { kind: 'leave'; reason: string };

/** A block's step: the busy status to set and the record to keep with it, or why to leave the status alone. */
export type BusyStep = { kind: 'set'; status: UserStatus; record: BusyStatusRecord } | { kind: 'leave'; reason: string };

const CHANGED = 'the status was changed on GitHub during the block';

export const BUSY_EMOJI = ':no_bell:';
/** GitHub refuses a longer status message. */
export const STATUS_MESSAGE_MAX = 80;

const STATUS_FIELDS = 'fragment Status on UserStatus { message emoji expiresAt indicatesLimitedAvailability organization { id } }';

// Both documents are checked against GitHub's schema in a unit test.
export const VIEWER_STATUS_QUERY = `query AsyncWorkViewerStatus { viewer { status { ...Status } } }
${STATUS_FIELDS}
`;

export const CHANGE_STATUS_MUTATION = `mutation AsyncWorkChangeStatus($input: ChangeUserStatusInput!) { changeUserStatus(input: $input) { status { ...Status } } }
${STATUS_FIELDS}
`;

/** The busy status of a block that ends at `endsAt`: "Focusing until 15:30 — I reply within 24h", until then. */
export function busyStatus(endsAt: Date, replyWithin: string, zone: string): UserStatus {
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

/** A busy status of some block (one whose restore failed, say): never worth putting back. */
function isBusyStatus(status: UserStatus): boolean {
  return status.emoji === BUSY_EMOJI && /^Focusing until \d\d:\d\d( — |$)/.test(status.message ?? '');
}

function hasExpired(status: UserStatus, now: Date): boolean {
  return status.expiresAt !== null && !isBefore(now, new Date(status.expiresAt));
}

/**
 * Whether the status on GitHub is still the one the block set: the same message, or none at all
 * once GitHub let ours expire. Anything else the user changed during the block.
 */
function stillOurs(set: UserStatus, current: UserStatus | null, now: Date): boolean {
  return current ? current.message === set.message : hasExpired(set, now);
}

/**
 * What to do when a block starts (`record` null) or gets a new end: set the busy status and keep
 * what to put back later, or leave the status alone when the user changed it during the block.
 */
export function busyStep(record: BusyStatusRecord | null, current: UserStatus | null, busy: UserStatus, now: Date): BusyStep {
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
export function restoreStep(record: BusyStatusRecord, current: UserStatus | null, now: Date): StatusStep {
  if (!stillOurs(record.set, current, now)) return { kind: 'leave', reason: CHANGED };
  const previous = record.previous && !hasExpired(record.previous, now) ? record.previous : null;
  if (!previous && !current) return { kind: 'leave', reason: 'the busy status has expired and there is nothing to put back' };
  return { kind: 'set', status: previous };
}

/** The input of CHANGE_STATUS_MUTATION; an empty one clears the status. */
export function statusInput(status: UserStatus | null): Record<string, string | boolean> {
  if (!status) return {};
  const input: Record<string, string | boolean> = { limitedAvailability: status.limitedAvailability };
  if (status.message !== null) input.message = status.message;
  if (status.emoji !== null) input.emoji = status.emoji;
  if (status.expiresAt !== null) input.expiresAt = status.expiresAt;
  if (status.organizationId !== null) input.organizationId = status.organizationId;
  return input;
}

function expiry(v: unknown): string | null | undefined {
  if (v === null || v === undefined) return null;
  return isIso(v) ? v : undefined;
}

/** A status as GitHub sends it (the Status fragment); null when there is none. */
function fromGithub(raw: unknown): UserStatus | null {
  if (!isObject(raw)) return null;
  const expiresAt = expiry(raw.expiresAt);
  const status = {
    message: str(raw.message) || null,
    emoji: str(raw.emoji) || null,
    expiresAt: expiresAt ?? null,
    limitedAvailability: raw.indicatesLimitedAvailability === true,
    organizationId: isObject(raw.organization) ? str(raw.organization.id) : null,
  };
  return status.message === null && status.emoji === null && !status.limitedAvailability ? null : status;
}

/** A status as the focus state stores it; null when it is malformed. */
function stored(raw: unknown): UserStatus | null {
  if (!isObject(raw)) return null;
  const expiresAt = expiry(raw.expiresAt);
  if (expiresAt === undefined) return null;
  return {
    message: str(raw.message),
    emoji: str(raw.emoji),
    expiresAt,
    limitedAvailability: raw.limitedAvailability === true,
    organizationId: str(raw.organizationId),
  };
}

/** The viewer's status in the `data` of GitHub's answer to VIEWER_STATUS_QUERY; null when there is none. */
export function mapViewerStatus(data: unknown): UserStatus | null {
  if (!isObject(data) || !isObject(data.viewer)) throw new MalformedAnswer('no viewer');
  return fromGithub(data.viewer.status);
}

/** The status after CHANGE_STATUS_MUTATION; null when it was cleared. */
export function mapChangedStatus(data: unknown): UserStatus | null {
  if (!isObject(data) || !isObject(data.changeUserStatus)) throw new MalformedAnswer('no changeUserStatus');
  return fromGithub(data.changeUserStatus.status);
}

/** The record kept in the shared focus state, read defensively: null when it is malformed. */
export function readBusyStatusRecord(raw: unknown): BusyStatusRecord | null {
  if (!isObject(raw)) return null;
  const set = stored(raw.set);
  return set && { previous: stored(raw.previous), set };
}
