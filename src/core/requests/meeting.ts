// Meeting notes: a dated meeting with an owner, attendees, a pre-read, notes and action items.
import type { TeamConfig } from '../team/config';
import { firstTitle, fmHandles, fmString, readDocument, titleFromFileName } from '../records/document';
import { fieldDate, recordLayout, teamActionItems } from '../records/layout';
import { ownerTimeZone } from '../team/members';
import { preReadDue } from '../time/dueTimes';
import type { MeetingRecord } from '../records/types';

export function parseMeeting(path: string, text: string, config: TeamConfig): MeetingRecord {
  const doc = readDocument(text);
  const fm = doc.frontMatter.data;
  const layout = recordLayout(doc);
  const problems = [...doc.problems];
  const owners = fmHandles(fm, 'owner');
  const owner = owners[0] ?? null;
  const date = fieldDate(doc, layout, 'date', ownerTimeZone(config, owner), problems);
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
    date,
    preReadDue: date ? preReadDue(date, config, owner) : null,
    frontMatter: fm,
    sections: doc.sections,
    actions: teamActionItems(doc, config),
    links: doc.links,
    problems,
    layout,
  };
}
