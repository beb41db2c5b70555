// Completeness checks for requests (PRODUCT §4): one owner, a deadline, a reply clock no shorter
// than the team's reply-within, the four sections of a complete ask, no template text left in, and no
// reply-by or deadline passed while the request is open. Each check passes or gives problems with
// positions and, where the fix is mechanical, quick fixes.
import { differenceInMinutes, isBefore } from 'date-fns';
import { setFieldEdit } from '../records/edits';
import { scheduleFor } from '../team/members';
import { defaultReplyBy } from '../time/dueTimes';
import { formatRecordDateTime, formatRecordDay } from '../time/recordDates';
import { humanTimeFor } from '../time/humanTime';
import { spanText } from '../time/urgency';
import { dueClocks, dueText } from '../requests/due';
import {
  Checks,
  fieldRange,
  hasInvalidDate,
  linkProblems,
  make,
  ownerProblems,
  placeholderProblems,
  type CheckContext,
  type CheckOutcome,
} from './problems';
import { sectionCheckName, sectionProblems } from './sections';
import type { Problem, RequestRecord } from '../records/types';
import { l10n } from '../common/l10n';

export const REQUEST_SECTIONS = ['Context', 'The ask', 'Definition of done', 'Deadline and why'] as const;

/** The problems of a request, and how many checks passed. */
export function requestChecks(r: RequestRecord, ctx: CheckContext): CheckOutcome {
  const checks = new Checks();
  const open = r.status === 'open';
  checks.add(l10n.t('owner'), ownerProblems(r, ctx));
  checks.add(l10n.t('deadline'), deadlineProblems(r, ctx));
  checks.add(l10n.t('reply-by'), replyByProblems(r, ctx, open));
  for (const name of REQUEST_SECTIONS) checks.add(sectionCheckName(name), sectionProblems(r, name, REQUEST_SECTIONS, true));
  checks.add(l10n.t('template text'), placeholderProblems(r.layout));
  if (open) checks.add(l10n.t('on time'), overdueProblems(r, ctx));
  checks.add(l10n.t('links'), linkProblems(r, ctx));
  return checks.outcome();
}

function deadlineProblems(r: RequestRecord, ctx: CheckContext): Problem[] {
  if (r.deadline || hasInvalidDate(r, 'deadline')) return [];
  const tz = scheduleFor(ctx.config, r.owner).timeZone;
  const suggested = r.replyBy ?? defaultReplyBy(ctx.now, ctx.config, r.owner);
  const fixes = suggested
    ? [
        {
          title: l10n.t('Add deadline: {0} (the reply-by day)', formatRecordDay(suggested, tz)),
          edit: setFieldEdit(r.layout, 'deadline', formatRecordDay(suggested, tz)),
        },
      ]
    : [];
  return [
    make(
      'missing-deadline',
      'error',
      l10n.t('No deadline: say by when the answer is needed ("deadline") and why.'),
      fieldRange(r.layout, 'deadline'),
      fixes,
    ),
  ];
}

function replyByProblems(r: RequestRecord, ctx: CheckContext, open: boolean): Problem[] {
  const tz = scheduleFor(ctx.config, r.owner).timeZone;
  if (!r.replyBy) {
    if (hasInvalidDate(r, 'created') || hasInvalidDate(r, 'reply-by')) return [];
    const replyBy = defaultReplyBy(ctx.now, ctx.config, r.owner);
    const lines = `created: ${formatRecordDateTime(ctx.now, tz)}\n` + (replyBy ? `reply-by: ${formatRecordDateTime(replyBy, tz)}\n` : '');
    const edit =
      r.layout.frontMatterEnd >= 0
        ? { line: r.layout.frontMatterEnd, column: 0, endLine: r.layout.frontMatterEnd, endColumn: 0, text: lines }
        : { line: 0, column: 0, endLine: 0, endColumn: 0, text: `---\n${lines}---\n\n` };
    return [
      make(
        'missing-deadline',
        'error',
        l10n.t('No reply-by and no created date, so the reply clock cannot start.'),
        fieldRange(r.layout, 'reply-by'),
        [{ title: l10n.t('Add created (now) and reply-by ({0} later)', ctx.config.replyWithin.raw), edit }],
      ),
    ];
  }
  if (!open || !r.replyByWritten || !r.created) return [];
  const sla = defaultReplyBy(r.created, ctx.config, r.owner);
  if (!sla || !isBefore(r.replyBy, sla)) return [];
  const given = spanText(Math.max(0, differenceInMinutes(r.replyBy, r.created)));
  const when = humanTimeFor(sla, ctx.zone, tz, ctx.now);
  const allowed = ctx.config.replyWithin.raw;
  return [
    make(
      'reply-by-too-soon',
      'warning',
      r.owner
        ? l10n.t(
            'This reply-by gives {0} {1}; the team allows {2} counting working days: reply-by {3}.',
            `@${r.owner}`,
            given,
            allowed,
            when,
          )
        : l10n.t('This reply-by gives the owner {0}; the team allows {1} counting working days: reply-by {2}.', given, allowed, when),
      fieldRange(r.layout, 'reply-by'),
      [
        {
          title: l10n.t("Set reply-by to the team's reply-within: {0}", when),
          edit: setFieldEdit(r.layout, 'reply-by', formatRecordDateTime(sla, tz)),
        },
      ],
    ),
  ];
}

/** Each clock of the open request that has run out: the same rule that puts it in Overdue. */
function overdueProblems(r: RequestRecord, ctx: CheckContext): Problem[] {
  const zone = scheduleFor(ctx.config, r.owner).timeZone;
  return dueClocks(r, ctx.now)
    .filter((c) => c.overdue)
    .map((c) =>
      c.kind === 'reply-by'
        ? make(
            'overdue',
            'warning',
            l10n.t('The reply-by has passed, {0}, and the request is still open.', dueText(c.at, ctx.now, ctx.zone, zone)),
            r.replyByWritten ? fieldRange(r.layout, 'reply-by') : fieldRange(r.layout, 'created'),
          )
        : make(
            'overdue',
            'warning',
            l10n.t('The deadline has passed, {0}, and the request is still open.', dueText(c.at, ctx.now, ctx.zone, zone)),
            fieldRange(r.layout, 'deadline'),
          ),
    );
}
