// `async-work check`: the completeness checks of every record below a folder, for CI. Exit code 1
// when any problem is an error; `--format github` prints workflow annotations, `sarif` one SARIF log.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_PATH } from '../core/team/config';
import { escapeControls } from '../core/common/text';
import { ENGLISH, l10n, useLanguage } from '../core/common/l10n';
import type { Problem } from '../core/records/types';
import { checkAll, scan } from '../node/scan';
import { choice, readerZone, readNow, type CliIo } from './options';
import { sarifLog } from './sarif';

/** One problem as the command line reports it: lines and columns 1-based, the end column just after the range. */
export interface CheckRow {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: Problem['code'];
  severity: Problem['severity'];
  message: string;
}

const FORMATS = ['text', 'json', 'github', 'sarif'] as const;
const ANNOTATION = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escapes for GitHub workflow commands: data, and property values (which also end at , and :); other controls as in text. */
const data = (s: string) => escapeControls(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubAnnotation(r: CheckRow, root: string): string {
  const file = path.join(root, r.path);
  return `::${ANNOTATION[r.severity]} file=${property(file)},line=${r.line},col=${r.column},title=${property(`Async Work: ${r.code}`)}::${data(r.message)}`;
}

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, now: { type: 'string' } },
  });
  const now = readNow(values.now);
  const format = choice('--format', values.format, FORMATS);
  // JSON is for scripts: its messages are English in every language, like its keys and codes.
  if (format === 'json') useLanguage(ENGLISH);
  const root = path.resolve(positionals[0] ?? '.');
  const scanned = await scan(root);
  const rows: CheckRow[] = [];
  const add = (p: string, x: Problem) =>
    rows.push({
      path: p,
      line: x.line + 1,
      column: x.column + 1,
      endLine: x.endLine + 1,
      endColumn: x.endColumn + 1,
      code: x.code,
      severity: x.severity,
      message: x.message,
    });
  for (const x of scanned.config.problems) add(CONFIG_PATH, x);
  for (const p of scanned.problems) add(p.path, p.problem);
  for (const [record, problems] of checkAll(root, scanned, now, readerZone(io.env))) for (const x of problems) add(record.path, x);
  rows.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column);
  const errors = rows.filter((r) => r.severity === 'error').length;
  if (format === 'json')
    io.out(
      JSON.stringify(
        rows.map(({ path: p, line, code, severity, message }) => ({ path: p, line, code, severity, message })),
        null,
        2,
      ) + '\n',
    );
  else if (format === 'sarif') io.out(JSON.stringify(sarifLog(rows), null, 2) + '\n');
  else if (format === 'github')
    io.out(rows.map((r) => githubAnnotation(r, positionals[0] ?? '.')).join('\n') + (rows.length > 0 ? '\n' : ''));
  else {
    for (const r of rows)
      io.out(`${escapeControls(r.path)}:${r.line}:${r.column}: ${r.severity} ${r.code}: ${escapeControls(r.message)}\n`);
    const warnings = rows.filter((r) => r.severity === 'warning').length;
    const pages = scanned.index.records().filter((r) => r.type === 'page').length;
    const records = scanned.index.size - pages;
    const recordCount = records === 1 ? l10n.t('1 record') : l10n.t('{0} records', records);
    const pageCount = pages === 1 ? l10n.t('1 page') : l10n.t('{0} pages', pages);
    const checked = pages > 0 ? l10n.t('{0} and {1}', recordCount, pageCount) : recordCount;
    const notes = rows.length - errors - warnings;
    io.out(`${l10n.t('{0} checked: {1} errors, {2} warnings, {3} notes.', checked, errors, warnings, notes)}\n`);
  }
  return errors > 0 ? 1 : 0;
}
