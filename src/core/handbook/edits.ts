// Edits of a handbook page, as plain data: Mark Reviewed and Set Owner change one front-matter
// value and nothing else, in the key the page already uses (GOV.UK's `last_reviewed_on` stays
// `last_reviewed_on`), keeping a quoted value quoted.
import { readDocument } from '../records/document';
import { setFieldEdit } from '../records/edits';
import { yamlScalar } from '../records/flatYaml';
import type { TeamConfig } from '../team/config';
import { parsePage } from './page';
import type { PageRecord, TextEdit } from '../records/types';

/** `last-reviewed` (or the key the page uses) set to `day`, quoted as the old value was. */
export function markReviewedEdit(page: PageRecord, day: string, text?: string): TextEdit {
  const key = page.keys.lastReviewed;
  const at = page.layout.values[key];
  const field = page.layout.fields[key];
  const old = text !== undefined && at && field ? oldValue(text, field.line, at) : '';
  const quote = old.startsWith('"') ? '"' : old.startsWith("'") ? "'" : '';
  return setFieldEdit(page.layout, key, `${quote}${day}${quote}`);
}

/** `owner` set to one handle; a GOV.UK `owner_slack` stays as written (`owner` is read first). */
export function setOwnerEdit(page: PageRecord, handle: string): TextEdit {
  return setFieldEdit(page.layout, 'owner', yamlScalar(handle));
}

/** Mark Reviewed on a page's current text. */
export function markReviewedInText(text: string, path: string, config: TeamConfig, day: string): TextEdit {
  return markReviewedEdit(parsePage(readDocument(text, path), config), day, text);
}

/** Set Owner on a page's current text. */
export function setOwnerInText(text: string, path: string, config: TeamConfig, handle: string): TextEdit {
  return setOwnerEdit(parsePage(readDocument(text, path), config), handle);
}

function oldValue(text: string, line: number, at: { column: number; endLine: number; endColumn: number }): string {
  const lines = text.split('\n', at.endLine + 1);
  return at.endLine === line ? (lines[line] ?? '').slice(at.column, at.endColumn) : (lines[line] ?? '').slice(at.column);
}
