// What every completeness check shares: the context it runs in, the tally of checks passed (the
// completeness score), problems with ranges and fixes, the checks every record type has (links),
// and those requests and meetings share (one owner, template text left in, dates that could not
// be read).
import { setFieldEdit } from '../records/edits';
import { yamlScalar } from '../records/flatYaml';
import { isLocalLink, resolveLink } from '../records/links';
import type { Codeowners } from '../handbook/codeowners';
import type { TeamConfig } from '../team/config';
import { isHandle } from '../team/handles';
import { l10n } from '../common/l10n';
import type { AsyncRecord, MeetingRecord, PageRecord, Problem, QuickFix, RecordLayout, RequestRecord, Severity } from '../records/types';

export interface CheckContext {
  config: TeamConfig;
  now: Date;
  /** The reader's time zone: times in messages are written on their clock. */
  zone: string;
  /** Every record of the same workspace folder (for duplicates and links). */
  records: readonly AsyncRecord[];
  /** Whether a path relative to the folder root exists (for broken links). */
  exists(relPath: string): boolean;
  /** The folder's CODEOWNERS, which names the owner of a page without one (null or absent: none). */
  codeowners?: Codeowners | null;
}

export interface CheckOutcome {
  problems: Problem[];
  /** Checks that found nothing. */
  passed: number;
  total: number;
  /** The short names of the checks that found something, in the order they ran ("owner", "The ask section"). */
  failed: string[];
}

export type Range = Pick<Problem, 'line' | 'column' | 'endLine' | 'endColumn'>;

export class Checks {
  private readonly problems: Problem[] = [];
  private readonly failed: string[] = [];
  private passed = 0;
  private total = 0;

  /** Records the check `name`: it passes when it found no problem. */
  add(name: string, found: Problem[]): void {
    this.count(name, found.length === 0);
    this.problems.push(...found);
  }

  /** Records a check whose problem is reported elsewhere (while reading the record). */
  count(name: string, passed: boolean): void {
    this.total++;
    if (passed) this.passed++;
    else this.failed.push(name);
  }

  outcome(): CheckOutcome {
    return { problems: this.problems, passed: this.passed, total: this.total, failed: this.failed };
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
        make('broken-link', 'warning', l10n.t('Link to a missing file: {0}', link.target), {
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
      out.push(make('broken-link', 'warning', l10n.t('"links" names a missing file: {0}', target), fieldRange(r.layout, 'links')));
    }
  }
  return out;
}

/** Whether the field `key` holds a date that could not be read (reported while reading the record). */
export function hasInvalidDate(r: RequestRecord | MeetingRecord | PageRecord, key: string): boolean {
  const line = r.layout.fields[key]?.line;
  return line !== undefined && r.problems.some((p) => p.code === 'invalid-date' && p.line === line);
}

/** One owner in the front matter of a request or meeting, with fixes that name one of the team. */
export function ownerProblems(r: RequestRecord | MeetingRecord, ctx: CheckContext): Problem[] {
  const range = fieldRange(r.layout, 'owner');
  if (r.owners.length === 0) {
    const fixes = ctx.config.team.map((m) => ({
      title: l10n.t('Make @{0} the owner ({1})', m.handle, m.timezone),
      edit: setFieldEdit(r.layout, 'owner', yamlScalar(m.handle)),
    }));
    const message =
      r.type === 'request'
        ? l10n.t('This request has no owner; name exactly one person in "owner".')
        : l10n.t('This meeting has no owner; name exactly one person in "owner".');
    return [make('missing-owner', 'error', message, range, fixes)];
  }
  if (r.owners.length > 1) {
    // Only a handle can be written back: a line break in one would start another field.
    const fixes = r.owners
      .filter(isHandle)
      .map((h) => ({ title: l10n.t('Keep @{0} as the only owner', h), edit: setFieldEdit(r.layout, 'owner', yamlScalar(h)) }));
    return [make('multiple-owners', 'error', sharedOwnership(r.owners), range, fixes)];
  }
  return [];
}

/** "@alice and @bob", "@alice, @bob and @chen". */
export function handleList(handles: readonly string[]): string {
  const named = handles.map((h) => `@${h}`);
  return named.length > 1 ? listText(named) : named.join('');
}

/** "a and b", "a, b and c": two names or more. */
export function listText(names: readonly string[]): string {
  return l10n.t('{0} and {1}', names.slice(0, -1).join(', '), names[names.length - 1]);
}

/** The problem of a record with several owners: "@alice and @bob are both named as owner". */
export function sharedOwnership(owners: readonly string[]): string {
  return owners.length === 2
    ? l10n.t('Shared ownership is not ownership: {0} are both named as owner; keep one.', handleList(owners))
    : l10n.t('Shared ownership is not ownership: {0} are all named as owner; keep one.', handleList(owners));
}

/** Template text left in the record. */
export function placeholderProblems(layout: RecordLayout): Problem[] {
  return layout.placeholders.map((p) =>
    make('placeholder', 'warning', l10n.t('Template text "{0}" is still here; replace it with the real content.', p.text), {
      line: p.line,
      column: p.column,
      endLine: p.line,
      endColumn: p.endColumn,
    }),
  );
}
