// Focus blocks (PRODUCT §5): the state every window shares, the steps that change it, and what the
// status bar says. Pure: `now` and the user's time zone are always passed in.
import { TZDate } from '@date-fns/tz';
import { addMinutes, differenceInMilliseconds, differenceInMinutes, isBefore, max, min, startOfDay, subDays } from 'date-fns';
import { readGithubStatusRecord, type GithubStatusRecord } from './githubStatus';
import { humanTime } from '../time/humanTime';
import { scheduledSlot, type FocusSlotRule } from './schedule';
import { digestText, heldSummary, isReminderKind, type HeldReminder } from '../reminders/held';
import { isIso } from '../common/json';
import { l10n } from '../common/l10n';

export interface FocusBlock {
  startedAt: string;
  endsAt: string;
  /** The schedule started it. */
  scheduled: boolean;
  /** The GitHub status it set, and the status to put back when it ends. */
  githubStatus?: GithubStatusRecord;
}

/** A window's claim to take a step no user asked for (see FocusMachine); ISO times. */
export interface FocusClaim {
  step: string;
  window: string;
  at: string;
}

/** Persisted in global state, shared by every window. Times are ISO 8601. */
export interface FocusState {
  block: FocusBlock | null;
  /** Reminders held during the block. */
  held: HeldReminder[];
  /** Finished blocks of the last days, for today's focused minutes. */
  done: { start: string; end: string }[];
  /**
   * Whether a focus block left Do Not Disturb on. VS Code restores Do Not Disturb in a window that
   * opens from what the last toggle stored, so a window that opens now starts with it this way.
   */
  dnd: boolean;
  claim: FocusClaim | null;
}

/** What ended: the digest comes from it. */
export interface FocusEnding {
  reason: 'ended' | 'expired';
  block: FocusBlock;
  held: HeldReminder[];
}

/** A step no user asked for: finishing a block whose time is up, or starting a scheduled one. */
export type FocusStep = { kind: 'finish'; id: string } | { kind: 'start'; id: string; endsAt: Date };

export const DEFAULT_FOCUS_MINUTES = 50;
/** The longest block Start Focus and the settings accept: a working day. */
export const MAX_FOCUS_MINUTES = 480;

/** `value` as a block length in whole minutes, or null when it is not one. */
export function focusMinutes(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_FOCUS_MINUTES ? n : null;
}

/** Finished blocks are kept this long; "today" in any time zone started within it. */
const DONE_KEPT_DAYS = 2;

