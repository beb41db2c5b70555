// `npm run bench`: the speed and size targets of PRODUCT §8, measured on synthetic decision folders
// in mixed formats, and `async-work list --format markdown` against Debian's adr-tools on the same
// 2,000-record folder. Prints a table; `--json` prints the numbers as JSON.
//
// The indexing figures run the extension store's own indexing code (core/indexer: batched reads,
// parsing in slices that yield) in plain Node, reading from disk.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { checkRecord } from '../src/core/checks/checkRecord';
import { defaultConfig } from '../src/core/team/config';
import { MAX_RECORD_CHARS } from '../src/core/records/document';
import { parseRecord } from '../src/core/records/parseRecord';
import { groupDecisions } from '../src/core/decisions/groups';
import { recordFolders } from '../src/core/index/folders';
import { DEFAULT_SLICE_MS, indexPath, indexPaths, type Slicing } from '../src/core/index/indexer';
import { RecordIndex } from '../src/core/index/recordIndex';
import { groupRequests } from '../src/core/requests/groups';
import { loadCodeowners, markdownFiles, nodeSource } from '../src/node/scan';
import { groupPages } from '../src/core/handbook/groups';
import { decisionText, generate, generatePages, random } from './generate';
import { githubBench, type BenchRow } from './github';
import { pathologicalLines, PLACES } from './pathological';

const ROOT = path.resolve(__dirname, '../..');

interface Row extends Omit<BenchRow, 'ok'> {
  /** null: measured for information, no target. */
  ok: boolean | null;
}

const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));
const SLICING: Slicing = { sliceMs: DEFAULT_SLICE_MS, yieldNow, clock: () => performance.now(), cancelled: () => false };

