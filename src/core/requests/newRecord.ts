// The text and file name of a new request or meeting, from the few fields the commands ask for.
// A team template (`.async/templates/request.md`, `meeting.md`) replaces the built-in body; its
// `{{title}}`, `{{owner}}`, `{{requester}}`, `{{created}}`, `{{reply-by}}`, `{{deadline}}`,
// `{{date}}` and `{{attendees}}` are filled in, and front matter is added when it has none.
import { TZDate } from '@date-fns/tz';
import type { TeamConfig } from '../team/config';
import { formatRecordDateTime, formatRecordDay, parseRecordDate } from '../time/recordDates';
import { humanTime, humanTimeFor } from '../time/humanTime';
import { readDocument } from '../records/document';
import { yamlScalar } from '../records/flatYaml';
import { fillTemplate, slugify } from '../records/templates';
import { REQUEST_SECTIONS } from '../checks/requests';
import { MEETING_SECTIONS } from '../checks/meetings';
import { addHours, isBefore } from 'date-fns';
import { defaultReplyBy, preReadDue } from '../time/dueTimes';
import { wallClock } from '../time/wallClock';
import { nextWorkingMorning } from '../time/workingTime';
import { scheduleFor } from '../team/members';
import { l10n } from '../common/l10n';

export interface NewRequest {
  title: string;
  owner: string;
  requester: string | null;
  /** `yyyy-MM-dd`, the end of that day in the owner's zone. */
  deadline: string;
}

export interface NewMeeting {
  title: string;
  owner: string;
  /** The meeting start. */
  date: Date;
  attendees: string[];
}

/** `folder/yyyy-MM-dd-slug.md` (the day in `timeZone`), with -2, -3… when the name is taken. */
export function newRecordPath(folder: string, day: Date, timeZone: string, title: string, exists: (path: string) => boolean): string {
  const base = `${folder.replace(/\/+$/, '')}/${formatRecordDay(day, timeZone)}-${slugify(title)}`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base}.md` : `${base}-${n}.md`;
    if (!exists(candidate)) return candidate;
  }
}

function fill(template: string, values: Record<string, string>, frontMatter: string): string {
  const body = fillTemplate(template, values);
  return body.startsWith('---') ? body : `${frontMatter}\n${body}`;
}

/**
 * The new request's text: `created` on the requester's clock (who wrote it; UTC when they are not
 * in the team list), `reply-by` on the owner's (who answers).
 */
export function newRequestText(fields: NewRequest, now: Date, config: TeamConfig, template: string | null): string {
  const tz = scheduleFor(config, fields.owner).timeZone;
  const replyBy = defaultReplyBy(now, config, fields.owner);
  const values: Record<string, string> = {
    title: fields.title,
    owner: fields.owner,
    requester: fields.requester ?? '',
    created: formatRecordDateTime(now, scheduleFor(config, fields.requester).timeZone),
    'reply-by': replyBy ? formatRecordDateTime(replyBy, tz) : '',
    deadline: fields.deadline,
  };
  const frontMatter = [
    '---',
    'type: request',
    `title: ${yamlScalar(fields.title)}`,
    'status: open',
    `owner: ${yamlScalar(fields.owner)}`,
    ...(fields.requester ? [`requester: ${yamlScalar(fields.requester)}`] : []),
    `created: ${values.created}`,
    ...(replyBy ? [`reply-by: ${values['reply-by']}`] : []),
    `deadline: ${fields.deadline}`,
    '---',
  ].join('\n');
  return fill(template ?? REQUEST_SECTIONS.map((s) => `## ${s}\n\n`).join(''), values, frontMatter);
}

export interface DeadlineCheck {
  severity: 'error' | 'warning';
  message: string;
}

/**
 * What New Request says about a typed deadline (`yyyy-MM-dd`, the end of that day in the owner's
 * zone): an error when it is not a date or has passed, a warning when it comes before the reply-by,
 * null when it is fine. Times are written in the reader's zone.
 */
