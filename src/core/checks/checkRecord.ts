// Completeness checks: the problems of one record in the light of the others, the team
// configuration and the current time. The same for the Problems panel and `async-work check`.
import { actionItemChecks } from './actionItems';
import { decisionChecks } from './decisions';
import { meetingChecks } from './meetings';
import { pageChecks } from './pages';
import type { CheckContext, CheckOutcome } from './problems';
import { requestChecks } from './requests';
import type { AsyncRecord, Problem, QuickFix } from '../records/types';
import { l10n } from '../common/l10n';

export type { CheckContext } from './problems';

/**
 * The checks of a record's type and of its action items: their problems, and how many checks
 * passed (the completeness score). `text`, the record's current text, lets fixes edit decisions in
 * their own format.
 */
export function checkOutcome(record: AsyncRecord, ctx: CheckContext, text?: string): CheckOutcome {
  const own = ownChecks(record, ctx, text);
  // Any record may hold action items.
  const actions = actionItemChecks(record, ctx);
  return {
    problems: [...own.problems, ...actions.problems],
    passed: own.passed + actions.passed,
    total: own.total + actions.total,
    failed: [...own.failed, ...actions.failed],
  };
}

function ownChecks(record: AsyncRecord, ctx: CheckContext, text: string | undefined): CheckOutcome {
  switch (record.type) {
    case 'request':
      return requestChecks(record, ctx);
    case 'meeting':
      return meetingChecks(record, ctx);
    case 'decision':
      return decisionChecks(record, ctx, text);
    case 'page':
      return pageChecks(record, ctx, text);
  }
}

/** The problems of a record: those found while reading it, then the checks of its type. */
export function checkRecord(record: AsyncRecord, ctx: CheckContext, text?: string): Problem[] {
  const problems = [...record.problems, ...checkOutcome(record, ctx, text).problems];
  if (!record.problems.some((p) => p.code === 'invalid-front-matter' && p.severity === 'error')) return problems;
  // Front matter that cannot be read cannot take a field: only fixes below it (sections, action items) stay.
  const below = (fix: QuickFix) => fix.edit.line > Math.max(0, record.layout.frontMatterEnd);
  return problems.map(({ fixes, ...p }) => {
    const kept = fixes?.filter(below) ?? [];
    return kept.length > 0 ? { ...p, fixes: kept } : p;
  });
}

/** The share of checks passed, 0–100, or null when no check applies. */
export function completeness(outcome: CheckOutcome): number | null {
  return outcome.total > 0 ? Math.round((100 * outcome.passed) / outcome.total) : null;
}

/** The score as a tooltip says it: "5/10 checks passed (50%) — failed: owner, reply-by, The ask section". */
export function completenessText(outcome: CheckOutcome): string {
  const score = l10n.t('{0}/{1} checks passed ({2}%)', outcome.passed, outcome.total, completeness(outcome) ?? 0);
  // Every action item is a check of its own: the name says it once.
  const failed = [...new Set(outcome.failed)];
  return failed.length > 0 ? l10n.t('{0} — failed: {1}', score, failed.join(', ')) : score;
}
