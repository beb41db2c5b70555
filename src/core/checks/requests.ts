// Completeness checks for requests, meetings and the action items of any record (PRODUCT §4): each
// check passes or gives problems with positions and, where the fix is mechanical, quick fixes.
// The share of checks passed is the record's completeness score.
import { differenceInMinutes, isBefore } from 'date-fns';
import { insertSectionEdit, setFieldEdit } from '../records/edits';
import { formatRecordDateTime, formatRecordDay } from '../time/recordDates';
import { yamlScalar } from '../records/flatYaml';
import { isHandle } from '../team/me';
import { Checks, fieldRange, linkProblems, make, type CheckContext, type CheckOutcome, type Range } from './problems';
import { addWorkingTime } from '../time/workingTime';
import { remainingText, spanText } from '../time/urgency';
import { defaultReplyBy } from '../time/dueTimes';
import { scheduleFor } from '../team/members';
import type { ActionItem, AsyncRecord, MeetingRecord, Problem, RecordLayout, RequestRecord, Section } from '../records/types';

export const REQUEST_SECTIONS = ['Context', 'The ask', 'Definition of done', 'Deadline and why'] as const;
export const MEETING_SECTIONS = ['Pre-read', 'Notes', 'Action items'] as const;

/** Other headings people write for the same section. */
const SECTION_ALIASES: Record<string, string[]> = {
  'the ask': ['ask', 'request', 'question'],
  'definition of done': ['done when', 'acceptance criteria'],
  'deadline and why': ['deadline', 'deadline and reason', 'why this deadline'],
  'pre read': ['preread', 'pre reading', 'reading'],
  'action items': ['actions', 'next steps'],
};

/** The problems of requests, meetings and action items, and how many checks passed. */
export function requestChecks(record: AsyncRecord, ctx: CheckContext): CheckOutcome {
  const checks = new Checks();
  if (record.type === 'request') checkRequest(record, ctx, checks);
  else if (record.type === 'meeting') checkMeeting(record, ctx, checks);
  for (const item of record.actions) checks.add(actionItemProblems(item, ctx));
  return { problems: checks.problems, passed: checks.passed, total: checks.total };
}

function checkRequest(r: RequestRecord, ctx: CheckContext, checks: Checks): void {
  const open = r.status === 'open';
  checks.add(ownerProblems(r, ctx));
  checks.add(deadlineProblems(r, ctx));
  checks.add(replyByProblems(r, ctx, open));
  for (const name of REQUEST_SECTIONS) checks.add(sectionProblems(r, name, REQUEST_SECTIONS, true));
  checks.add(placeholderProblems(r.layout));
  if (open) checks.add(overdueProblems(r, ctx.now));
  checks.add(linkProblems(r, ctx));
}

function checkMeeting(m: MeetingRecord, ctx: CheckContext, checks: Checks): void {
  checks.add(ownerProblems(m, ctx));
  checks.add(meetingDateProblems(m));
  checks.add(preReadProblems(m, ctx.now));
  const held = m.date !== null && isBefore(m.date, ctx.now);
  // Notes are written during the meeting: empty before it is expected.
  checks.add(sectionProblems(m, 'Notes', MEETING_SECTIONS, held));
  checks.add(sectionProblems(m, 'Action items', MEETING_SECTIONS, false));
  checks.add(placeholderProblems(m.layout));
  checks.add(linkProblems(m, ctx));
}

function hasInvalidDate(r: RequestRecord | MeetingRecord, key: string): boolean {
  const line = r.layout.fields[key]?.line;
  return line !== undefined && r.problems.some((p) => p.code === 'invalid-date' && p.line === line);
}

