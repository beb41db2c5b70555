// Which files are records: the folders from the team configuration (globs allowed), and for
// decisions, when none are configured, the folders that ADR tools use.
import type { TeamConfig } from '../team/config';
import type { RecordType } from '../records/types';
import { l10n } from '../common/l10n';

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
  /** Handbook folders: their Markdown files outside the record folders are pages. */
  page: string[];
}

/** Longest folder glob read from the team configuration or `.adr-dir`. */
export const MAX_FOLDER_GLOB_LENGTH = 200;
/**
 * VS Code's file search and watchers turn globs into backtracking regular expressions, so a glob
 * they are given keeps few stars: at most this many in one folder name, and this many `**`.
 */
export const MAX_STARS_IN_NAME = 2;
export const MAX_ANY_FOLDERS = 2;

/** A folder as written, with `\\` as `/` and without the trailing `/`s (a loop: `/\/+$/` is quadratic on a run of them). */
export function folderAsWritten(raw: string): string {
  const folder = raw.replace(/\\/g, '/');
  let end = folder.length;
  while (end > 0 && folder[end - 1] === '/') end--;
  return folder.slice(0, end);
}

/** Why a folder glob from the team configuration or `.adr-dir` cannot be used, or null when it can. */
export function folderGlobProblem(glob: string): string | null {
  const path = glob.replace(/\\/g, '/');
  if (path.length > MAX_FOLDER_GLOB_LENGTH) return l10n.t('is longer than {0} characters', MAX_FOLDER_GLOB_LENGTH);
  if (path.startsWith('/') || path.startsWith('~') || /^[a-z]:/i.test(path))
    return l10n.t('must be a folder inside the workspace folder, not an absolute path');
  const parts = globParts(path);
  if (parts.includes('..')) return l10n.t('must be a folder inside the workspace folder (no "..")');
  if (parts.filter((p) => p === '**').length > MAX_ANY_FOLDERS) return l10n.t('has more than {0} "**"', MAX_ANY_FOLDERS);
  if (parts.some((p) => p !== '**' && p.split('*').length - 1 > MAX_STARS_IN_NAME))
    return l10n.t('has more than {0} "*" in one folder name', MAX_STARS_IN_NAME);
  return null;
}

/** Whether a path from a workspace folder's root stays inside it (no absolute path, no `..` above the root). */
export function isInsideFolder(relPath: string): boolean {
  if (/^[/\\~]|^[a-z]:/i.test(relPath)) return false;
  let depth = 0;
  for (const seg of relPath.split(/[/\\]/)) {
    if (seg === '..') depth--;
    else if (seg !== '' && seg !== '.') depth++;
    if (depth < 0) return false;
  }
  return true;
}

/** The folder adr-tools' `.adr-dir` names (its first line), and why it cannot be used when it cannot. */
export function adrDirFolder(text: string): { folder: string | null; problem: string | null } {
  const folder = folderAsWritten(text.split(/\r?\n/, 1)[0].trim()).replace(/^\.(\/|$)/, '');
  if (!folder) return { folder: null, problem: null };
  const problem = folderGlobProblem(folder);
  return problem
    ? { folder: null, problem: l10n.t('.adr-dir: {0} {1}.', JSON.stringify(folder.slice(0, 80)), problem) }
    : { folder, problem: null };
}

/** `adrDir` is the content of adr-tools' `.adr-dir` file, when there is one. */
export function recordFolders(config: TeamConfig, adrDir: string | null): RecordFolders {
  const detected = [...DECISION_FOLDERS_DETECTED];
  const fromAdrTools = adrDir === null ? null : adrDirFolder(adrDir).folder;
  if (fromAdrTools) detected.unshift(fromAdrTools);
  return {
    request: config.requests,
    decision: config.decisions.length > 0 ? config.decisions : detected,
    meeting: config.meetings,
    page: config.handbook,
  };
}

/** One glob that matches every Markdown file below the folders (for file search and watchers). */
export function recordGlob(folders: RecordFolders): string {
  const all = [...new Set([...folders.request, ...folders.decision, ...folders.meeting, ...folders.page])];
  return `{${all.map((f) => `${f}/**/*.md`).join(',')}}`;
}