export function checkNewDeadline(
  value: string,
  owner: { handle: string; zone: string },
  replyBy: Date | null,
  now: Date,
  readerZone: string,
): DeadlineCheck | null {
  const day = value.trim();
  const at = /^\d{4}-\d{2}-\d{2}$/.test(day) ? parseRecordDate(day, owner.zone) : null;
  if (!at) return { severity: 'error', message: l10n.t('A date such as 2026-12-10.') };
  if (isBefore(at, now))
    return {
      severity: 'error',
      message: l10n.t(
        'That deadline has passed: it ended {0} and it is now {1}. Choose a later day.',
        humanTimeFor(at, readerZone, owner.zone, now),
        humanTime(now, readerZone, now),
      ),
    };
  if (replyBy && isBefore(at, replyBy))
    return {
      severity: 'warning',
      message: l10n.t(
        "The deadline comes before the reply-by ({0}): @{1} gets less time than the team's reply-within.",
        humanTimeFor(replyBy, readerZone, owner.zone, now),
        owner.handle,
      ),
    };
  return null;
}

export function newMeetingText(fields: NewMeeting, config: TeamConfig, template: string | null): string {
  const tz = scheduleFor(config, fields.owner).timeZone;
  const values: Record<string, string> = {
    title: fields.title,
    owner: fields.owner,
    date: formatRecordDateTime(fields.date, tz),
    attendees: fields.attendees.join(', '),
  };
  const frontMatter = [
    '---',
    'type: meeting',
    `title: ${yamlScalar(fields.title)}`,
    `date: ${values.date}`,
    `owner: ${yamlScalar(fields.owner)}`,
    `attendees: [${fields.attendees.map(yamlScalar).join(', ')}]`,
    '---',
  ].join('\n');
  return fill(template ?? MEETING_SECTIONS.map((s) => `## ${s}\n\n`).join(''), values, frontMatter);
}

/** Where to put the cursor: the line after the heading of the first empty section, or null. */
export function firstEmptySectionLine(text: string): number | null {
  const doc = readDocument(text);
  const empty = doc.sections.find((s) => s.level >= 2 && s.blank);
  return empty ? empty.line + 1 : null;
}

/** How many working days ahead New Meeting Notes looks for a start to suggest. */
const SUGGESTION_DAYS = 30;

/**
 * The start New Meeting Notes suggests: an hour into the owner's working day (10:00 for 09:00-17:00),
 * on the first working day after `now` whose start leaves time for the pre-read.
 */
export function suggestedMeetingStart(now: Date, config: TeamConfig, owner: string): Date | null {
  const schedule = scheduleFor(config, owner);
  let morning = nextWorkingMorning(now, schedule);
  for (let i = 0; morning && i < SUGGESTION_DAYS; i++) {
    const start = addHours(morning, 1);
    const due = preReadDue(start, config, owner);
    if (!due || isBefore(now, due)) return start;
    morning = nextWorkingMorning(morning, schedule);
  }
  return null;
}

/** A meeting start as the prompt takes it: `yyyy-MM-dd HH:mm` on the owner's wall clock. */
export function formatMeetingStart(date: Date, timeZone: string): string {
  const w = wallClock(date, timeZone);
  return `${w.day} ${w.time}`;
}

/** Reads a meeting start typed as `yyyy-MM-dd HH:mm` on the owner's wall clock. */
export function parseMeetingStart(input: string, timeZone: string): Date | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})\s*$/.exec(input);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const date = new TZDate(y, mo - 1, d, h, mi, timeZone);
  const back = new TZDate(date.getTime(), timeZone);
  // Reject 2026-02-30 and 25:00, which the constructor would roll over.
  return back.getDate() === d && back.getHours() === h && back.getMinutes() === mi ? new Date(date.getTime()) : null;
}
