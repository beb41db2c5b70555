// Where things are in a request's or meeting's text: front-matter keys by line, template text left
// in, dated fields and action items read in the right person's time zone.
import type { TeamConfig } from '../team/config';
import { parseRecordDate } from '../time/recordDates';
import { problem, type MarkdownDocument } from './document';
import { actionItems } from './markdown';
import { scheduleFor } from '../team/members';
import type { ActionItem, Problem, RecordLayout } from './types';

const KEY = /^([A-Za-z][\w-]*)\s*:/;
const PLACEHOLDER = /\b(?:TODO|TBD|FIXME|XXX)\b|<([^<>\n]+)>/g;
/** Angle brackets around these are HTML the author meant, not a placeholder. */
const HTML_TAGS = new Set(
  'a abbr b br code del details div em hr i img ins kbd li mark ol p pre s small span strong sub summary sup table td th tr u ul'.split(
    ' ',
  ),
);

/** Where things are; `withPlaceholders` false skips the search for template text (decisions are not checked for it). */
export function recordLayout(doc: MarkdownDocument, withPlaceholders = true): RecordLayout {
  const fields: RecordLayout['fields'] = {};
  const values: RecordLayout['values'] = {};
  let previous: RecordLayout['fields'][string] | null = null;
  let value: RecordLayout['values'][string] | null = null;
  const end = doc.frontMatter.endLine;
  for (let i = 1; i < end; i++) {
    const m = KEY.exec(doc.lines[i]);
    if (!m) continue;
    if (previous && value) valueEnd(doc.lines, previous.line, value, (previous.endLine = i));
    previous = { line: i, endColumn: doc.lines[i].length, endLine: end };
    value = { column: m[0].length, endLine: i, endColumn: m[0].length, prefix: '', suffix: '' };
    // YAML reads the last of keys written twice: that is the one to show and to edit.
    fields[m[1]] = previous;
    values[m[1]] = value;
  }
  if (previous && value) valueEnd(doc.lines, previous.line, value, end);
  return {
    frontMatterEnd: end,
    fields,
    values,
    lineCount: doc.lines.length,
    lastLineLength: doc.lines[doc.lines.length - 1].length,
    placeholders: withPlaceholders ? placeholders(doc) : [],
  };
}

/** Where the value of the key on `line` ends, now that the line of the next key (or the closing `---`) is known. */
function valueEnd(lines: readonly string[], line: number, value: RecordLayout['values'][string], next: number): void {
  const keyLine = lines[line];
  const comment = commentStart(keyLine, value.column);
  const written = keyLine.slice(value.column, comment);
  const inline = written.trim() !== '';
  if (inline) {
    value.column += written.length - written.trimStart().length;
    value.endColumn = value.column + written.trim().length;
  }
  // A value on the lines below (`owner:` then `  - alice`): up to its last line, not the comments and blank lines after it.
  for (let i = line + 1; i < next; i++) {
    const text = lines[i].trimStart();
    if (text === '' || text.startsWith('#')) continue;
    value.endLine = i;
    value.endColumn = lines[i].slice(0, commentStart(lines[i], lines[i].length - text.length)).trimEnd().length;
  }
  if (inline) return;
  // The new value goes right after the colon; a comment on the key's line stays after it.
  value.prefix = ' ';
  if (value.endLine > line && comment < keyLine.length) value.suffix = ` ${keyLine.slice(comment).trim()}`;
}

/**
 * Where a YAML comment starts on a line: a `#` after white space, outside a quoted string (one
 * that starts a value or an item); the line's length when it has none. Linear.
 */
export function commentStart(text: string, from: number): number {
  let quote = '';
  let last = -1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '#' && i > from && /\s/.test(text[i - 1])) return i;
    if ((c === '"' || c === "'") && (last < 0 || '[{,'.includes(text[last]) || ('-?:'.includes(text[last]) && last < i - 1))) quote = c;
    if (!/\s/.test(c)) last = i;
  }
  return text.length;
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
export function fieldDate(doc: MarkdownDocument, layout: RecordLayout, key: string, timeZone: string, problems: Problem[]): Date | null {
  const value = doc.frontMatter.data?.[key];
  if (value === undefined || value === null || value === '') return null;
  const date = parseRecordDate(value, timeZone);
  if (!date) {
    const line = layout.fields[key]?.line ?? 0;
    problems.push(
      problem(
        'invalid-date',
        'error',
        `${key}: "${String(value)}" is not a date; write 2026-12-10 or 2026-12-10T15:00:00Z.`,
        line,
        doc.lines[line],
      ),
    );
  }
  return date;
}

/** Action items with each due date read in the time zone of the item's own owner. */
export function teamActionItems(doc: MarkdownDocument, config: TeamConfig): ActionItem[] {
  return actionItems(doc.lines, doc.fenced, (raw, owner) => parseRecordDate(raw, scheduleFor(config, owner).timeZone));
}
