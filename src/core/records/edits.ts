// Text edits on a request's or meeting's text, as plain data: the extension turns them into a
// WorkspaceEdit (undoable), quick fixes offer them, tests apply them to strings.
import { readDocument } from './document';
import type { ActionItem, RecordLayout, TextEdit } from './types';
import { l10n } from '../common/l10n';

/**
 * Sets a top-level front-matter key: replaces its value and nothing else (comments and blank lines
 * around it stay), adds the key before the closing `---`, or adds front matter to a file that has none.
 */
export function setFieldEdit(layout: RecordLayout, key: string, value: string): TextEdit {
  const text = `${key}: ${value}\n`;
  const field = layout.fields[key];
  const at = layout.values[key];
  if (field && at)
    return { line: field.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, text: `${at.prefix}${value}${at.suffix}` };
  if (layout.frontMatterEnd >= 0) return insertAt(layout.frontMatterEnd, text);
  return insertAt(0, `---\n${text}---\n\n`);
}

/** Inserts a `## heading` section before `line`, or at the end of the file when `line` is null. */
export function insertSectionEdit(layout: RecordLayout, heading: string, line: number | null): TextEdit {
  if (line !== null) return insertAt(line, `## ${heading}\n\n`);
  const last = layout.lineCount - 1;
  return {
    line: last,
    column: layout.lastLineLength,
    endLine: last,
    endColumn: layout.lastLineLength,
    text: `${layout.lastLineLength > 0 ? '\n' : ''}\n## ${heading}\n\n`,
  };
}

/** Ticks or unticks an action item's box. */
export function toggleActionEdit(item: ActionItem): TextEdit {
  const column = item.boxColumn + 1;
  return { line: item.line, column, endLine: item.line, endColumn: column + 1, text: item.done ? ' ' : 'x' };
}

function insertAt(line: number, text: string): TextEdit {
  return { line, column: 0, endLine: line, endColumn: 0, text };
}

/**
 * Why the fields of a record cannot be edited, or null when they can: while its front matter cannot
 * be read (never closed, or refused by YAML), an edit would add a second block or lose what is there.
 */
export function fieldEditRefusal(text: string): string | null {
  const invalid = readDocument(text).problems.find((p) => p.code === 'invalid-front-matter' && p.severity === 'error');
  return invalid ? l10n.t('line {0}: {1} Fix the front matter first; nothing was changed.', invalid.line + 1, invalid.message) : null;
}

/** Sets a front-matter key in a record's current text (Mark answered, Mark done). */
export function setFieldInText(text: string, key: string, value: string): TextEdit {
  return setFieldEdit(readDocument(text).layout({ placeholders: false }), key, value);
}

/**
 * Sets several front-matter keys in a record's current text, one after the other, as one edit
 * (Mark answered writes `status` and `closed`; two insertions into a file without front matter
 * would otherwise add two blocks).
 */
export function setFieldsInText(text: string, fields: readonly (readonly [key: string, value: string])[]): TextEdit {
  const after = fields.reduce((current, [key, value]) => applyEdits(current, [setFieldInText(current, key, value)]), text);
  return replaceEdit(text, after);
}

/** One edit that turns `from` into `to`: it replaces only what lies between their common start and end. */
export function replaceEdit(from: string, to: string): TextEdit {
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let end = 0;
  while (end < from.length - start && end < to.length - start && from[from.length - 1 - end] === to[to.length - 1 - end]) end++;
  const position = (offset: number) => {
    const before = from.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, column: offset - (before.lastIndexOf('\n') + 1) };
  };
  const a = position(start);
  const b = position(from.length - end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, text: to.slice(start, to.length - end) };
}

/** Applies edits with 0-based positions to a text, as VS Code applies a WorkspaceEdit (for new records and tests). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (line: number, column: number) => (line >= starts.length ? text.length : Math.min(starts[line] + column, text.length));
  const sorted = [...edits].sort((a, b) => b.line - a.line || b.column - a.column);
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.line, e.column)) + e.text + out.slice(offset(e.endLine, e.endColumn));
  return out;
}