function ownerProblems(r: RequestRecord | MeetingRecord, ctx: CheckContext): Problem[] {
  const range = fieldRange(r.layout, 'owner');
  if (r.owners.length === 0) {
    const fixes = ctx.config.team.map((m) => ({
      title: `Make @${m.handle} the owner (${m.timezone})`,
      edit: setFieldEdit(r.layout, 'owner', yamlScalar(m.handle)),
    }));
    return [make('missing-owner', 'error', `This ${r.type} has no owner; name exactly one person in "owner".`, range, fixes)];
  }
  if (r.owners.length > 1) {
    // Only a handle can be written back: a line break in one would start another field.
    const fixes = r.owners
      .filter(isHandle)
      .map((h) => ({ title: `Keep @${h} as the only owner`, edit: setFieldEdit(r.layout, 'owner', yamlScalar(h)) }));
    const message = `Shared ownership is not ownership: ${r.owners.map((h) => `@${h}`).join(', ')} are all named as owner; keep one.`;
    return [make('multiple-owners', 'error', message, range, fixes)];
  }
  return [];
}

function deadlineProblems(r: RequestRecord, ctx: CheckContext): Problem[] {
  if (r.deadline || hasInvalidDate(r, 'deadline')) return [];
  const tz = scheduleFor(ctx.config, r.owner).timeZone;
  const suggested = r.replyBy ?? defaultReplyBy(ctx.now, ctx.config, r.owner);
  const fixes = suggested
    ? [
        {
          title: `Add deadline: ${formatRecordDay(suggested, tz)} (the reply-by day)`,
          edit: setFieldEdit(r.layout, 'deadline', formatRecordDay(suggested, tz)),
        },
      ]
    : [];
  return [
    make(
      'missing-deadline',
      'error',
      'No deadline: say by when the answer is needed ("deadline") and why.',
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
        'No reply-by and no created date, so the reply clock cannot start.',
        fieldRange(r.layout, 'reply-by'),
        [{ title: `Add created (now) and reply-by (${ctx.config.replyWithin.raw} later)`, edit }],
      ),
    ];
  }
  if (!open || !r.replyByWritten || !r.created) return [];
  const sla = defaultReplyBy(r.created, ctx.config, r.owner);
  if (!sla || !isBefore(r.replyBy, sla)) return [];
  const given = spanText(Math.max(0, differenceInMinutes(r.replyBy, r.created)));
  const who = r.owner ? `@${r.owner}` : 'the owner';
  return [
    make(
      'reply-by-too-soon',
      'warning',
      `reply-by gives ${who} ${given}; the team allows ${ctx.config.replyWithin.raw} counting working days (reply-by ${formatRecordDateTime(sla, tz)}).`,
      fieldRange(r.layout, 'reply-by'),
      [
        {
          title: `Set reply-by to the team SLA: ${formatRecordDateTime(sla, tz)}`,
          edit: setFieldEdit(r.layout, 'reply-by', formatRecordDateTime(sla, tz)),
        },
      ],
    ),
  ];
}

function meetingDateProblems(m: MeetingRecord): Problem[] {
  if (m.date || hasInvalidDate(m, 'date')) return [];
  return [
    make(
      'missing-deadline',
      'error',
      'No meeting date: write when it starts ("date", with a time), so the pre-read has a due time.',
      fieldRange(m.layout, 'date'),
    ),
  ];
}

function preReadProblems(m: MeetingRecord, now: Date): Problem[] {
  const section = findSection(m.sections, 'Pre-read');
  if (!section) return sectionProblems(m, 'Pre-read', MEETING_SECTIONS, true);
  if (!section.blank) return [];
  const range = headingRange(section);
  if (m.preReadDue && isBefore(m.preReadDue, now)) {
    return [
      make('overdue', 'warning', `The pre-read is empty and was due ${spanText(differenceInMinutes(now, m.preReadDue))} ago.`, range),
    ];
  }
  return [make('empty-section', 'warning', 'The pre-read is empty; it is due before the meeting.', range)];
}

