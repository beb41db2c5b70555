// Requests: one owner, a reply-by time and a deadline, and the four sections of a complete ask.
import type { TeamConfig } from '../team/config';
import { firstTitle, fmHandles, fmString, problem, readDocument, titleFromFileName } from '../records/document';
import { fieldDate, recordLayout, teamActionItems } from '../records/layout';
import { ownerTimeZone } from '../team/members';
import { defaultReplyBy } from '../time/dueTimes';
import type { RequestRecord, RequestStatus } from '../records/types';

export const REQUEST_STATUSES: readonly RequestStatus[] = ['open', 'answered', 'done', 'declined', 'withdrawn'];

export function parseRequest(path: string, text: string, config: TeamConfig): RequestRecord {
  const doc = readDocument(text);
  const fm = doc.frontMatter.data;
  const layout = recordLayout(doc);
  const problems = [...doc.problems];
  const owners = fmHandles(fm, 'owner');
  const owner = owners[0] ?? null;
  const tz = ownerTimeZone(config, owner);
  const raw = fmString(fm, 'status') ?? '';
  let status: RequestStatus = 'open';
  if ((REQUEST_STATUSES as readonly string[]).includes(raw.toLowerCase())) status = raw.toLowerCase() as RequestStatus;
  else if (raw) {
    const line = layout.fields.status?.line ?? 0;
    problems.push(
      problem(
        'unknown-status',
        'warning',
        `Unknown request status "${raw}" (read as open); use one of ${REQUEST_STATUSES.join(', ')}.`,
        line,
        doc.lines[line],
      ),
    );
  }
  const created = fieldDate(doc, layout, 'created', tz, problems);
  const replyByWritten = fieldDate(doc, layout, 'reply-by', tz, problems);
  return {
    type: 'request',
    path,
    title: fmString(fm, 'title') ?? firstTitle(doc) ?? titleFromFileName(path),
    status,
    statusRaw: raw,
    number: null,
    owner,
    owners,
    requester: fmHandles(fm, 'requester')[0] ?? null,
    created,
    replyBy: replyByWritten ?? (created ? defaultReplyBy(created, config, owner) : null),
    replyByWritten: replyByWritten !== null,
    deadline: fieldDate(doc, layout, 'deadline', tz, problems),
    closed: fieldDate(doc, layout, 'closed', tz, problems),
    date: created,
    frontMatter: fm,
    sections: doc.sections,
    actions: teamActionItems(doc, config),
    links: doc.links,
    problems,
    layout,
  };
}
