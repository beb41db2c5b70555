import { readFileSync } from 'node:fs';
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

/** The commands of the Requests view's row menus in package.json whose `viewItem =~ /…/` clauses match a context value. */
export function rowMenuCommands(contextValue: string): string[] {
  const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
    contributes: { menus: { 'view/item/context': { command: string; when: string }[] } };
  };
  const menus = pkg.contributes.menus['view/item/context'];
  const matching = menus.filter((m) => [...m.when.matchAll(/viewItem =~ \/(.+?)\/(?: |$)/g)].every((r) => new RegExp(r[1]).test(contextValue)));
  return [...new Set(matching.map((m) => m.command))].sort();
}
