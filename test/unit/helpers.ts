import * as path from 'node:path';
import type { TextEdit } from '../../src/core/types';

/** The sample team repository; its dates are written for this moment. */
export const SAMPLE_REPO = path.resolve(__dirname, '../../../test/fixtures/sample-repo');
export const SAMPLE_NOW = new Date('2026-11-25T12:00:00Z');

/** A folder of records with one file per problem code; its dates are written for SAMPLE_NOW too. */
export const CHECKS_REPO = path.resolve(__dirname, '../../../test/fixtures/checks');

/** Applies text edits with 0-based positions to a string, as VS Code would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => {
    let o = 0;
    for (let i = 0; i < line && i < lines.length; i++) o += lines[i].length + 1;
    return Math.min(o + column, text.length);
  };
  const sorted = [...edits].sort((a, b) => b.line - a.line || b.column - a.column);
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.line, e.column)) + e.text + out.slice(offset(e.endLine, e.endColumn));
  return out;
}
