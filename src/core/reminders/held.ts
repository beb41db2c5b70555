// The extension's own reminders, held while a focus block runs and shown as one digest when it
// ends (PRODUCT §5): "While you focused: 2 review requests, 1 decision window closed".
import { l10n } from '../common/l10n';

export type ReminderKind = 'review-request' | 'decision-window-closed' | 'request-overdue' | 'page-review-overdue';

export interface HeldReminder {
  kind: ReminderKind;
  /** What the reminder is about (a record path, a pull request): the same reminder is held once. */
  key: string;
  message: string;
  /** When it was held, ISO 8601. */
  at: string;
}

/** In digest order. */
export const REMINDER_KINDS: readonly ReminderKind[] = [
  'review-request',
  'decision-window-closed',
  'request-overdue',
  'page-review-overdue',
];

/** "1 review request", "2 review requests". */
function countText(kind: ReminderKind, count: number): string {
  const one = count === 1;
  switch (kind) {
    case 'review-request':
      return one ? l10n.t('1 review request') : l10n.t('{0} review requests', count);
    case 'decision-window-closed':
      return one ? l10n.t('1 decision window closed') : l10n.t('{0} decision windows closed', count);
    case 'request-overdue':
      return one ? l10n.t('1 request overdue') : l10n.t('{0} requests overdue', count);
    case 'page-review-overdue':
      return one ? l10n.t('1 page review overdue') : l10n.t('{0} page reviews overdue', count);
  }
}

/** A block that never ends (a broken clock) must not grow the shared state without bound. */
const MAX_HELD = 200;

export function isReminderKind(value: unknown): value is ReminderKind {
  return typeof value === 'string' && (REMINDER_KINDS as readonly string[]).includes(value);
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
    return count === 0 ? [] : [countText(kind, count)];
  });
  return parts.length > 0 ? parts.join(', ') : null;
}

/** The digest shown when a focus block ends; null when nothing was held. */
export function digestText(held: readonly HeldReminder[]): string | null {
  const summary = heldSummary(held);
  return summary ? l10n.t('While you focused: {0}.', summary) : null;
}
