// A new decision record: in the folder's own format (the one most of its records use), with the
// next number or a date id, proposed, with its owner and the end of its comment window. A team
// template (`.async/templates/decision.md`) replaces the built-in text; its `{{title}}`,
// `{{number}}`, `{{date}}`, `{{owner}}` and `{{comments-until}}` are filled in, and the status,
// owner and comment window are added in the template's own format when it does not write them.
import type { TeamConfig } from '../team/config';
import { parseDecision } from './parse';
import { setDecisionFieldEdit, setDecisionStatusEdits } from './edits';
import { readDocument } from '../records/document';
import { applyEdits } from '../records/edits';
import { formatRecordDay } from '../time/recordDates';
import { yamlScalar } from '../records/flatYaml';
import { fillTemplate, slugify } from '../records/templates';
import { addCommentPeriod } from '../time/dueTimes';
import { scheduleFor } from '../team/members';
import type { DecisionFormat, DecisionRecord } from '../records/types';

export interface NewDecision {
  title: string;
  owner: string;
  /** The number, or null for a date id. */
  number: number | null;
}

/** The format most records of the folder use; MADR with front matter for a new folder. */
export function folderFormat(records: readonly DecisionRecord[]): Exclude<DecisionFormat, 'unknown'> {
  const counts = new Map<DecisionFormat, number>();
  for (const r of records) if (r.format !== 'unknown') counts.set(r.format, (counts.get(r.format) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['madr'];
  return best as Exclude<DecisionFormat, 'unknown'>;
}

/** One more than the highest number in the folder. */
export function nextDecisionNumber(records: readonly DecisionRecord[]): number {
  return records.reduce((max, r) => Math.max(max, r.number ?? 0), 0) + 1;
}

/**
 * `folder/0012-slug.md` (as many digits as the folder's names use, at least 4 for a new folder) or,
 * for date ids, `folder/20261125-slug.md`; a taken name gets `-2`, `-3`…
 */
export function newDecisionPath(
  folder: string,
  decision: NewDecision,
  day: Date,
  timeZone: string,
  names: readonly string[],
  exists: (path: string) => boolean,
): string {
  const width = names.map((n) => /^(\d+)[-_]/.exec(n)?.[1].length ?? 0).find((w) => w > 0 && w < 8) ?? 4;
  const id = decision.number !== null ? String(decision.number).padStart(width, '0') : formatRecordDay(day, timeZone).replace(/-/g, '');
  const base = `${folder.replace(/\/+$/, '')}/${id}-${slugify(decision.title)}`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base}.md` : `${base}-${n}.md`;
    if (!exists(candidate)) return candidate;
  }
}

function builtIn(fmt: Exclude<DecisionFormat, 'unknown'>, heading: string, v: Record<string, string>): string {
  switch (fmt) {
    case 'nygard':
      return `# ${heading}\n\nDate: ${v.date}\nOwner: ${v.owner}\nComments until: ${v['comments-until']}\n\n## Status\n\nProposed\n\n## Context\n\n## Decision\n\n## Consequences\n`;
    case 'madr2':
    case 'log4brains': {
      const b = fmt === 'madr2' ? '*' : '-';
      return [
        `# ${heading}`,
        '',
        `${b} Status: proposed`,
        `${b} Deciders: ${v.owner}`,
        `${b} Date: ${v.date}`,
        `${b} Owner: ${v.owner}`,
        `${b} Comments until: ${v['comments-until']}`,
        '',
        '## Context and Problem Statement',
        '',
        '## Considered Options',
        '',
        '## Decision Outcome',
        '',
      ].join('\n');
    }
    case 'madr':
      return [
        '---',
        'status: proposed',
        `date: ${v.date}`,
        `owner: ${yamlScalar(v.owner)}`,
        `decision-makers: [${yamlScalar(v.owner)}]`,
        `comments-until: ${v['comments-until']}`,
        '---',
        '',
        `# ${heading}`,
        '',
        '## Context and Problem Statement',
        '',
        '## Considered Options',
        '',
        '## Decision Outcome',
        '',
        '### Consequences',
        '',
      ].join('\n');
  }
}

export function newDecisionText(
  decision: NewDecision,
  now: Date,
  config: TeamConfig,
  fmt: Exclude<DecisionFormat, 'unknown'>,
  template: string | null,
): string {
  const zone = scheduleFor(config, decision.owner).timeZone;
  const day = (d: Date) => formatRecordDay(d, zone);
  const until = addCommentPeriod(now, config, decision.owner);
  const values: Record<string, string> = {
    title: decision.title,
    number: decision.number === null ? '' : String(decision.number),
    date: day(now),
    owner: decision.owner,
    'comments-until': until ? day(until) : '',
    status: 'proposed',
  };
  // adr-tools numbers its headings ("# 12. Title"); MADR does not.
  const heading = decision.number !== null && fmt === 'nygard' ? `${decision.number}. ${decision.title}` : decision.title;
  if (!template) return builtIn(fmt, heading, values);
  let text = fillTemplate(template, values);
  const read = () => parseDecision(readDocument(text, 'new.md'), config);
  if (read().status !== 'proposed') text = applyEdits(text, setDecisionStatusEdits(text, 'proposed'));
  if (!read().owner) text = applyEdits(text, [setDecisionFieldEdit(text, 'owner', decision.owner)]);
  if (!read().commentsUntilWritten && until)
    text = applyEdits(text, [setDecisionFieldEdit(text, 'comments-until', values['comments-until'])]);
  return text;
}
