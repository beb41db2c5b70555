// Checks for handbook pages: one owner you can find (the page's own, else CODEOWNERS'), a review
// on record, the next review not overdue, and links that lead somewhere. A page's problems are
// warnings: a stale page should be seen where it is read, not fail a build.
import { markReviewedEdit, setOwnerEdit } from '../handbook/edits';
import { isHandle } from '../team/handles';
import { dayIn, dayLabel, reviewOf, reviewText } from '../handbook/review';
import { ownerLabel, pageOwnership, pageZone, type Ownership } from '../handbook/ownership';
import { Checks, fieldRange, linkProblems, make, type CheckContext, type CheckOutcome } from './problems';
import type { PageRecord, Problem, QuickFix } from '../records/types';
import type { TeamConfig } from '../team/config';

export function pageChecks(page: PageRecord, ctx: CheckContext, text?: string): CheckOutcome {
  const ownership = pageOwnership(page, ctx.codeowners ?? null);
  const checks = new Checks();
  checks.add('owner', pageOwnerProblems(page, ownership, ctx));
  const invalid = page.problems.some((p) => p.code === 'invalid-date' && p.line === page.layout.fields[page.keys.lastReviewed]?.line);
  if (invalid) checks.count('review', false);
  else checks.add('review', reviewProblems(page, ownership, ctx, text));
  checks.add('links', linkProblems(page, ctx));
  return checks.outcome();
}

function ownerFixes(page: PageRecord, handles: readonly string[], config: TeamConfig): QuickFix[] {
  return handles.filter(isHandle).map((h) => {
    const member = config.team.find((m) => m.handle.toLowerCase() === h.toLowerCase());
    return { title: `Make @${h} the owner of this page${member ? ` (${member.timezone})` : ''}`, edit: setOwnerEdit(page, h) };
  });
}

function pageOwnerProblems(page: PageRecord, ownership: Ownership, ctx: CheckContext): Problem[] {
  const range = fieldRange(page.layout, page.keys.owner);
  const line = ownership.rule ? `${ownership.rule.path} line ${ownership.rule.line + 1} (${ownership.rule.pattern})` : '';
  if (ownership.owners.length === 0) {
    const why = ownership.rule
      ? `${line} names no owner for it and its front matter has no "owner"`
      : 'no "owner" in its front matter and no CODEOWNERS line names one';
    const fixes = ownerFixes(
      page,
      ctx.config.team.map((m) => m.handle),
      ctx.config,
    );
    return [
      make(
        'missing-owner',
        'warning',
        `This page has no owner: ${why}. Name exactly one person, so readers know who to reach.`,
        range,
        fixes,
      ),
    ];
  }
  if (ownership.owners.length > 1) {
    const labels = ownership.owners.map(ownerLabel);
    const named = `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
    const where =
      ownership.source === 'codeowners' ? `${line} names ${named}` : `${named} are ${labels.length === 2 ? 'both' : 'all'} named as owner`;
    const fixes = ownerFixes(page, ownership.owners, ctx.config);
    return [make('multiple-owners', 'warning', `Shared ownership is not ownership: ${where}; name one person in "owner".`, range, fixes)];
  }
  return [];
}

function reviewProblems(page: PageRecord, ownership: Ownership, ctx: CheckContext, text: string | undefined): Problem[] {
  const today = dayIn(ctx.now, pageZone(ownership, ctx.config));
  const review = reviewOf(page.reviewBy, today);
  const fix = { title: `Mark Reviewed (${today})`, edit: markReviewedEdit(page, today, text) };
  const range = fieldRange(page.layout, page.keys.lastReviewed);
  const owner = ownership.owner ? ownerLabel(ownership.owner) : 'its owner';
  if (review.state === 'never-reviewed') {
    return [
      make(
        'never-reviewed',
        'warning',
        `This page has never been reviewed: when ${owner} has checked it is still right, set "${page.keys.lastReviewed}" to that day.`,
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
        `${reviewText(review)[0].toUpperCase()}${reviewText(review).slice(1)} (due ${dayLabel(page.reviewBy!)}, every ${page.reviewEvery.raw}): ${owner} should check it is still right.`,
        range,
        [fix],
      ),
    ];
  }
  return [];
}
