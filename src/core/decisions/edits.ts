// Edits to a decision record in the format it is written in: a front-matter key (MADR 3/4), a
// `* Status:` bullet (MADR 2, Log4brains), a `Status:` line or the line of a `## Status` section
// (adr-tools). Plain data: the extension applies them as one undoable WorkspaceEdit.
import { findStatus, FRONT_MATTER_STATUS_KEYS, type StatusSpot } from './parse';
import { fmHandles, readDocument, type MarkdownDocument } from '../records/document';
import { setFieldEdit } from '../records/edits';
import { yamlScalar } from '../records/flatYaml';
import { markdownLink, withoutLinkTargets } from '../records/links';
import { keyLine, normaliseKey } from '../records/markdown';
import type { DecisionStatus, TextEdit } from '../records/types';
import { l10n } from '../common/l10n';

type Case = 'lower' | 'capital' | 'upper';

function caseOf(raw: string, fallback: Case): Case {
  const letters = withoutLinkTargets(raw)
    .replace(/:[a-z0-9_+-]+:/gi, '')
    .replace(/[^\p{L}]/gu, '');
  if (!letters) return fallback;
  if (letters.length > 1 && letters === letters.toUpperCase()) return 'upper';
  return letters[0] === letters[0].toUpperCase() ? 'capital' : 'lower';
}

function cased(word: string, c: Case): string {
  if (c === 'upper') return word.toUpperCase();
  return c === 'capital' ? word[0].toUpperCase() + word.slice(1) : word;
}

/** A link from one record to another, as adr-tools writes it: `[5. Title](0005-title.md)`. */
export interface RecordLink {
  /** `5. Expose a GraphQL API` */
  text: string;
  /** The other record's path relative to this one. */
  target: string;
}

function hasFrontMatter(doc: MarkdownDocument): boolean {
  return doc.frontMatter.endLine > 0;
}

function replaceValue(spot: StatusSpot, text: string): TextEdit {
  return { line: spot.line, column: spot.column, endLine: spot.line, endColumn: spot.endColumn, text };
}

/** The line after which header fields go: after the title and the `Date:`-style lines under it. */
function headerEnd(doc: MarkdownDocument): { line: number; bullet: string } {
  const title = doc.headings.find((h) => h.level === 1);
  const from = title ? title.line + (title.setext ? 2 : 1) : doc.frontMatter.bodyLine;
  let last = title ? from - 1 : -1;
  let bullet = '';
  const headingLines = new Set(doc.headings.map((h) => h.line));
  for (let i = from; i < doc.lines.length; i++) {
    if (headingLines.has(i)) break;
    const k = keyLine(doc.lines[i], i);
    if (k) {
      last = i;
      bullet = k.bullet;
    } else if (doc.lines[i].trim() && last >= from) break;
  }
  return { line: last, bullet };
}

function insertLine(after: number, text: string, blankBefore: boolean): TextEdit {
  const line = after + 1;
  return { line, column: 0, endLine: line, endColumn: 0, text: `${blankBefore ? '\n' : ''}${text}\n` };
}

/** Human key for a body line: `comments-until` → `Comments until`. */
function lineKey(key: string): string {
  const words = key.replace(/-/g, ' ');
  return words[0].toUpperCase() + words.slice(1);
}

/**
 * Sets a field (`owner`, `comments-until`, `superseded-by`, `supersedes`): a front-matter key when
 * the record has front matter, else its `Key: value` line, else a new line under the title in the
 * style of the lines already there (`* Owner: alice` under MADR 2 bullets).
 */
export function setDecisionFieldEdit(text: string, key: string, value: string): TextEdit {
  const doc = readDocument(text);
  if (hasFrontMatter(doc)) return setFieldEdit(doc.layout({ placeholders: false }), key, yamlScalar(value));
  for (let i = doc.frontMatter.bodyLine; i < doc.lines.length; i++) {
    if (doc.fenced[i]) continue;
    const k = keyLine(doc.lines[i], i);
    if (k && k.key === normaliseKey(key))
      return { line: i, column: k.valueColumn, endLine: i, endColumn: doc.lines[i].trimEnd().length, text: value };
  }
  const end = headerEnd(doc);
  const bullet = end.bullet ? `${end.bullet.trim()} ` : '';
  const firstField = end.line < 0 || doc.headings.some((h) => h.line === end.line || h.line + 1 === end.line);
  return insertLine(end.line, `${bullet}${lineKey(key)}: ${value}`, firstField && !bullet);
}

