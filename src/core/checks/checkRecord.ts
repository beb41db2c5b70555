// Completeness checks: the problems of one record in the light of the others, the team
// configuration and the current time. The same for the Problems panel and `async-work check`.
import { decisionChecks } from './decisions';
import type { CheckContext, CheckOutcome } from './problems';
import { requestChecks } from './requests';
import type { AsyncRecord, Problem, QuickFix } from '../records/types';

export type { CheckContext } from './problems';

/**
 * The checks of a record's type: its problems, and how many checks passed (the completeness
 * score). `text`, the record's current text, lets fixes edit decisions in their own format.
 */
export function checkOutcome(record: AsyncRecord, ctx: CheckContext, text?: string): CheckOutcome {
  // requestChecks also checks the action items, which any record may hold.
  const general = requestChecks(record, ctx);
  if (record.type !== 'decision') return general;
  const own = decisionChecks(record, ctx, text);
  return { problems: [...own.problems, ...general.problems], passed: own.passed + general.passed, total: own.total + general.total };
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
