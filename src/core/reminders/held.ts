// The extension's own reminders, held while a focus block runs and shown as one digest when it
// ends (PRODUCT §5): "While you focused: 2 review requests, 1 decision window closed".

export type ReminderKind = 'review-request' | 'decision-window-closed' | 'request-overdue' | 'page-review-overdue';

export interface HeldReminder {
  kind: ReminderKind;
  /** What the reminder is about (a record path, a pull request): the same reminder is held once. */
  key: string;
  message: string;
  /** When it was held, ISO 8601. */
  at: string;
}

// In digest order.
const KINDS: Record<ReminderKind, { one: string; many: string }> = {
  'review-request': { one: 'review request', many: 'review requests' },
  'decision-window-closed': { one: 'decision window closed', many: 'decision windows closed' },
  'request-overdue': { one: 'request overdue', many: 'requests overdue' },
  'page-review-overdue': { one: 'page review overdue', many: 'page reviews overdue' },
};

export const REMINDER_KINDS = Object.keys(KINDS) as ReminderKind[];

/** A block that never ends (a broken clock) must not grow the shared state without bound. */
const MAX_HELD = 200;

export function isReminderKind(value: unknown): value is ReminderKind {
  return typeof value === 'string' && value in KINDS;
}

/** `held` with `n` added, unless the same reminder (kind and key) is already held. */
export function holdReminder(held: readonly HeldReminder[], n: HeldReminder): HeldReminder[] {
  if (held.some((h) => h.kind === n.kind && h.key === n.key)) return [...held];
  return [...held, n].slice(-MAX_HELD);
}

/** "2 review requests, 1 decision window closed", by kind; null when nothing was held. */
export function heldSummary(held: readonly HeldReminder[]): string | null {
  const parts = REMINDER_KINDS.flatMap((kind) => {
    const count = held.filter((h) => h.kind === kind).length;
    return count === 0 ? [] : [`${count} ${count === 1 ? KINDS[kind].one : KINDS[kind].many}`];
  });
  return parts.length > 0 ? parts.join(', ') : null;
}

/** The digest shown when a focus block ends; null when nothing was held. */
export function digestText(held: readonly HeldReminder[]): string | null {
  const summary = heldSummary(held);
  return summary ? `While you focused: ${summary}.` : null;
}
