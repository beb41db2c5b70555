// Problems of a path rather than of a record's text: a file or folder that could not be read, a
// team configuration or CODEOWNERS line that is not used. The desktop and the browser report them alike.
import { l10n } from '../common/l10n';
import type { Codeowners } from '../handbook/codeowners';
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
