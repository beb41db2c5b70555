// Decision records in the common formats: Nygard/adr-tools, MADR 2, MADR 3/4, Log4brains.
import type { TeamConfig } from './config';
import { parseRecordDate } from './dates';
import { firstTitle, fmHandles, fmString, readDocument, titleFromFileName, type MarkdownDocument } from './document';
import { actionItems } from './markdown';
import type { DecisionFormat, DecisionRecord, DecisionStatus } from './types';

const STATUS_WORDS: [RegExp, DecisionStatus][] = [
  [/supersed|replaced/i, 'superseded'],
  [/deprecat|obsolete/i, 'deprecated'],
  [/reject|declin/i, 'rejected'],
  [/accept|approv|decided|adopt|implement/i, 'accepted'],
  [/propos|review|pending|open/i, 'proposed'],
  [/draft|wip|construction/i, 'draft'],
];

export function normaliseDecisionStatus(raw: string): DecisionStatus {
  for (const [re, status] of STATUS_WORDS) if (re.test(raw)) return status;
  return 'unknown';
}

export function decisionNumber(path: string): number | null {
  const m = /^(\d+)[-_]/.exec(path.slice(path.lastIndexOf('/') + 1));
  return m && m[1].length < 8 ? Number(m[1]) : null;
}

function statusText(doc: MarkdownDocument): { raw: string; format: DecisionFormat } {
  const fm = doc.frontMatter.data;
  const fromFm = fmString(fm, 'status');
  if (fromFm) return { raw: fromFm, format: 'madr' };
  for (let i = doc.frontMatter.bodyLine; i < doc.lines.length; i++) {
    if (doc.fenced[i]) continue;
    const m = /^\s*[-*]\s+Status:\s*(.+)$/i.exec(doc.lines[i]);
    if (m) return { raw: m[1].trim(), format: doc.lines[i].trim().startsWith('-') ? 'log4brains' : 'madr2' };
  }
  const section = doc.sections.find((s) => /^status$/i.test(s.heading));
  if (section) {
    const line = section.body.split('\n').find((l) => l.trim());
    if (line) return { raw: line.trim(), format: 'nygard' };
  }
  return { raw: '', format: 'unknown' };
}

export function parseDecision(path: string, text: string, config: TeamConfig): DecisionRecord {
  const doc = readDocument(text);
  const fm = doc.frontMatter.data;
  const { raw, format } = statusText(doc);
  const owners = fmHandles(fm, 'owner');
  const heading = firstTitle(doc);
  const title = fmString(fm, 'title') ?? heading?.replace(/^(ADR[- ]?)?\d+[.:]?\s+/i, '').trim() ?? titleFromFileName(path);
  const dateLine = doc.lines.find((l, i) => !doc.fenced[i] && /^\s*(?:[-*]\s+)?Date:\s*\S/i.test(l));
  const dateRaw = fmString(fm, 'date') ?? dateLine?.replace(/^\s*(?:[-*]\s+)?Date:\s*/i, '').trim() ?? null;
  const tz = 'UTC';
  return {
    type: 'decision',
    path,
    title: title || titleFromFileName(path),
    status: normaliseDecisionStatus(raw),
    statusRaw: raw,
    number: decisionNumber(path),
    owner: owners[0] ?? null,
    owners,
    date: dateRaw ? parseRecordDate(fm?.date ?? dateRaw, tz) : null,
    commentsUntil: parseRecordDate(fm?.['comments-until'], tz),
    supersedes: fmHandles(fm, 'supersedes'),
    supersededBy: fmString(fm, 'superseded-by'),
    format,
    frontMatter: fm,
    sections: doc.sections,
    actions: actionItems(doc.lines, doc.fenced, (d) => parseRecordDate(d, config.team[0]?.timezone ?? tz)),
    links: doc.links,
    problems: doc.problems,
  };
}
