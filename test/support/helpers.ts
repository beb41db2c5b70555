import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './paths';

/** The sample team repository; its dates are written for this moment. */
export const SAMPLE_REPO = path.join(ROOT, 'test/fixtures/sample-repo');
export const SAMPLE_NOW = new Date('2026-11-25T12:00:00Z');

/** A folder of records with one file per problem code; its dates are written for SAMPLE_NOW too. */
export const CHECKS_REPO = path.join(ROOT, 'test/fixtures/checks');

export { applyEdits } from '../../src/core/records/edits';

/** The text of package.json; its user-facing strings are `%key%` references into package.nls.json. */
export const MANIFEST_TEXT = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
export const NLS = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;

/** package.json as VS Code reads it in English: each `%key%` replaced by its package.nls.json text. */
export function manifest<T>(): T {
  return JSON.parse(MANIFEST_TEXT, (_key, value: unknown) =>
    typeof value === 'string' && /^%[\w.-]+%$/.test(value) ? (NLS[value.slice(1, -1)] ?? value) : value,
  ) as T;
}
/** The commands of the Requests view's row menus in package.json whose `viewItem =~ /…/` clauses match a context value. */
export function rowMenuCommands(contextValue: string): string[] {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { menus: { 'view/item/context': { command: string; when: string }[] } };
  };
  const menus = pkg.contributes.menus['view/item/context'];
  const matching = menus.filter((m) =>
    [...m.when.matchAll(/viewItem =~ \/(.+?)\/(?: |$)/g)].every((r) => new RegExp(r[1]).test(contextValue)),
  );
  return [...new Set(matching.map((m) => m.command))].sort();
}

/** A setting as package.json contributes it. */
export interface SettingSchema {
  type: string;
  default: unknown;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  scope?: string;
  markdownDescription: string;
}

/** The settings package.json contributes, by id, as VS Code reads them in English. */
export function settingSchemas(): Record<string, SettingSchema> {
  return manifest<{ contributes: { configuration: { properties: Record<string, SettingSchema> } } }>().contributes.configuration.properties;
}
