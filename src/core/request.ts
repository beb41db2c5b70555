// Requests: one owner, a reply-by time and a deadline, and the four sections of a complete ask.
import type { TeamConfig } from './config';
import { parseRecordDate } from './dates';
import { firstTitle, fmHandles, fmString, readDocument, titleFromFileName } from './document';
import { actionItems } from './markdown';
import type { RequestRecord, RequestStatus } from './types';

const REQUEST_STATUSES: readonly RequestStatus[] = ['open', 'answered', 'done', 'declined', 'withdrawn'];

export function ownerTimeZone(config: TeamConfig, handle: string | null): string {
  return config.team.find((m) => m.handle === handle)?.timezone ?? 'UTC';
}

export function parseRequest(path: string, text: string, config: TeamConfig): RequestRecord {
  const doc = readDocument(text);
  const fm = doc.frontMatter.data;
  const owners = fmHandles(fm, 'owner');
  const owner = owners[0] ?? null;
  const tz = ownerTimeZone(config, owner);
  const raw = fmString(fm, 'status') ?? '';
  const status = (REQUEST_STATUSES as readonly string[]).includes(raw.toLowerCase()) ? (raw.toLowerCase() as RequestStatus) : 'open';
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
    created: parseRecordDate(fm?.created, tz),
    replyBy: parseRecordDate(fm?.['reply-by'], tz),
    deadline: parseRecordDate(fm?.deadline, tz),
    date: parseRecordDate(fm?.created, tz),
    frontMatter: fm,
    sections: doc.sections,
    actions: actionItems(doc.lines, doc.fenced, (d) => parseRecordDate(d, tz)),
    links: doc.links,
    problems: doc.problems,
  };
}
