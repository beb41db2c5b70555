// Meeting notes: a dated meeting with an owner, attendees, a pre-read, notes and action items. A
// meeting is read from its front matter; its date is read on its owner's clock.
import type { TeamConfig } from '../team/config';
import { fmHandles, fmString, titleFromFileName, type MarkdownDocument } from '../records/document';
import { frontMatterDate } from './request';
import { ownerTimeZone } from '../team/members';
import { preReadDue } from '../time/dueTimes';
import type { MeetingRecord } from '../records/types';

export function parseMeeting(doc: MarkdownDocument, config: TeamConfig): MeetingRecord {
  const fm = doc.frontMatter.data;
  const problems = [...doc.problems];
  const owners = fmHandles(fm, 'owner');
  const owner = owners[0] ?? null;
  const date = frontMatterDate(doc, 'date', ownerTimeZone(config, owner), problems);
  const status = fmString(fm, 'status') ?? '';
  return {
    type: 'meeting',
    path: doc.path,
    title: fmString(fm, 'title') ?? doc.firstTitle ?? titleFromFileName(doc.path),
    status,
    statusRaw: status,
    number: null,
    owner,
    owners,
    attendees: fmHandles(fm, 'attendees'),
    date,
    preReadDue: date ? preReadDue(date, config, owner) : null,
    frontMatter: fm,
    sections: doc.sections,
    actions: doc.actionItems((handle) => ownerTimeZone(config, handle)),
    links: doc.links,
    problems,
    layout: doc.layout({ placeholders: true }),
  };
}
