// Reading a folder tree from disk with Node's fs: for the command line, the benchmark, and the store's local folders.
import { closeSync, existsSync, openSync, promises as fs, readSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_PATH, defaultConfig, parseConfig, type ConfigResult } from '../core/config';
import { recordFolders } from '../core/folders';
import { checkRecord } from '../core/checks';
import { indexPaths, type FileSource, type Slicing } from '../core/indexer';
import { RecordIndex } from '../core/recordIndex';
import type { AsyncRecord, Problem } from '../core/types';

const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);

async function readOptional(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    return null;
  }
}

export async function loadConfig(root: string): Promise<ConfigResult> {
  const text = await readOptional(path.join(root, CONFIG_PATH));
  return text === null ? { config: defaultConfig(), problems: [] } : parseConfig(text);
}

/** Every Markdown file below `root`, as relative paths with forward slashes. */
export async function markdownFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (SKIP.has(e.name)) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(dir, e.name), r);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) out.push(r);
    }
  };
  await walk(root, '');
  return out.sort();
}

export interface Scan {
  index: RecordIndex;
  config: ConfigResult;
}

/** Files larger than this are read only this far (records are short; the parser reads 512 KB). */
export const READ_LIMIT = 1024 * 1024;

/**
 * Reads the files below `root` by their paths from it. The reads are synchronous: for the small
 * files records are, one takes microseconds where a thread-pool round trip takes tens of them, and
 * the indexer yields between slices anyway.
 */
export function nodeSource(root: string): FileSource {
  return {
    stat: async (rel) => {
      try {
        const stat = statSync(path.join(root, rel));
        return stat.isFile() ? { mtime: stat.mtimeMs, size: stat.size } : null;
      } catch {
        return null;
      }
    },
    // The stat gave the size, so the file is read in one go without asking for it again; a file
    // that grew since is read to its end (up to the limit) all the same.
    read: async (rel, size) => {
      try {
        const fd = openSync(path.join(root, rel), 'r');
        try {
          let buffer = Buffer.allocUnsafe(Math.min(size + 1, READ_LIMIT));
          let length = 0;
          for (;;) {
            const n = readSync(fd, buffer, length, buffer.length - length, length);
            length += n;
            if (n === 0 || length >= READ_LIMIT) break;
            if (length === buffer.length) {
              const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, READ_LIMIT));
              buffer.copy(bigger, 0, 0, length);
              buffer = bigger;
            }
          }
          return buffer.toString('utf8', 0, length);
        } finally {
          closeSync(fd);
        }
      } catch {
        return null;
      }
    },
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
  const config = await loadConfig(root);
  const adrDir = await readOptional(path.join(root, '.adr-dir'));
  const files = await markdownFiles(root);
  const index = new RecordIndex(config.config, recordFolders(config.config, adrDir));
  const source = nodeSource(root);
  await indexPaths(index, files, source, UNSLICED);
  if (index.size === 0) {
    index.reconfigure(config.config, { request: [], meeting: [], decision: ['**'] });
    await indexPaths(index, files, source, UNSLICED);
  }
  return { index, config };
}

/** The problems of every record below `root` at `now` (links checked on disk). */
export function checkAll(root: string, { index, config }: Scan, now: Date): Map<AsyncRecord, Problem[]> {
  const records = index.records();
  const ctx = { config: config.config, now, records, exists: (rel: string) => existsSync(path.join(root, rel)) };
  return new Map(records.map((r) => [r, checkRecord(r, ctx)]));
}