function normalise(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function findSection(sections: readonly Section[], name: string): Section | undefined {
  const wanted = normalise(name);
  const names = [wanted, ...(SECTION_ALIASES[wanted] ?? [])];
  return sections.find((s) => s.level >= 2 && names.includes(normalise(s.heading)));
}

function headingRange(s: Section): Range {
  return { line: s.line, column: 0, endLine: s.line, endColumn: s.level + 1 + s.heading.length };
}

/** A required section: present, and when `mustHaveContent`, not empty. */
function sectionProblems(r: RequestRecord | MeetingRecord, name: string, order: readonly string[], mustHaveContent: boolean): Problem[] {
  const section = findSection(r.sections, name);
  if (section) {
    return mustHaveContent && section.blank
      ? [make('empty-section', 'warning', `The "${name}" section is empty.`, headingRange(section))]
      : [];
  }
  // Insert in the template's order: after the nearest required section before it, else before the nearest after it.
  const at = order.indexOf(name);
  const before = order
    .slice(0, at)
    .reverse()
    .map((n) => findSection(r.sections, n))
    .find((s) => s !== undefined);
  const after = order
    .slice(at + 1)
    .map((n) => findSection(r.sections, n))
    .find((s) => s !== undefined);
  const line = before ? (before.endLine < r.layout.lineCount ? before.endLine : null) : after ? after.line : null;
  const range = before ? headingRange(before) : fieldRange(r.layout, 'title');
  return [
    make('missing-section', 'warning', `The "${name}" section is missing.`, range, [
      { title: `Add the "${name}" section`, edit: insertSectionEdit(r.layout, name, line) },
    ]),
  ];
}

function placeholderProblems(layout: RecordLayout): Problem[] {
  return layout.placeholders.map((p) =>
    make('placeholder', 'warning', `Template text "${p.text}" is still here; replace it with the real content.`, {
      line: p.line,
      column: p.column,
      endLine: p.line,
      endColumn: p.endColumn,
    }),
  );
}

function overdueProblems(r: RequestRecord, now: Date): Problem[] {
  const out: Problem[] = [];
  if (r.replyBy && isBefore(r.replyBy, now)) {
    const range = r.replyByWritten ? fieldRange(r.layout, 'reply-by') : fieldRange(r.layout, 'created');
    out.push(make('overdue', 'warning', `The reply is ${remainingText(r.replyBy, now)} and the request is still open.`, range));
  }
  if (r.deadline && isBefore(r.deadline, now)) {
    out.push(
      make(
        'overdue',
        'warning',
        `The deadline has passed (${remainingText(r.deadline, now)}) and the request is still open.`,
        fieldRange(r.layout, 'deadline'),
      ),
    );
  }
  return out;
}

function actionItemProblems(item: ActionItem, ctx: CheckContext): Problem[] {
  const range = { line: item.line, column: item.boxColumn, endLine: item.line, endColumn: item.endColumn };
  if (item.dueRaw !== null && item.due === null) {
    return [make('invalid-date', 'error', `"${item.dueRaw}" is not a date; write (due 2026-12-10).`, range)];
  }
  if (item.done) return [];
  const out: Problem[] = [];
  if (item.owners.length === 0) {
    const at = item.boxColumn + 4;
    const fixes = ctx.config.team.map((m) => ({
      title: `Assign to @${m.handle}`,
      edit: { line: item.line, column: at, endLine: item.line, endColumn: at, text: `@${m.handle} ` },
    }));
    out.push(make('missing-owner', 'warning', 'This action item has no owner; start it with one @handle.', range, fixes));
  } else if (item.owners.length > 1) {
    out.push(
      make(
        'multiple-owners',
        'warning',
        `One owner per action item: ${item.owners.map((h) => `@${h}`).join(', ')} are named; split it or keep one.`,
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
            title: `Add (due ${formatRecordDay(due, schedule.timeZone)})`,
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
    out.push(make('missing-deadline', 'warning', 'This action item has no due date; end it with (due 2026-12-10).', range, fixes));
  } else if (isBefore(item.due, ctx.now)) {
    out.push(make('overdue', 'warning', `This action item is ${remainingText(item.due, ctx.now)}.`, range));
  }
  return out;
}
