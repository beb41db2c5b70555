// Meeting notes: a dated meeting with an owner, attendees, a pre-read, notes and action items.
import type { TeamConfig } from './config';
import { parseRecordDate } from './dates';
import { firstTitle, fmHandles, fmString, readDocument, titleFromFileName } from './document';
import { actionItems } from './markdown';
import { ownerTimeZone } from './request';
import type { MeetingRecord } from './types';

export function parseMeeting(path: string, text: string, config: TeamConfig): MeetingRecord {
  const doc = readDocument(text);
  const fm = doc.frontMatter.data;
  const owners = fmHandles(fm, 'owner');
  const owner = owners[0] ?? null;
  const tz = ownerTimeZone(config, owner);
  return {
    type: 'meeting',
    path,
    title: fmString(fm, 'title') ?? firstTitle(doc) ?? titleFromFileName(path),
    status: fmString(fm, 'status') ?? '',
    statusRaw: fmString(fm, 'status') ?? '',
    number: null,
    owner,
    owners,
    attendees: fmHandles(fm, 'attendees'),
    date: parseRecordDate(fm?.date, tz),
    frontMatter: fm,
    sections: doc.sections,
    actions: actionItems(doc.lines, doc.fenced, (d) => parseRecordDate(d, tz)),
    links: doc.links,
    problems: doc.problems,
  };
}