/**
 * Sets the status where it is written, in the case it is written in. A superseded record names its
 * successor: a link after "Superseded by" in the body, a `superseded-by` key in front matter.
 */
/**
 * Why a decision's status cannot be set in place, or null: a front-matter status that is a history
 * list or a mapping would lose its history if it were written over.
 */
export function statusEditRefusal(text: string): string | null {
  const doc = readDocument(text);
  const spot = findStatus(doc);
  if (spot?.style !== 'front-matter') return null;
  const value = FRONT_MATTER_STATUS_KEYS.map((k) => doc.fields?.[k]).find((v) => v !== undefined && v !== null);
  if (value === null || typeof value !== 'object' || value instanceof Date) return null;
  return Array.isArray(value)
    ? l10n.t('line {0}: the status is a history of statuses; add the new status to it by hand. Nothing was changed.', spot.line + 1)
    : l10n.t('line {0}: the status is a mapping; add the new status to it by hand. Nothing was changed.', spot.line + 1);
}

export function setDecisionStatusEdits(text: string, status: Exclude<DecisionStatus, 'unknown'>, supersededBy?: RecordLink): TextEdit[] {
  const doc = readDocument(text);
  const spot = findStatus(doc);
  if (spot?.style === 'front-matter' || (!spot && hasFrontMatter(doc))) {
    const layout = doc.layout({ placeholders: false });
    const edits = [setFieldEdit(layout, 'status', cased(status, caseOf(spot?.raw ?? '', 'lower')))];
    if (supersededBy) edits.push(setFieldEdit(layout, 'superseded-by', yamlScalar(supersededBy.target)));
    return edits;
  }
  if (spot) {
    const word = cased(status, caseOf(spot.raw, spot.style === 'section' ? 'capital' : 'lower'));
    return [replaceValue(spot, supersededBy ? `${word} by ${markdownLink(supersededBy.text, supersededBy.target)}` : word)];
  }
  // No status anywhere and no front matter: add an adr-tools `## Status` section under the header.
  const end = headerEnd(doc);
  const word = cased(status, 'capital');
  return [
    insertLine(
      end.line,
      `## Status\n\n${supersededBy ? `${word} by ${markdownLink(supersededBy.text, supersededBy.target)}` : word}\n`,
      true,
    ),
  ];
}

/** Names the decision this one replaces: a `supersedes` key, or a "Supersedes [..](..)" line under the status. */
export function addSupersedesEdit(text: string, replaced: RecordLink): TextEdit {
  const doc = readDocument(text);
  if (hasFrontMatter(doc)) {
    // Read as the record reader does: a text value is a list split at commas, semicolons and "and".
    const all = [...new Set([...fmHandles(doc.fields, 'supersedes'), replaced.target])];
    const single = all.length === 1 && fmHandles({ supersedes: all[0] }, 'supersedes').length === 1;
    return setFieldEdit(
      doc.layout({ placeholders: false }),
      'supersedes',
      single ? yamlScalar(all[0]) : `[${all.map(yamlScalar).join(', ')}]`,
    );
  }
  const spot = findStatus(doc);
  if (spot?.style === 'key-line')
    return insertLine(spot.line, `${spot.bullet}Supersedes: ${markdownLink(replaced.text, replaced.target)}`, false);
  if (spot?.style === 'table') {
    // Below the metadata table, not inside it.
    let last = spot.line;
    while (doc.lines[last + 1]?.trimStart().startsWith('|')) last++;
    return insertLine(last, `Supersedes ${markdownLink(replaced.text, replaced.target)}`, true);
  }
  if (spot) return insertLine(spot.line, `Supersedes ${markdownLink(replaced.text, replaced.target)}`, true);
  return insertLine(headerEnd(doc).line, `Supersedes ${markdownLink(replaced.text, replaced.target)}`, true);
}
