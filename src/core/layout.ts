// Where things are in a request's or meeting's text: front-matter keys by line, template text left
// in, dated fields and action items read in the right person's time zone.
import type { TeamConfig } from './config';
import { parseRecordDate } from './dates';
import { problem, type MarkdownDocument } from './document';
import { actionItems } from './markdown';
import { scheduleFor } from './time';
import type { ActionItem, Problem, RecordLayout } from './types';

const KEY = /^([A-Za-z][\w-]*)\s*:/;
const PLACEHOLDER = /\b(?:TODO|TBD|FIXME|XXX)\b|<([^<>\n]+)>/g;
/** Angle brackets around these are HTML the author meant, not a placeholder. */
const HTML_TAGS = new Set(
  'a abbr b br code del details div em hr i img ins kbd li mark ol p pre s small span strong sub summary sup table td th tr u ul'.split(' '),
);

/** Where things are; `withPlaceholders` false skips the search for template text (decisions are not checked for it). */
export function recordLayout(doc: MarkdownDocument, withPlaceholders = true): RecordLayout {
  const fields: RecordLayout['fields'] = {};
  let previous: RecordLayout['fields'][string] | null = null;
  const end = doc.frontMatter.endLine;
  for (let i = 1; i < end; i++) {
    const m = KEY.exec(doc.lines[i]);
    if (!m) continue;
    if (previous) previous.endLine = i;
    previous = { line: i, endColumn: doc.lines[i].length, endLine: end };
    if (!Object.hasOwn(fields, m[1])) fields[m[1]] = previous;
  }
  return {
    frontMatterEnd: end,
    fields,
    lineCount: doc.lines.length,
    lastLineLength: doc.lines[doc.lines.length - 1].length,
    placeholders: withPlaceholders ? placeholders(doc) : [],
  };
}

function placeholders(doc: MarkdownDocument): RecordLayout['placeholders'] {
  const out: RecordLayout['placeholders'] = [];
  for (let i = 0; i < doc.lines.length; i++) {
    if (doc.fenced[i] || i === 0 || i === doc.frontMatter.endLine) continue;
    // Code spans are examples; blank them out but keep the columns.
    const line = doc.lines[i].replace(/`[^`\n]*`/g, (s) => ' '.repeat(s.length));
    for (const m of line.matchAll(PLACEHOLDER)) {
      const inner = m[1];
      if (inner !== undefined && !isPlaceholderText(inner)) continue;
      out.push({ line: i, column: m.index, endColumn: m.index + m[0].length, text: m[0] });
    }
  }
  return out;
}

/** `<what you need>` is a placeholder; `<br>`, `<!-- note -->`, `<https://…>` and `<me@example.com>` are not. */
function isPlaceholderText(inner: string): boolean {
  if (/^[!/]/.test(inner) || /^[a-z][a-z0-9+.-]*:\S*$/i.test(inner) || isMailAddress(inner)) return false;
  const first = /^[A-Za-z][\w-]*/.exec(inner.trim());
  return !(first && HTML_TAGS.has(first[0].toLowerCase()));
}

/** `me@example.com`: an `@` inside and no white space (as `^\S+@\S+$`, which backtracks over every `@`). */
function isMailAddress(text: string): boolean {
  return !/\s/.test(text) && text.slice(1, -1).includes('@');
}

/** A dated front-matter field; a value that is not a date gives an `invalid-date` problem. */
export function fieldDate(
  doc: MarkdownDocument,
  layout: RecordLayout,
  key: string,
  timeZone: string,
  problems: Problem[],
): Date | null {
  const value = doc.frontMatter.data?.[key];
  if (value === undefined || value === null || value === '') return null;
  const date = parseRecordDate(value, timeZone);
  if (!date) {
    const line = layout.fields[key]?.line ?? 0;
    problems.push(
      problem('invalid-date', 'error', `${key}: "${String(value)}" is not a date; write 2026-12-10 or 2026-12-10T15:00:00Z.`, line, doc.lines[line]),
    );
  }
  return date;
}

/** Action items with each due date read in the time zone of the item's own owner. */
export function teamActionItems(doc: MarkdownDocument, config: TeamConfig): ActionItem[] {
  return actionItems(doc.lines, doc.fenced, (raw, owner) => parseRecordDate(raw, scheduleFor(config, owner).timeZone));
}
