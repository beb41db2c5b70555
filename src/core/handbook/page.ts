// A handbook page: written knowledge with an owner and a review date. The front matter names the
// owner (`owner`), the day of the last review (`last-reviewed`) and how often it is reviewed
// (`review-every`); GOV.UK's tech-docs keys (`owner_slack`, `last_reviewed_on`, `review_in`) are
// read too, so a handbook written for them works as it is. Without an owner in the front matter,
// the owner comes from CODEOWNERS (see ownership.ts).
import type { TeamConfig } from '../team/config';
import { fmHandles, fmString, problem, titleFromFileName, type MarkdownDocument } from '../records/document';
import { addInterval, parseReviewInterval, readReviewDay, reviewIntervalHint } from './review';
import type { PageRecord, Problem } from '../records/types';
import { l10n } from '../common/l10n';

/** The keys read, ours first: when a page has both, ours wins. */
export const PAGE_KEYS = {
  owner: ['owner', 'owner_slack'],
  lastReviewed: ['last-reviewed', 'last_reviewed_on'],
  reviewEvery: ['review-every', 'review_in'],
} as const;

/** The first of `keys` the front matter holds, or the first of them (where a new value is written). */
function keyOf(fm: Record<string, unknown> | null, keys: readonly string[]): string {
  return keys.find((k) => fm?.[k] !== undefined && fm[k] !== null && fm[k] !== '') ?? keys[0];
}

export function parsePage(doc: MarkdownDocument, config: TeamConfig): PageRecord {
  const fm = doc.frontMatter.data;
  const problems: Problem[] = [...doc.problems];
  const keys = {
    owner: keyOf(fm, PAGE_KEYS.owner),
    lastReviewed: keyOf(fm, PAGE_KEYS.lastReviewed),
    reviewEvery: keyOf(fm, PAGE_KEYS.reviewEvery),
  };
  const owners = fmHandles(fm, keys.owner);

  const report = (code: Problem['code'], severity: Problem['severity'], key: string, message: string) => {
    const line = doc.fieldAt(key)?.line ?? 0;
    problems.push(problem(code, severity, message, line, doc.lines[line]));
  };

  let reviewEvery = config.reviewEvery;
  const intervalRaw = fm?.[keys.reviewEvery];
  if (intervalRaw !== undefined && intervalRaw !== null && intervalRaw !== '') {
    const interval = typeof intervalRaw === 'string' ? parseReviewInterval(intervalRaw) : null;
    if (interval) reviewEvery = interval;
    else
      // A warning: an invalid-front-matter error means front matter that cannot be read, whose fields take no fix.
      report(
        'invalid-front-matter',
        'warning',
        keys.reviewEvery,
        `${reviewIntervalHint(keys.reviewEvery, String(intervalRaw))} The team's ${config.reviewEvery.raw} stands.`,
      );
  }

  const dayRaw = fm?.[keys.lastReviewed];
  let lastReviewed: string | null = null;
  if (dayRaw !== undefined && dayRaw !== null && dayRaw !== '') {
    lastReviewed = readReviewDay(dayRaw);
    if (!lastReviewed)
      report(
        'invalid-date',
        'error',
        keys.lastReviewed,
        l10n.t('{0}: "{1}" is not a day between 1900 and 2999; write it as 2026-03-14.', keys.lastReviewed, String(dayRaw).slice(0, 40)),
      );
  }

  return {
    type: 'page',
    path: doc.path,
    title: fmString(fm, 'title') ?? doc.firstTitle ?? titleFromFileName(doc.path),
    status: '',
    statusRaw: '',
    number: null,
    owner: owners[0] ?? null,
    owners,
    date: null,
    lastReviewed,
    reviewEvery,
    reviewBy: lastReviewed ? addInterval(lastReviewed, reviewEvery) : null,
    keys,
    frontMatter: fm,
    sections: doc.sections,
    // A runbook's checklist is a procedure, not work assigned to someone.
    actions: [],
    links: doc.links,
    problems,
    layout: doc.layout({ placeholders: false }),
  };
}
