// Requests: one owner, a reply-by time and a deadline, and the four sections of a complete ask. A
// request is read from its front matter; its dates are read on its owner's clock.
import type { TeamConfig } from '../team/config';
import { parseRecordDate } from '../time/recordDates';
import { fmHandles, fmString, problem, titleFromFileName, type MarkdownDocument } from '../records/document';
import { ownerTimeZone } from '../team/members';
import { defaultReplyBy } from '../time/dueTimes';
import type { Problem, RequestRecord, RequestStatus } from '../records/types';
import { l10n } from '../common/l10n';

export const REQUEST_STATUSES: readonly RequestStatus[] = ['open', 'answered', 'done', 'declined', 'withdrawn'];

export function parseRequest(doc: MarkdownDocument, config: TeamConfig): RequestRecord {
  const fm = doc.frontMatter.data;
  const problems = [...doc.problems];
  const owners = fmHandles(fm, 'owner');
  const owner = owners[0] ?? null;
  const timeZone = ownerTimeZone(config, owner);
  const statusRaw = fmString(fm, 'status') ?? '';
  const status = requestStatus(doc, statusRaw, problems);
  const created = frontMatterDate(doc, 'created', timeZone, problems);
  // Not written: the team's reply time after `created`.
  const replyBy = frontMatterDate(doc, 'reply-by', timeZone, problems);
  const deadline = frontMatterDate(doc, 'deadline', timeZone, problems);
  const closed = frontMatterDate(doc, 'closed', timeZone, problems);
  return {
    type: 'request',
    path: doc.path,
    title: fmString(fm, 'title') ?? doc.firstTitle ?? titleFromFileName(doc.path),
    status,
    statusRaw,
    number: null,
    owner,
    owners,
    requester: fmHandles(fm, 'requester')[0] ?? null,
    created,
    replyBy: replyBy ?? (created ? defaultReplyBy(created, config, owner) : null),
    replyByWritten: replyBy !== null,
    deadline,
    closed,
    date: created,
    frontMatter: fm,
    sections: doc.sections,
    actions: doc.actionItems((handle) => ownerTimeZone(config, handle)),
    links: doc.links,
    problems,
    layout: doc.layout({ placeholders: true }),
  };
}

/** One of the request statuses in any case; another word is read as open, with a problem. */
function requestStatus(doc: MarkdownDocument, raw: string, problems: Problem[]): RequestStatus {
  const status = raw.toLowerCase();
  if ((REQUEST_STATUSES as readonly string[]).includes(status)) return status as RequestStatus;
  if (raw) {
    const line = doc.fieldAt('status')?.line ?? 0;
    problems.push(
      problem(
        'unknown-status',
        'warning',
        l10n.t('Unknown request status "{0}" (read as open); use one of {1}.', raw, REQUEST_STATUSES.join(', ')),
        line,
        doc.lines[line],
      ),
    );
  }
  return 'open';
}

/** A dated front-matter field, read on the clock of `timeZone`; a value that is not a date gives an `invalid-date` problem. */
export function frontMatterDate(doc: MarkdownDocument, key: string, timeZone: string, problems: Problem[]): Date | null {
  const value = doc.frontMatter.data?.[key];
  if (value === undefined || value === null || value === '') return null;
  const date = parseRecordDate(value, timeZone);
  if (!date) {
    const line = doc.fieldAt(key)?.line ?? 0;
    problems.push(
      problem(
        'invalid-date',
        'error',
        l10n.t('{0}: "{1}" is not a date; write 2026-12-10 or 2026-12-10T15:00:00Z.', key, String(value)),
        line,
        doc.lines[line],
      ),
    );
  }
  return date;
}