/** The indexing rows: 10,000 decision records, and with `pages` handbook pages next to them (`suffix` names those rows). */
async function indexing(rows: Row[], pages = 0, suffix = ''): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'async-work-bench-'));
  try {
    generate(root, 20, 500);
    if (pages > 0) generatePages(root, pages);
    const codeowners = loadCodeowners(root).codeowners;
    const config = defaultConfig();
    const index = new RecordIndex(config, recordFolders(config, null));
    const source = nodeSource(root);

    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    let t = performance.now();
    await indexPaths(index, await markdownFiles(root), source, SLICING);
    const cold = performance.now() - t;
    delay.disable();
    if (index.size !== 10_000 + pages) throw new Error(`indexed ${index.size} records and pages, expected ${10_000 + pages}`);

    t = performance.now();
    await indexPaths(index, await markdownFiles(root), source, SLICING);
    const warm = performance.now() - t;

    // One edited decision: read and parse it again, then regroup the trees that show decisions
    // (Decisions, and Requests for action items) as the views do on such a change.
    const rel =
      'services/s07/docs/adr/0042-' +
      index
        .records()
        .find((r) => r.path.startsWith('services/s07/docs/adr/0042-'))!
        .path.split('0042-')[1];
    appendFileSync(path.join(root, rel), '\nOne more consequence.\n');
    // As the views take them: the Requests view leaves pages out.
    const entries = () =>
      index.records().flatMap((record) => (record.type === 'page' ? [] : [{ ref: record.path, key: record.path, record, config }]));
    const now = new Date('2026-11-25T12:00:00Z');
    t = performance.now();
    const changed = await indexPath(index, rel, source);
    const all = entries();
    groupDecisions(
      all.flatMap((e) => (e.record.type === 'decision' ? [{ ...e, record: e.record }] : [])),
      now,
    );
    groupRequests(all, { me: 'alice', now, snoozed: new Map() });
    const single = performance.now() - t;
    if (!changed) throw new Error('the edited file was not read again');
    const handbook = () =>
      groupPages(
        index.records().flatMap((record) => (record.type === 'page' ? [{ ref: record.path, record, config, codeowners }] : [])),
        { me: 'alice', now },
      );
    if (pages > 0) {
      // The Handbook view is grouped once after indexing; then one page changes, and only that view regroups.
      handbook();
      const page = 'handbook/area-07/page-0742.md';
      appendFileSync(path.join(root, page), '\nOne more step.\n');
      t = performance.now();
      if (!(await indexPath(index, page, source))) throw new Error('the edited page was not read again');
      handbook();
      const pageChange = performance.now() - t;
      rows.push({ metric: 'singlePageChange5kMs', value: pageChange, unit: 'ms', target: '≤ 30', ok: pageChange <= 30 });
    }

    rows.push({ metric: `coldIndex10k${suffix}Ms`, value: cold, unit: 'ms', target: '≤ 500', ok: cold <= 500 });
    rows.push({ metric: `warmIndex10k${suffix}Ms`, value: warm, unit: 'ms', target: '≤ 100', ok: warm <= 100 });
    rows.push({ metric: `singleChange${suffix}Ms`, value: single, unit: 'ms', target: '≤ 30', ok: single <= 30 });
    rows.push({ metric: `maxBlock${suffix}Ms`, value: delay.max / 1e6, unit: 'ms', target: '≤ 50', ok: delay.max / 1e6 <= 50 });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The slowest pathological line, as large as a record is read, read and checked as each record type. */
function worstLine(rows: Row[]): void {
  const config = defaultConfig();
  const ctx = { config, now: new Date('2026-11-25T12:00:00Z'), zone: 'UTC', records: [], exists: () => false };
  let worst = 0;
  for (const line of pathologicalLines(MAX_RECORD_CHARS)) {
    for (const place of PLACES) {
      const text = place.wrap(line.text);
      for (const type of ['request', 'decision', 'meeting', 'page'] as const) {
        const t = performance.now();
        checkRecord(parseRecord(type, `docs/${type}s/0001-x.md`, text, config), ctx, text);
        worst = Math.max(worst, performance.now() - t);
      }
    }
  }
  rows.push({ metric: 'worstLineMs', value: worst, unit: 'ms', target: '≤ 100', ok: worst <= 100 });
}

function bundle(rows: Row[]): void {
  const bytes = statSync(path.join(ROOT, 'dist/extension.js')).size;
  rows.push({ metric: 'bundleBytes', value: bytes, unit: 'B', target: '≤ 204800', ok: bytes <= 200 * 1024 });
  const web = statSync(path.join(ROOT, 'dist/web/extension.js')).size;
  rows.push({ metric: 'webBundleBytes', value: web, unit: 'B', target: '≤ 204800', ok: web <= 200 * 1024 });
  rows.push({ metric: 'cliBundleBytes', value: statSync(path.join(ROOT, 'dist/cli.js')).size, unit: 'B', target: '', ok: null });
}

function timed(command: string, args: string[], cwd: string): { ms: number; out: string } {
  const t = performance.now();
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  return { ms, out: r.stdout };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The same 2,000-record adr-tools folder: `adr generate toc` against `async-work list --format markdown`. */
function adrTools(rows: Row[]): string | null {
  if (spawnSync('sh', ['-c', 'command -v adr'], { stdio: 'ignore' }).status !== 0)
    return 'adr-tools is not installed (apt-get install adr-tools): no comparison.';
  const root = mkdtempSync(path.join(os.tmpdir(), 'async-work-adr-tools-'));
  try {
    const dir = path.join(root, 'doc/adr');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(root, '.adr-dir'), 'doc/adr\n');
    const rnd = random(2);
    for (let n = 1; n <= 2000; n++) {
      const { name, text } = decisionText(n, 0, rnd);
      writeFileSync(path.join(dir, name), text);
    }
    const adr = timed('adr', ['generate', 'toc'], root);
    const ours = [1, 2, 3].map(() =>
      timed(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'list', 'doc/adr', '--format', 'markdown'], root),
    );
    const linesAdr = adr.out.split('\n').filter((l) => l.startsWith('* [')).length;
    const linesOurs = ours[0].out.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| #') && !l.startsWith('| --')).length;
    if (linesAdr !== 2000 || linesOurs !== 2000)
      throw new Error(`indexes list ${linesAdr} (adr-tools) and ${linesOurs} (async-work) records, expected 2000`);
    const oursMs = median(ours.map((o) => o.ms));
    rows.push({ metric: 'adrToolsToc2kMs', value: adr.ms, unit: 'ms', target: '', ok: null });
    rows.push({ metric: 'asyncWorkIndex2kMs', value: oursMs, unit: 'ms', target: '', ok: null });
    rows.push({ metric: 'adrToolsRatio', value: adr.ms / oursMs, unit: '×', target: '> 1 (faster)', ok: adr.ms > oursMs });
    return null;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  await indexing(rows);
  await indexing(rows, 5_000, 'Plus5kPages');
  worstLine(rows);
  bundle(rows);
  rows.push(...(await githubBench()));
  const note = adrTools(rows);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(Object.fromEntries(rows.map((r) => [r.metric, Math.round(r.value * 100) / 100])), null, 2));
    return;
  }
  const fmt = (r: Row) => (Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(1));
  const w = Math.max(...rows.map((r) => r.metric.length));
  console.log(`${'metric'.padEnd(w)}  ${'value'.padStart(10)}  unit  target          ok`);
  for (const r of rows)
    console.log(
      `${r.metric.padEnd(w)}  ${fmt(r).padStart(10)}  ${r.unit.padEnd(4)}  ${r.target.padEnd(14)}  ${r.ok === null ? '' : r.ok ? 'yes' : 'NO'}`,
    );
  if (note) console.log(note);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
