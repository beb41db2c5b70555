// Reading a folder tree from disk with Node's fs: for the command line, the benchmark, and the store's local folders.
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, promises as fs, readSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_PATH, defaultConfig, MAX_CONFIG_BYTES, parseConfig, tooLargeConfig, type ConfigResult } from '../core/team/config';
import { l10n } from '../core/common/l10n';
import { READ_LIMIT } from '../core/index/fileKinds';
import { codeownersFrom, pathProblem, unreadableText, type FileRead, type PathProblem } from '../core/index/pathProblems';
import { adrDirFolder, recordFolders } from '../core/index/folders';
import { checkRecord } from '../core/checks/checkRecord';
import { CODEOWNERS_PATHS, MAX_CODEOWNERS_BYTES, type Codeowners } from '../core/handbook/codeowners';
import { indexPaths, type FileSource, type Slicing } from '../core/index/indexer';
import { RecordIndex } from '../core/index/recordIndex';
import type { AsyncRecord, Problem } from '../core/records/types';

const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);

/** `.adr-dir` names one folder on its first line: more is not read. */
const ADR_DIR_LIMIT = 4096;

const reason = (e: unknown) => (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e));

/**
 * Reads a regular file up to `limit` bytes, or says why not; null when nothing is there. The file
 * is opened without waiting (a FIFO opens at once) and only read once its descriptor shows a
 * regular file, so a FIFO, device or socket in its place is never waited on. `statSize` is the size
 * a stat that found a regular file just gave: the descriptor is then not asked again, and a FIFO
 * swapped in since still cannot make the read wait.
 */
export function readCapped(file: string, limit: number, statSize?: number): FileRead | null {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if (reason(e) !== 'ENOENT' && reason(e) !== 'ENOTDIR') return { unreadable: l10n.t('cannot be opened ({0})', reason(e)) };
    try {
      lstatSync(file);
      return { unreadable: l10n.t('is a link to nothing') };
    } catch {
      return null;
    }
  }
  try {
    let size = statSize;
    if (size === undefined) {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) return { unreadable: l10n.t('is a folder') };
      if (!stat.isFile()) return { unreadable: l10n.t('is not a regular file (a FIFO, device or socket); skipped') };
      size = stat.size;
    }
    // The size is known, so the file is read in one go; a file that grew since is read to its end
    // (up to the limit) all the same.
    let buffer = Buffer.allocUnsafe(Math.min(size + 1, limit));
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, length);
      length += n;
      if (n === 0 || length >= limit) break;
      if (length === buffer.length) {
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
    }
    return { text: buffer.toString('utf8', 0, length), size: length };
  } catch (e) {
    return { unreadable: l10n.t('cannot be read ({0})', reason(e)) };
  } finally {
    closeSync(fd);
  }
}

const unreadable = (relPath: string, why: string) =>
  pathProblem(relPath || '.', 'unreadable', unreadableText(relPath || l10n.t('The folder'), why));

/** The team configuration of `root`, its defaults when it has none, or why it could not be read. */
/**
 * Why a file of the folder itself (the team configuration, `.adr-dir`) is not read: it leads out of
 * the folder through a link. Null when it may be read, or is not there.
 */
export function leadsOutside(root: string, rel: string): string | null {
  return existsSync(path.join(root, rel)) && !insideRoot(root)(rel) ? l10n.t('links outside the workspace folder; not read') : null;
}

/** readCapped for a file of the folder itself: one that leads out of the folder is not read. */
function readFolderFile(root: string, rel: string, limit: number): FileRead | null {
  const outside = leadsOutside(root, rel);
  return outside ? { unreadable: outside } : readCapped(path.join(root, rel), limit);
}

export function loadConfig(root: string): ConfigResult {
  const read = readFolderFile(root, CONFIG_PATH, MAX_CONFIG_BYTES + 1);
  if (read === null) return { config: defaultConfig(), problems: [] };
  if ('unreadable' in read) {
    const problem = pathProblem(
      CONFIG_PATH,
      'invalid-config',
      l10n.t('{0} {1}; the defaults stand.', CONFIG_PATH, read.unreadable),
    ).problem;
    return { config: defaultConfig(), problems: [problem] };
  }
  return read.size > MAX_CONFIG_BYTES ? tooLargeConfig() : parseConfig(read.text);
}

/** The text of `.adr-dir`, null when there is none, and its problem when it cannot be used. */
function loadAdrDir(root: string): { text: string | null; problems: PathProblem[] } {
  const read = readFolderFile(root, '.adr-dir', ADR_DIR_LIMIT);
  if (read === null) return { text: null, problems: [] };
  if ('unreadable' in read)
    return { text: null, problems: [pathProblem('.adr-dir', 'invalid-config', unreadableText('.adr-dir', read.unreadable))] };
  const { problem } = adrDirFolder(read.text);
  return { text: read.text, problems: problem ? [pathProblem('.adr-dir', 'invalid-config', problem)] : [] };
}

/**
 * The CODEOWNERS GitHub would use below `root` (the first of its places that holds one), with the
 * lines it would skip as problems on the file.
 */
export function loadCodeowners(root: string): { codeowners: Codeowners | null; problems: PathProblem[] } {
  for (const rel of CODEOWNERS_PATHS) {
    const read = readFolderFile(root, rel, MAX_CODEOWNERS_BYTES + 1);
    if (read !== null) return codeownersFrom(rel, read);
  }
  return { codeowners: null, problems: [] };
}

/**
 * Every Markdown file below `root`, as relative paths with forward slashes, and the folders that
 * could not be read. Entries that are not folders are listed by name: whether a record is a
 * regular file is for its read to say, so a FIFO named like a record is reported, not passed over.
 */
