// `async-work list`: the records below a folder as a table, JSON or a Markdown index (in place of
// `adr generate toc`).
import { markdownCell, textTable } from './tables';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { isBefore } from 'date-fns';
import { CONFIG_PATH, type TeamConfig } from '../core/team/config';
import { formatRecordDay } from '../core/time/recordDates';
import { scheduleFor } from '../core/team/members';
import { escapeControls } from '../core/common/text';
import { l10n } from '../core/common/l10n';
import type { AsyncRecord, Problem, RecordType } from '../core/records/types';
import { parentFolder } from '../core/records/links';
import { checkAll, scan } from '../node/scan';
import { dueText, requestDue } from '../core/requests/due';
import { choice, readerZone, readNow, type CliIo } from './options';
import { allPages, handbookIndex, pageListRow, pageTable } from './pages';

export interface ListRow {
  path: string;
  type: RecordType | 'action';
  number: number | null;
  title: string;
  status: string;
  statusRaw: string;
  date: string | null;
  owner: string | null;
  replyBy: string | null;
  deadline: string | null;
  commentsUntil: string | null;
  supersededBy: string | null;
  /** What an open request or action item waits for first (ISO), and whether that has passed. */
  due: string | null;
  overdue: boolean;
  problems: Problem['code'][];
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function listRow(r: AsyncRecord, now: Date, problems: readonly Problem[] = []): ListRow {
  const due = r.type === 'request' ? requestDue(r, now) : null;
  return {
    path: r.path,
    type: r.type,
    number: r.number,
    title: r.title,
    status: r.status,
    statusRaw: r.statusRaw,
    date: iso(r.date),
    owner: r.owner,
    replyBy: r.type === 'request' ? iso(r.replyBy) : null,
    deadline: r.type === 'request' ? iso(r.deadline) : null,
    commentsUntil: r.type === 'decision' ? iso(r.commentsUntil) : null,
    supersededBy: r.type === 'decision' ? r.supersededBy : null,
    due: iso(due?.at ?? null),
    overdue: due?.overdue ?? false,
    problems: [...new Set(problems.map((p) => p.code))],
  };
}

const TYPES = ['request', 'decision', 'meeting', 'action', 'page'] as const;
const FORMATS = ['table', 'json', 'markdown'] as const;

/** The rows as a table, with due times in the reader's zone ("Tue 24 Nov, 09:00 (27h overdue)") when any row has one. */
function table(rows: readonly ListRow[], now: Date, zone: string): string {
  const dues = rows.some((r) => r.due);
  const due = (r: ListRow) => (dues ? [r.due ? dueText(new Date(r.due), now, zone, null) : ''] : []);
  const cells = rows.map((r) =>
    [r.type, r.number === null ? '' : String(r.number), r.status, ...due(r), r.title, r.path].map(escapeControls),
  );
  const head = [l10n.t('TYPE'), '#', l10n.t('STATUS'), ...(dues ? [l10n.t('DUE')] : []), l10n.t('TITLE'), l10n.t('PATH')];
  return textTable(head, cells);
}

/**
 * A Markdown index of records: number, linked title, status and date (the day in the owner's
 * zone), one table row each; a superseded decision links its successor.
 */
export function markdownIndex(records: readonly AsyncRecord[], config: TeamConfig): string {
  const decisionsOnly = records.length > 0 && records.every((r) => r.type === 'decision');
  const byPath = new Map(records.map((r) => [r.path, r]));
  const link = (r: AsyncRecord) =>
    `[${markdownCell(r.number !== null && !decisionsOnly ? `${r.number}. ${r.title}` : r.title)}](${encodeURI(r.path)})`;
  const out = [decisionsOnly ? `# ${l10n.t('Decision records')}` : `# ${l10n.t('Records')}`, ''];
  out.push(
    decisionsOnly
      ? `| # | ${l10n.t('Decision')} | ${l10n.t('Status')} | ${l10n.t('Date')} |`
      : `| ${l10n.t('Type')} | # | ${l10n.t('Title')} | ${l10n.t('Status')} | ${l10n.t('Date')} |`,
  );
  out.push(decisionsOnly ? '| --: | --- | --- | --- |' : '| --- | --: | --- | --- | --- |');
  for (const r of records) {
    const successor = r.type === 'decision' && r.supersededBy ? byPath.get(r.supersededBy) : undefined;
    const status = successor ? l10n.t('{0} by {1}', r.status, link(successor)) : r.status || markdownCell(r.statusRaw);
    const day = r.date ? formatRecordDay(r.date, scheduleFor(config, r.owner).timeZone) : '';
    const cells = [r.number === null ? '' : String(r.number), link(r), status, day];
    out.push(`| ${(decisionsOnly ? cells : [r.type, ...cells]).join(' | ')} |`);
  }
  return out.join('\n') + '\n';
}

/** Action items, listed one per row under their record. */
function actionRows(r: AsyncRecord, now: Date): ListRow[] {
  return r.actions.map((a) => ({
    path: `${r.path}#L${a.line + 1}`,
    type: 'action',
    number: null,
    title: a.text,
    status: a.done ? 'done' : 'open',
    statusRaw: a.done ? '[x]' : '[ ]',
    date: iso(a.due),
    owner: a.owner,
    replyBy: null,
    deadline: iso(a.due),
    commentsUntil: null,
    supersededBy: null,
    due: a.done ? null : iso(a.due),
    overdue: !a.done && a.due !== null && isBefore(a.due, now),
    problems: [],
  }));
}

export async function runList(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      status: { type: 'string' },
      format: { type: 'string', default: 'table' },
      now: { type: 'string' },
    },
  });
  const now = readNow(values.now);
  const format = choice('--format', values.format, FORMATS);
  const type = values.type === undefined ? undefined : choice('--type', values.type, TYPES);
  const root = path.resolve(positionals[0] ?? '.');
  const scanned = await scan(root);
  // The list holds what could be read and used; the rest is said beside it.
  for (const p of scanned.config.problems) io.err(`async-work list: ${CONFIG_PATH}:${p.line + 1}: ${p.message}\n`);
  for (const p of scanned.problems) io.err(`async-work list: ${p.problem.message}\n`);
  // Only JSON rows carry the problem codes: the checks run for that format alone.
  const zone = readerZone(io.env);
  const problems = format === 'json' ? checkAll(root, scanned, now, zone) : new Map<AsyncRecord, Problem[]>();
  const byNumber = (a: { path: string; number: number | null }, b: { path: string; number: number | null }) =>
    parentFolder(a.path).localeCompare(parentFolder(b.path)) ||
    (a.number ?? Infinity) - (b.number ?? Infinity) ||
    a.path.localeCompare(b.path);
  const status = values.status?.toLowerCase();
  if (type === 'page') {
    // Pages have no status of their own: --status filters by where the review stands.
    const pages = scanned.index.records().filter((r) => r.type === 'page');
    const all = allPages(pages, scanned.config.config, scanned.codeowners, now);
    const rows = all.rows.filter((r) => !status || r.review.state === status);
    if (format === 'markdown') {
      const kept = new Set(rows);
      io.out(handbookIndex(all.owners.map((o) => ({ ...o, rows: o.rows.filter((r) => kept.has(r)) })).filter((o) => o.rows.length > 0)));
    } else if (format === 'json')
      io.out(
        JSON.stringify(
          rows.map((r) => pageListRow(r, problems.get(r.record))),
          null,
          2,
        ) + '\n',
      );
    else io.out(pageTable(rows));
    return 0;
  }
  // Without --type, the records: pages are listed with --type page.
  const isRecord = (r: AsyncRecord) => (type ? r.type === type : r.type !== 'page');
  if (format === 'markdown') {
    const records = scanned.index.records().filter((r) => isRecord(r) && (!status || r.status === status));
    io.out(markdownIndex(records.sort(byNumber), scanned.config.config));
    return 0;
  }
  const rows = scanned.index
    .records()
    .filter((r) => r.type !== 'page')
    .flatMap((r) => (type === 'action' ? actionRows(r, now) : [listRow(r, now, problems.get(r))]))
    .filter((r) => (!type || r.type === type) && (!status || r.status === status))
    .sort(byNumber);
  if (format === 'json') io.out(JSON.stringify(rows, null, 2) + '\n');
  else io.out(rows.length > 0 ? table(rows, now, zone) : `${l10n.t('No records found.')}\n`);
  return 0;
}
