// Checks for handbook pages: one owner you can find (the page's own, else CODEOWNERS'), a review
// on record, the next review not overdue, and links that lead somewhere. A page's problems are
// warnings: a stale page should be seen where it is read, not fail a build.
import { markReviewedEdit, setOwnerEdit } from '../handbook/edits';
import { isHandle } from '../team/handles';
import { dayIn, dayLabel, reviewOf, reviewText } from '../handbook/review';
import { startOfSentence } from './sections';
import { ownerLabel, pageOwnership, pageZone, type Ownership } from '../handbook/ownership';
import { Checks, fieldRange, hasInvalidDate, linkProblems, listText, make, type CheckContext, type CheckOutcome } from './problems';
import type { PageRecord, Problem, QuickFix } from '../records/types';
import type { TeamConfig } from '../team/config';
import { l10n } from '../common/l10n';

export function pageChecks(page: PageRecord, ctx: CheckContext, text?: string): CheckOutcome {
  const ownership = pageOwnership(page, ctx.codeowners ?? null);
  const checks = new Checks();
  checks.add(l10n.t('owner'), pageOwnerProblems(page, ownership, ctx));
  if (hasInvalidDate(page, page.keys.lastReviewed)) checks.count(l10n.t('review'), false);
  else checks.add(l10n.t('review'), reviewProblems(page, ownership, ctx, text));
  checks.add(l10n.t('links'), linkProblems(page, ctx));
  return checks.outcome();
}

function ownerFixes(page: PageRecord, handles: readonly string[], config: TeamConfig): QuickFix[] {
  return handles.filter(isHandle).map((h) => {
    const member = config.team.find((m) => m.handle.toLowerCase() === h.toLowerCase());
    return {
      title: member ? l10n.t('Make @{0} the owner of this page ({1})', h, member.timezone) : l10n.t('Make @{0} the owner of this page', h),
      edit: setOwnerEdit(page, h),
    };
  });
}

function pageOwnerProblems(page: PageRecord, ownership: Ownership, ctx: CheckContext): Problem[] {
  const range = fieldRange(page.layout, page.keys.owner);
  const rule = ownership.rule;
  const line = rule ? l10n.t('{0} line {1} ({2})', rule.path, rule.line + 1, rule.pattern) : '';
  if (ownership.owners.length === 0) {
    const why = rule
      ? l10n.t('{0} names no owner for it and its front matter has no "owner"', line)
      : l10n.t('no "owner" in its front matter and no CODEOWNERS line names one');
    const fixes = ownerFixes(
      page,
      ctx.config.team.map((m) => m.handle),
      ctx.config,
    );
    return [
      make(
        'missing-owner',
        'warning',
        l10n.t('This page has no owner: {0}. Name exactly one person, so readers know who to reach.', why),
        range,
        fixes,
      ),
    ];
  }
  if (ownership.owners.length > 1) {
    const named = listText(ownership.owners.map(ownerLabel));
    const where =
      ownership.source === 'codeowners'
        ? l10n.t('{0} names {1}', line, named)
        : ownership.owners.length === 2
          ? l10n.t('{0} are both named as owner', named)
          : l10n.t('{0} are all named as owner', named);
    const fixes = ownerFixes(page, ownership.owners, ctx.config);
    return [
      make(
        'multiple-owners',
        'warning',
        l10n.t('Shared ownership is not ownership: {0}; name one person in "owner".', where),
        range,
        fixes,
      ),
    ];
  }
  return [];
}

function reviewProblems(page: PageRecord, ownership: Ownership, ctx: CheckContext, text: string | undefined): Problem[] {
  const today = dayIn(ctx.now, pageZone(ownership, ctx.config));
  const review = reviewOf(page.reviewBy, today);
  const fix = { title: l10n.t('Mark Reviewed ({0})', today), edit: markReviewedEdit(page, today, text) };
  const range = fieldRange(page.layout, page.keys.lastReviewed);
  const owner = ownership.owner ? ownerLabel(ownership.owner) : l10n.t('its owner');
  if (review.state === 'never-reviewed') {
    return [
      make(
        'never-reviewed',
        'warning',
        l10n.t(
          'This page has never been reviewed: when {0} has checked it is still right, set "{1}" to that day.',
          owner,
          page.keys.lastReviewed,
        ),
        range,
        [fix],
      ),
    ];
  }
  if (review.state === 'overdue') {
    return [
      make(
        'review-overdue',
        'warning',
        l10n.t(
          '{0} (due {1}, every {2}): {3} should check it is still right.',
          startOfSentence(reviewText(review)),
          dayLabel(page.reviewBy!),
          page.reviewEvery.raw,
          owner,
        ),
        range,
        [fix],
      ),
    ];
  }
  return [];
}
