// Completeness checks for meeting notes (PRODUCT §4): one owner, a start date so the pre-read has
// a due time, a pre-read written before it is due, notes once the meeting has been held, an action
// items section, no template text left in, and links that lead somewhere.
import { differenceInMinutes, isBefore } from 'date-fns';
import { spanText } from '../time/urgency';
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
import { findSection, headingRange, sectionCheckName, sectionProblems } from './sections';
import type { MeetingRecord, Problem } from '../records/types';
import { l10n } from '../common/l10n';

export const MEETING_SECTIONS = ['Pre-read', 'Notes', 'Action items'] as const;

/** The problems of meeting notes, and how many checks passed. */
export function meetingChecks(m: MeetingRecord, ctx: CheckContext): CheckOutcome {
  const checks = new Checks();
  checks.add(l10n.t('owner'), ownerProblems(m, ctx));
  checks.add(l10n.t('meeting date'), meetingDateProblems(m));
  checks.add(sectionCheckName('Pre-read'), preReadProblems(m, ctx.now));
  const held = m.date !== null && isBefore(m.date, ctx.now);
  // Notes are written during the meeting: empty before it is expected.
  checks.add(sectionCheckName('Notes'), sectionProblems(m, 'Notes', MEETING_SECTIONS, held));
  checks.add(sectionCheckName('Action items'), sectionProblems(m, 'Action items', MEETING_SECTIONS, false));
  checks.add(l10n.t('template text'), placeholderProblems(m.layout));
  checks.add(l10n.t('links'), linkProblems(m, ctx));
  return checks.outcome();
}

function meetingDateProblems(m: MeetingRecord): Problem[] {
  if (m.date || hasInvalidDate(m, 'date')) return [];
  return [
    make(
      'missing-deadline',
      'error',
      l10n.t('No meeting date: write when it starts ("date", with a time), so the pre-read has a due time.'),
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
      make(
        'overdue',
        'warning',
        l10n.t('The pre-read is empty and was due {0} ago.', spanText(differenceInMinutes(now, m.preReadDue))),
        range,
      ),
    ];
  }
  return [make('empty-section', 'warning', l10n.t('The pre-read is empty; it is due before the meeting.'), range)];
}
