// Problems of a path rather than of a record's text: a file or folder that could not be read, a
// team configuration or CODEOWNERS line that is not used. The desktop and the browser report them alike.
import { l10n } from '../common/l10n';
import { MAX_CODEOWNERS_BYTES, parseCodeowners, type Codeowners } from '../handbook/codeowners';
import type { Problem } from '../records/types';

/** A file or folder below the root that could not be read, as a problem of that path. */
export interface PathProblem {
  path: string;
  problem: Problem;
}

export function pathProblem(relPath: string, code: Problem['code'], message: string): PathProblem {
  return { path: relPath, problem: { code, severity: 'error', message, line: 0, column: 0, endLine: 0, endColumn: 0 } };
}

/** "docs/x.md is a folder.": a path and why it is not read (readRefusal, or why a read failed). */
export function unreadableText(relPath: string, why: string): string {
  return l10n.t({ message: '{0} {1}.', args: [relPath, why], comment: ['a path, and why it is not read: "docs/x.md is a folder."'] });
}

/** What a host read of a file: its text and size in bytes, or why it was not read. */
export type FileRead = { text: string; size: number } | { unreadable: string };

/**
 * CODEOWNERS from what was read at `rel`, one of `CODEOWNERS_PATHS` (read up to one byte more than
 * `MAX_CODEOWNERS_BYTES`), with the lines GitHub would skip as problems; none when it cannot be used.
 */
export function codeownersFrom(rel: string, read: FileRead): { codeowners: Codeowners | null; problems: PathProblem[] } {
  const refused = (why: string) => ({ codeowners: null, problems: [pathProblem(rel, 'invalid-config', why)] });
  if ('unreadable' in read) return refused(l10n.t('{0} {1}; GitHub does not read it either.', rel, read.unreadable));
  if (read.size > MAX_CODEOWNERS_BYTES) return refused(l10n.t('{0} is larger than 3 MB; GitHub does not read it either.', rel));
  const codeowners = parseCodeowners(read.text, rel);
  return { codeowners, problems: codeownersProblems(codeowners) };
}

/** The lines of CODEOWNERS that GitHub would skip, as warnings on the file. */
export function codeownersProblems(codeowners: Codeowners): PathProblem[] {
  return codeowners.errors.map((e) => ({
    path: codeowners.path,
    problem: {
      code: 'invalid-config',
      severity: 'warning',
      message: e.message,
      line: e.line,
      column: e.column,
      endLine: e.line,
      endColumn: e.endColumn,
    },
  }));
}
