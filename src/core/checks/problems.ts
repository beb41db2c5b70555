// What every completeness check shares: the context it runs in, the tally of checks passed (the
// completeness score), problems with ranges and fixes, and the checks every record type has.
import { isLocalLink, resolveLink } from '../records/links';
import type { TeamConfig } from '../team/config';
import type { AsyncRecord, Problem, QuickFix, RecordLayout, Severity } from '../records/types';

export interface CheckContext {
  config: TeamConfig;
  now: Date;
  /** Every record of the same workspace folder (for duplicates and links). */
  records: readonly AsyncRecord[];
  /** Whether a path relative to the folder root exists (for broken links). */
  exists(relPath: string): boolean;
}

export interface CheckOutcome {
  problems: Problem[];
  /** Checks that found nothing. */
  passed: number;
  total: number;
}

export type Range = Pick<Problem, 'line' | 'column' | 'endLine' | 'endColumn'>;

export class Checks {
  readonly problems: Problem[] = [];
  passed = 0;
  total = 0;

  /** Records one check: it passes when it found no problem. */
  add(found: Problem[]): void {
    this.total++;
    if (found.length === 0) this.passed++;
    else this.problems.push(...found);
  }

  /** Records a check whose problem is reported elsewhere (while reading the record). */
  count(passed: boolean): void {
    this.total++;
    if (passed) this.passed++;
  }
}

export function make(code: Problem['code'], severity: Severity, message: string, range: Range, fixes?: QuickFix[]): Problem {
  return fixes && fixes.length > 0 ? { code, severity, message, ...range, fixes } : { code, severity, message, ...range };
}

/** The front-matter line of `key`, or the top of the file when the key is not written. */
export function fieldRange(layout: RecordLayout, key: string): Range {
  const f = layout.fields[key];
  if (f) return { line: f.line, column: 0, endLine: f.line, endColumn: f.endColumn };
  return { line: 0, column: 0, endLine: 0, endColumn: layout.frontMatterEnd >= 0 ? 3 : 0 };
}

export function linkProblems(r: AsyncRecord, ctx: CheckContext): Problem[] {
  const missing = (target: string) => {
    if (!isLocalLink(target)) return false;
    const path = resolveLink(r.path, target);
    return path !== null && path !== '' && !ctx.exists(path);
  };
  const out: Problem[] = [];
  for (const link of r.links) {
    if (missing(link.target)) {
      out.push(
        make('broken-link', 'warning', `Link to a missing file: ${link.target}`, {
          line: link.line,
          column: link.column,
          endLine: link.line,
          endColumn: link.endColumn,
        }),
      );
    }
  }
  const listed = r.frontMatter?.links;
  for (const target of Array.isArray(listed) ? listed : []) {
    if (typeof target === 'string' && missing(target)) {
      out.push(make('broken-link', 'warning', `"links" names a missing file: ${target}`, fieldRange(r.layout, 'links')));
    }
  }
  return out;
}