const cache = new Map<string, string[]>();

/** The parts of a folder glob, `**` runs written once (they match the same paths). */
function globParts(glob: string): string[] {
  let parts = cache.get(glob);
  if (!parts) {
    parts = [];
    for (const seg of glob.split('/')) {
      if (seg === '' || seg === '.' || (seg === '**' && parts[parts.length - 1] === '**')) continue;
      parts.push(seg);
    }
    cache.set(glob, parts);
  }
  return parts;
}

const prefixes = new Map<string, string | null>();

/** The path prefix a glob without wildcards stands for (`docs/adr/`), or null when it has some. */
function literalPrefix(glob: string): string | null {
  let prefix = prefixes.get(glob);
  if (prefix === undefined) {
    const parts = globParts(glob);
    prefix = parts.some((p) => p.includes('*') || p.includes('?')) ? null : parts.map((p) => `${p}/`).join('');
    prefixes.set(glob, prefix);
  }
  return prefix;
}

/**
 * Whether one folder name matches one glob part (`*` any run of characters, `?` one). Greedy with
 * one remembered star: each character of the name is tried against each star once at most, so the
 * time is bounded by the product of both lengths whatever the pattern.
 */
export function nameMatches(part: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    if (p < part.length && (part[p] === '?' || (part[p] !== '*' && part[p] === name[n]))) {
      p++;
      n++;
    } else if (p < part.length && part[p] === '*') {
      star = p++;
      resume = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++resume;
    } else return false;
  }
  while (p < part.length && part[p] === '*') p++;
  return p === part.length;
}

/**
 * Whether a path is below a folder glob (`*` within a name, `**` across folders). The glob's parts
 * are matched against the path's folders one folder at a time, keeping the set of parts reached,
 * so `**` never makes the work grow beyond folders × parts.
 */
export function isInFolder(relPath: string, folderGlob: string): boolean {
  const prefix = literalPrefix(folderGlob);
  if (prefix !== null) return relPath.startsWith(prefix);
  const parts = globParts(folderGlob);
  if (!parts.includes('**')) {
    // One part a folder: the path's first folders match the parts in turn.
    let from = 0;
    for (const part of parts) {
      const slash = relPath.indexOf('/', from);
      if (slash <= from || !nameMatches(part, relPath.slice(from, slash))) return false;
      from = slash + 1;
    }
    return true;
  }
  const folders = relPath.split('/').slice(0, -1);
  let reached = new Array<boolean>(parts.length + 1).fill(false);
  const close = (at: boolean[]) => {
    for (let j = 0; j < parts.length; j++) if (at[j] && parts[j] === '**') at[j + 1] = true;
    return at;
  };
  reached[0] = true;
  close(reached);
  for (const name of folders) {
    if (reached[parts.length]) return true;
    const next = new Array<boolean>(parts.length + 1).fill(false);
    for (let j = 0; j < parts.length; j++) {
      if (!reached[j] || name === '') continue;
      if (parts[j] === '**') next[j] = true;
      else if (nameMatches(parts[j], name)) next[j + 1] = true;
    }
    reached = close(next);
  }
  return reached[parts.length];
}

/** Files in handbook folders that are not pages: drafts and partials (`_header.md`), hidden files, templates. */
const NOT_A_PAGE = /^(_.*|\..*|template|page-template)\.md$/i;

/**
 * The kind of record a path holds, or null. Requests and meetings win over detected decision
 * folders; a handbook page is a Markdown file in a handbook folder and in no record folder (a
 * README of `docs/adr` is neither a decision nor a page). A handbook's README and index are pages.
 */
export function classify(relPath: string, folders: RecordFolders): RecordType | null {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  if (!name.toLowerCase().endsWith('.md')) return null;
  if (relPath.split('/').includes('node_modules')) return null;
  let inRecordFolder = false;
  for (const type of ['request', 'meeting', 'decision'] as const) {
    if (!folders[type].some((f) => isInFolder(relPath, f))) continue;
    if (!NOT_A_RECORD.test(name)) return type;
    inRecordFolder = true;
  }
  if (inRecordFolder || NOT_A_PAGE.test(name)) return null;
  return folders.page.some((f) => isInFolder(relPath, f)) ? 'page' : null;
}