export function emptyFocusState(): FocusState {
  return { block: null, held: [], done: [], dnd: false, claim: null };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The persisted state, read defensively: whatever is malformed is dropped. */
export function readFocusState(raw: unknown): FocusState {
  const state = emptyFocusState();
  if (!isRecord(raw)) return state;
  const b = raw.block;
  if (isRecord(b) && isIso(b.startedAt) && isIso(b.endsAt)) {
    state.block = { startedAt: b.startedAt, endsAt: b.endsAt, scheduled: b.scheduled === true };
    const githubStatus = readGithubStatusRecord(b.githubStatus);
    if (githubStatus) state.block.githubStatus = githubStatus;
  }
  if (Array.isArray(raw.held)) {
    state.held = raw.held.filter(
      (h): h is HeldReminder =>
        isRecord(h) && isReminderKind(h.kind) && typeof h.key === 'string' && typeof h.message === 'string' && isIso(h.at),
    );
  }
  if (Array.isArray(raw.done))
    state.done = raw.done.filter((d): d is FocusState['done'][number] => isRecord(d) && isIso(d.start) && isIso(d.end));
  state.dnd = raw.dnd === true;
  const c = raw.claim;
  if (isRecord(c) && typeof c.step === 'string' && typeof c.window === 'string' && isIso(c.at))
    state.claim = { step: c.step, window: c.window, at: c.at };
  return state;
}

/** Starts a block that ends at `endsAt`; a running block keeps its start and gets the new end. */
export function startBlock(state: FocusState, now: Date, endsAt: Date, scheduled = false): FocusState {
  const block = state.block
    ? { ...state.block, endsAt: endsAt.toISOString() }
    : { startedAt: now.toISOString(), endsAt: endsAt.toISOString(), scheduled };
  return { ...state, block, claim: null };
}

/** Ends the running block (at its planned end if that has passed); null when none runs. */
export function endBlock(state: FocusState, now: Date): { state: FocusState; ending: FocusEnding } | null {
  const block = state.block;
  if (!block) return null;
  const endsAt = new Date(block.endsAt);
  const reason = isBefore(now, endsAt) ? 'ended' : 'expired';
  const end = min([now, endsAt]);
  const kept = state.done.filter((d) => isBefore(subDays(now, DONE_KEPT_DAYS), new Date(d.end)));
  return {
    state: { ...state, block: null, held: [], done: [...kept, { start: block.startedAt, end: end.toISOString() }], claim: null },
    ending: { reason, block, held: state.held },
  };
}

export function isExpired(block: FocusBlock, now: Date): boolean {
  return !isBefore(now, new Date(block.endsAt));
}

/** The step due now, if any: a block whose time is up, or a scheduled slot that has not had its block. */
export function dueStep(state: FocusState, now: Date, rules: readonly FocusSlotRule[], zone: string): FocusStep | null {
  if (state.block) return isExpired(state.block, now) ? { kind: 'finish', id: `finish ${state.block.startedAt}` } : null;
  const slot = scheduledSlot(rules, now, zone);
  if (!slot) return null;
  // A slot starts one block: not again once a block has ended inside it (ended early by hand, or
  // a block started by hand that ran into the slot).
  if (state.done.some((d) => !isBefore(new Date(d.end), slot.start))) return null;
  return { kind: 'start', id: `start ${slot.start.toISOString()}`, endsAt: slot.end };
}

/** Minutes focused today in `zone`: finished blocks and the running one. */
export function focusedMinutesToday(state: FocusState, now: Date, zone: string): number {
  const dayStart = startOfDay(new TZDate(now.getTime(), zone));
  const spans = [...state.done, ...(state.block ? [{ start: state.block.startedAt, end: state.block.endsAt }] : [])];
  let ms = 0;
  for (const span of spans) {
    const from = max([new Date(span.start), dayStart]);
    const to = min([new Date(span.end), now]);
    if (isBefore(from, to)) ms += differenceInMilliseconds(to, from);
  }
  return Math.floor(ms / 60_000);
}

/** "42m", "1h 30m", "2h". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return l10n.t('{0}m', minutes);
  const rest = minutes % 60;
  return rest === 0 ? l10n.t('{0}h', Math.floor(minutes / 60)) : l10n.t('{0}h {1}m', Math.floor(minutes / 60), rest);
}

/** Whole minutes left, rounded up: a block shows "1m" in its last minute. */
export function minutesLeft(block: FocusBlock, now: Date): number {
  return Math.max(0, differenceInMinutes(new Date(block.endsAt), now, { roundingMethod: 'ceil' }));
}

export function blockEnd(now: Date, minutes: number): Date {
  return addMinutes(now, minutes);
}

/** "2 reminders held (2 review requests)"; inside a sentence, "no reminders held" starts in lower case. */
function heldLine(held: readonly HeldReminder[], inSentence = false): string {
  if (held.length === 0) return inSentence ? l10n.t('no reminders held') : l10n.t('No reminders held');
  const summary = heldSummary(held) ?? '';
  return held.length === 1 ? l10n.t('1 reminder held ({0})', summary) : l10n.t('{0} reminders held ({1})', held.length, summary);
}

export interface FocusStatus {
  focusing: boolean;
  /** The status bar text, with codicons. */
  text: string;
  tooltip: string;
  /** What a screen reader says. */
  label: string;
}

export function focusStatus(state: FocusState, now: Date, zone: string, defaultMinutes: number): FocusStatus {
  const today = l10n.t('Focused today: {0}', formatMinutes(focusedMinutesToday(state, now, zone)));
  const block = state.block;
  if (!block) {
    return {
      focusing: false,
      text: l10n.t('$(target) Focus'),
      tooltip: [l10n.t('Focus mode is off'), today, l10n.t('Click to start a {0}-minute focus block.', defaultMinutes)].join('\n'),
      label: l10n.t('Focus mode is off'),
    };
  }
  const left = formatMinutes(minutesLeft(block, now));
  return {
    focusing: true,
    text: `$(bell-slash) ${left}`,
    tooltip: [
      l10n.t('Focus block until {0}', humanTime(new Date(block.endsAt), zone, now)),
      heldLine(state.held),
      today,
      l10n.t('Click to end the focus block.'),
    ].join('\n'),
    label: l10n.t('Focus block, {0} left', left),
  };
}

/** What Show Focus Summary says. */
export function focusSummary(state: FocusState, now: Date, zone: string): string {
  const today = formatMinutes(focusedMinutesToday(state, now, zone));
  if (!state.block) return l10n.t('Focused today: {0}. No focus block is running.', today);
  return l10n.t(
    'Focused today: {0}. The focus block runs until {1}; {2}.',
    today,
    humanTime(new Date(state.block.endsAt), zone, now),
    heldLine(state.held, true),
  );
}

/** The message shown when a block ends: the digest, or that the time is up; null for a block ended by hand with nothing held. */
export function endingText(ending: FocusEnding, focusedToday: number): string | null {
  const digest = digestText(ending.held);
  if (digest) return digest;
  return ending.reason === 'expired' ? l10n.t('Focus block over. Focused today: {0}.', formatMinutes(focusedToday)) : null;
}
