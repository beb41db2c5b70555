// Which files are records: the folders from the team configuration (globs allowed), and for
// decisions, when none are configured, the folders that ADR tools use.
import type { TeamConfig } from './config';
import type { RecordType } from './types';

/** Folders searched for decision records when `decisions` is empty, in the order ADR tools use. */
export const DECISION_FOLDERS_DETECTED = [
  'docs/decisions',
  'docs/adr',
  'doc/adr',
  'docs/architecture/decisions',
  '*/docs/adr',
  '*/*/docs/adr',
];

/** Files in record folders that are not records themselves. */
const NOT_A_RECORD = /^(readme|index|toc|template|adr-template|decision-template|_.*|\..*)\.md$/i;

export interface RecordFolders {
  request: string[];
  decision: string[];
  meeting: string[];
}

/** `adrDir` is the content of adr-tools' `.adr-dir` file, when there is one. */
export function recordFolders(config: TeamConfig, adrDir: string | null): RecordFolders {
  const detected = [...DECISION_FOLDERS_DETECTED];
  const fromAdrTools = adrDir?.split(/\r?\n/)[0].trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  if (fromAdrTools) detected.unshift(fromAdrTools);
  return {
    request: config.requests,
    decision: config.decisions.length > 0 ? config.decisions : detected,
    meeting: config.meetings,
  };
}

/** One glob that matches every Markdown file below the folders (for file search and watchers). */
export function recordGlob(folders: RecordFolders): string {
  const all = [...new Set([...folders.request, ...folders.decision, ...folders.meeting])];
  return `{${all.map((f) => `${f}/**/*.md`).join(',')}}`;
}

const cache = new Map<string, RegExp>();

/** A folder glob (`*` within a name, `**` across folders) as a prefix test on a relative path. */
function folderPattern(glob: string): RegExp {
  let re = cache.get(glob);
  if (!re) {
    const body = glob
      .split('/')
      .filter((s) => s !== '' && s !== '.')
      .map((seg) =>
        seg === '**' ? '(?:[^/]+/)*' : seg.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '/',
      )
      .join('');
    re = new RegExp(`^${body}`);
    cache.set(glob, re);
  }
  return re;
}

export function isInFolder(relPath: string, folderGlob: string): boolean {
  return folderPattern(folderGlob).test(relPath);
}

/** The kind of record a path holds, or null. Requests and meetings win over detected decision folders. */
export function classify(relPath: string, folders: RecordFolders): RecordType | null {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  if (!name.toLowerCase().endsWith('.md') || NOT_A_RECORD.test(name)) return null;
  if (relPath.split('/').includes('node_modules')) return null;
  for (const type of ['request', 'meeting', 'decision'] as const) {
    if (folders[type].some((f) => isInFolder(relPath, f))) return type;
  }
  return null;
}
