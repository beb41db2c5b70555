// Completeness checks for the action items of any record (PRODUCT §2, §4): each open item has one
// owner and a due date that has not passed, and a due date that can be read.
import { differenceInMinutes, isBefore } from 'date-fns';
import { scheduleFor } from '../team/members';
import { formatRecordDay } from '../time/recordDates';
import { spanText } from '../time/urgency';
import { addWorkingTime } from '../time/workingTime';
import { Checks, handleList, make, type CheckContext, type CheckOutcome } from './problems';
import { l10n } from '../common/l10n';
import type { ActionItem, AsyncRecord, Problem } from '../records/types';

/** The problems of a record's action items, one check per item, and how many passed. */
export function actionItemChecks(record: AsyncRecord, ctx: CheckContext): CheckOutcome {
  const checks = new Checks();
  for (const item of record.actions) checks.add(l10n.t('action items'), actionItemProblems(item, ctx));
  return checks.outcome();
}

function actionItemProblems(item: ActionItem, ctx: CheckContext): Problem[] {
  const range = { line: item.line, column: item.boxColumn, endLine: item.line, endColumn: item.endColumn };
  if (item.dueRaw !== null && item.due === null) {
    return [make('invalid-date', 'error', l10n.t('"{0}" is not a date; write (due 2026-12-10).', item.dueRaw), range)];
  }
  if (item.done) return [];
  const out: Problem[] = [];
  if (item.owners.length === 0) {
    const at = item.boxColumn + 4;
    const fixes = ctx.config.team.map((m) => ({
      title: l10n.t('Assign to @{0}', m.handle),
      edit: { line: item.line, column: at, endLine: item.line, endColumn: at, text: `@${m.handle} ` },
    }));
    out.push(make('missing-owner', 'warning', l10n.t('This action item has no owner; start it with one @handle.'), range, fixes));
  } else if (item.owners.length > 1) {
    out.push(
      make(
        'multiple-owners',
        'warning',
        l10n.t('One owner per action item: {0} are named; split it or keep one.', handleList(item.owners)),
        range,
      ),
    );
  }
  if (item.due === null) {
    const schedule = scheduleFor(ctx.config, item.owner);
    const due = addWorkingTime(ctx.now, ctx.config.replyWithin, schedule);
    const fixes = due
      ? [
          {
            title: l10n.t('Add (due {0})', formatRecordDay(due, schedule.timeZone)),
            edit: {
              line: item.line,
              column: item.endColumn,
              endLine: item.line,
              endColumn: item.endColumn,
              text: ` (due ${formatRecordDay(due, schedule.timeZone)})`,
            },
          },
        ]
      : [];
    out.push(make('missing-deadline', 'warning', l10n.t('This action item has no due date; end it with (due 2026-12-10).'), range, fixes));
  } else if (isBefore(item.due, ctx.now)) {
    out.push(
      make('overdue', 'warning', l10n.t('This action item is {0} overdue.', spanText(differenceInMinutes(item.due, ctx.now))), range),
    );
  }
  return out;
}
