// Reading a folder tree from disk with Node's fs, for the command line and the benchmark.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_PATH, defaultConfig, parseConfig, type ConfigResult } from '../core/config';
import { recordFolders } from '../core/folders';
import { RecordIndex } from '../core/recordIndex';

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

/**
 * Indexes the records below `root`. With `allAsDecisions`, every Markdown file counts as a decision
 * record, so a bare folder of ADRs can be listed without any configuration.
 */
export async function scan(root: string, options: { allAsDecisions?: boolean } = {}): Promise<Scan> {
  const config = await loadConfig(root);
  const adrDir = await readOptional(path.join(root, '.adr-dir'));
  const folders = options.allAsDecisions
    ? { request: [], meeting: [], decision: ['**'] }
    : recordFolders(config.config, adrDir);
  const index = new RecordIndex(config.config, folders);
  for (const rel of await markdownFiles(root)) {
    if (!index.typeOf(rel)) continue;
    const file = path.join(root, rel);
    const [text, stat] = await Promise.all([fs.readFile(file, 'utf8'), fs.stat(file)]);
    index.update(rel, text, { mtime: stat.mtimeMs, size: stat.size });
  }
  return { index, config };
}
