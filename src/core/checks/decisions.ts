// Completeness checks for decision records (PRODUCT §4): one owner while the decision is open,
// numbers unique in their folder, links that lead somewhere, and no decision before the comment
// window has closed. Problems found while reading (status, dates, front matter) come with the record.
import { differenceInMinutes, isBefore } from 'date-fns';
import { setDecisionFieldEdit } from '../decisions/edits';
import { humanTimeFor } from '../time/humanTime';
import { Checks, linkProblems, make, sharedOwnership, type CheckContext, type CheckOutcome, type Range } from './problems';
import { spanText } from '../time/urgency';
import { l10n } from '../common/l10n';
import { scheduleFor } from '../team/members';
import type { AsyncRecord, DecisionRecord, Problem } from '../records/types';

function titleRange(r: DecisionRecord): Range {
  const line = r.sections.find((s) => s.level === 1)?.line ?? 0;
  return { line, column: 0, endLine: line, endColumn: Math.max(1, r.title.length + 2) };
}

function statusRange(r: DecisionRecord): Range {
  const at = r.statusAt;
  return at ? { line: at.line, column: at.column, endLine: at.line, endColumn: at.endColumn } : titleRange(r);
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** A proposed or draft decision is still being made: it needs exactly one owner to drive it. */
function ownerProblems(r: DecisionRecord, ctx: CheckContext, text: string | undefined): Problem[] {
  const open = r.status === 'proposed' || r.status === 'draft';
  if (r.owners.length > 1) {
    return [make('multiple-owners', 'error', sharedOwnership(r.owners), titleRange(r))];
  }
  if (!open || r.owners.length === 1) return [];
  const fixes =
    text === undefined
      ? []
      : ctx.config.team.map((m) => ({
          title: l10n.t('Make @{0} the owner ({1})', m.handle, m.timezone),
          edit: setDecisionFieldEdit(text, 'owner', m.handle),
        }));
  return [
    make(
      'missing-owner',
      'warning',
      r.status === 'draft'
        ? l10n.t('This draft decision has no owner; name the one person who drives it to a decision ("owner").')
        : l10n.t('This proposed decision has no owner; name the one person who drives it to a decision ("owner").'),
      titleRange(r),
      fixes,
    ),
  ];
}

/** The paths of the decisions by folder and number, made once per list of records (checking them all stays linear). */
const NUMBERED = new WeakMap<readonly AsyncRecord[], Map<string, string[]>>();

function numbered(records: readonly AsyncRecord[]): Map<string, string[]> {
  let byKey = NUMBERED.get(records);
  if (!byKey) {
    byKey = new Map();
    for (const o of records) {
      if (o.type !== 'decision' || o.number === null) continue;
      const key = `${folderOf(o.path)}${o.number}`;
      const paths = byKey.get(key);
      if (paths) paths.push(o.path);
      else byKey.set(key, [o.path]);
    }
    NUMBERED.set(records, byKey);
  }
  return byKey;
}

function duplicateProblems(r: DecisionRecord, ctx: CheckContext): Problem[] {
  if (r.number === null) return [];
  const folder = folderOf(r.path);
  const others = (numbered(ctx.records).get(`${folder}${r.number}`) ?? []).filter((p) => p !== r.path).map((path) => ({ path }));
  if (others.length === 0) return [];
  const names = others.map((o) => o.path.slice(folder.length)).join(', ');
  return [
    make(
      'duplicate-number',
      'error',
      l10n.t('Decision number {0} is also used by {1}; give one of them the next free number.', r.number, names),
      titleRange(r),
    ),
  ];
}

function decidedEarlyProblems(r: DecisionRecord, ctx: CheckContext): Problem[] {
  if (
    (r.status !== 'accepted' && r.status !== 'rejected') ||
    !r.commentsUntilWritten ||
    !r.commentsUntil ||
    !isBefore(ctx.now, r.commentsUntil)
  )
    return [];
  const zone = scheduleFor(ctx.config, r.owner).timeZone;
  const span = spanText(differenceInMinutes(r.commentsUntil, ctx.now));
  const when = humanTimeFor(r.commentsUntil, ctx.zone, zone, ctx.now);
  const message =
    r.status === 'accepted'
      ? l10n.t(
          'Accepted while the comment window is still open: it closes in {0}, {1}. People who were not in the room can still comment.',
          span,
          when,
        )
      : l10n.t(
          'Rejected while the comment window is still open: it closes in {0}, {1}. People who were not in the room can still comment.',
          span,
          when,
        );
  return [make('decided-early', 'warning', message, statusRange(r))];
}

/**
 * The checks of a decision. `text` is the record's current text, for quick fixes that edit it in its
 * own format; without it the problems come without fixes.
 */
export function decisionChecks(r: DecisionRecord, ctx: CheckContext, text?: string): CheckOutcome {
  const checks = new Checks();
  checks.add(l10n.t('owner'), ownerProblems(r, ctx, text));
  checks.add(l10n.t('unique number'), duplicateProblems(r, ctx));
  checks.add(l10n.t('comment window'), decidedEarlyProblems(r, ctx));
  checks.add(l10n.t('links'), linkProblems(r, ctx));
  // Reported while reading the record; it still counts towards the score.
  checks.count(l10n.t('status'), r.status !== 'unknown');
  return checks.outcome();
}
