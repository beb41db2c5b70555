// `async-work list`: the records below a folder as a table, JSON or a Markdown index.
import * as path from 'node:path';
import { scan } from '../node/scan';
import type { AsyncRecord } from '../core/types';
import { parseArgs } from 'node:util';
import { readNow, type CliIo } from './main';

export interface ListRow {
  path: string;
  type: AsyncRecord['type'];
  number: number | null;
  title: string;
  status: string;
  statusRaw: string;
  date: string | null;
  owner: string | null;
  replyBy: string | null;
  deadline: string | null;
}

export function listRow(r: AsyncRecord): ListRow {
  return {
    path: r.path,
    type: r.type,
    number: r.number,
    title: r.title,
    status: r.status,
    statusRaw: r.statusRaw,
    date: r.date ? r.date.toISOString() : null,
    owner: r.owner,
    replyBy: r.type === 'request' && r.replyBy ? r.replyBy.toISOString() : null,
    deadline: r.type === 'request' && r.deadline ? r.deadline.toISOString() : null,
  };
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
  readNow(values.now);
  const root = path.resolve(positionals[0] ?? '.');
  const { index } = await scan(root);
  const rows = index
    .records()
    .filter((r) => !values.type || r.type === values.type)
    .filter((r) => !values.status || r.status === values.status)
    .sort((a, b) => a.path.localeCompare(b.path))
    .map(listRow);
  if (values.format === 'json') io.out(JSON.stringify(rows, null, 2) + '\n');
  else io.out(rows.map((r) => `${r.type.padEnd(9)} ${r.status.padEnd(11)} ${r.title}  (${r.path})`).join('\n') + '\n');
  return 0;
}