export async function markdownFiles(root: string, problems: PathProblem[] = []): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      problems.push(unreadable(rel, l10n.t('cannot be read as a folder ({0})', reason(e))));
      return;
    }
    for (const e of entries) {
      if (SKIP.has(e.name)) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(dir, e.name), r);
      else if (e.name.toLowerCase().endsWith('.md')) out.push(r);
    }
  };
  await walk(root, '');
  return out.sort();
}

export interface Scan {
  index: RecordIndex;
  config: ConfigResult;
  /** The CODEOWNERS that names the owners of files, or null when there is none. */
  codeowners: Codeowners | null;
  /** Files and folders that could not be read or used (records, folders, `.adr-dir`, lines of CODEOWNERS). */
  problems: PathProblem[];
}

/**
 * Reads the files below `root` by their paths from it, telling `report` about a record that is
 * there but cannot be read. Only regular files inside `root` are read: a link is followed when
 * it stays inside. The reads are synchronous: for the small files records are, one takes
 * microseconds where a thread-pool round trip takes tens of them, and the indexer yields between
 * slices anyway.
 */
export function nodeSource(root: string, report: (problem: PathProblem) => void = () => {}): FileSource {
  const inside = insideRoot(root);
  return {
    stat: async (rel) => {
      const file = path.join(root, rel);
      try {
        let stat = lstatSync(file);
        if (stat.isSymbolicLink()) {
          if (!inside(rel)) {
            report(unreadable(rel, l10n.t('links outside the workspace folder; skipped')));
            return null;
          }
          stat = lstatSync(realpathSync.native(file));
        }
        if (stat.isFile()) return { mtime: stat.mtimeMs, size: stat.size };
        if (!stat.isDirectory()) report(unreadable(rel, l10n.t('is not a regular file (a FIFO, device or socket); skipped')));
        return null;
      } catch (e) {
        if (reason(e) !== 'ENOENT') report(unreadable(rel, l10n.t('cannot be read ({0})', reason(e))));
        else if (isLink(file)) report(unreadable(rel, l10n.t('is a link to nothing')));
        return null;
      }
    },
    read: async (rel, size) => {
      const read = readCapped(path.join(root, rel), READ_LIMIT, size);
      if (read === null) return null;
      if ('unreadable' in read) {
        report(unreadable(rel, read.unreadable));
        return null;
      }
      return read.text;
    },
  };
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Whether a real path is `root`'s real path or below it. */
function under(root: string): (real: string) => boolean {
  let top: string | null = null;
  return (real) => {
    try {
      top ??= realpathSync.native(root);
    } catch {
      return false;
    }
    return real === top || real.startsWith(top.endsWith(path.sep) ? top : top + path.sep);
  };
}

/**
 * Whether a path from `root` is inside it once every link on the way is followed; a path that
 * does not exist is inside when its nearest existing folder is.
 */
export function insideRoot(root: string): (relPath: string) => boolean {
  const isUnder = under(root);
  return (relPath) => {
    let at = path.join(root, relPath);
    for (;;) {
      try {
        return isUnder(realpathSync.native(at));
      } catch {
        const up = path.dirname(at);
        if (up === at) return false;
        at = up;
      }
    }
  };
}

/** The command line has nothing else to do meanwhile: no slices. */
const UNSLICED: Slicing = { sliceMs: Infinity, yieldNow: () => Promise.resolve(), clock: () => 0, cancelled: () => false };

/**
 * Indexes the records below `root`. A folder with no records where the team configuration and
 * the usual folders say they are (a bare folder of ADRs, such as `docs/adr` itself) is read as a
 * folder of decision records, as `adr list` would.
 */
export async function scan(root: string): Promise<Scan> {
  const config = loadConfig(root);
  const adrDir = loadAdrDir(root);
  const owners = loadCodeowners(root);
  const problems = [...adrDir.problems, ...owners.problems];
  const files = await markdownFiles(root, problems);
  const index = new RecordIndex(config.config, recordFolders(config.config, adrDir.text));
  const reported = new Set<string>();
  const source = nodeSource(root, (p) => {
    if (!reported.has(p.path)) problems.push(p);
    reported.add(p.path);
  });
  await indexPaths(index, files, source, UNSLICED);
  if (index.size === 0) {
    index.reconfigure(config.config, { request: [], meeting: [], decision: ['**'], page: [] });
    await indexPaths(index, files, source, UNSLICED);
  }
  return { index, config, codeowners: owners.codeowners, problems };
}

/**
 * Whether a path from `root` names a file or folder inside it: a link that leads out does not
 * count, so what is outside the workspace folder never shows through a broken-link check.
 */
export function existsInside(root: string): (relPath: string) => boolean {
  const isUnder = under(root);
  // Links point into few folders: each folder's real path is asked for once, each file only lstat'd.
  const folders = new Map<string, string | null>();
  const realFolder = (dir: string) => {
    let real = folders.get(dir);
    if (real === undefined) {
      try {
        real = realpathSync.native(dir);
      } catch {
        real = null;
      }
      folders.set(dir, real);
    }
    return real;
  };
  return (relPath) => {
    const file = path.join(root, relPath);
    const folder = realFolder(path.dirname(file));
    if (folder === null) return false;
    try {
      return isUnder(lstatSync(file).isSymbolicLink() ? realpathSync.native(file) : path.join(folder, path.basename(file)));
    } catch {
      return false;
    }
  };
}

/** The problems of every record below `root` at `now`, times written in `zone` (links checked on disk). */
export function checkAll(root: string, { index, config, codeowners }: Scan, now: Date, zone: string): Map<AsyncRecord, Problem[]> {
  const records = index.records();
  const ctx = { config: config.config, now, zone, records, exists: existsInside(root), codeowners };
  return new Map(records.map((r) => [r, checkRecord(r, ctx)]));
}
