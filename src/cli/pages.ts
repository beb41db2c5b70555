// `async-work list --type page`: the handbook's pages with their owner and review dates, as a
// table, JSON rows, or a Markdown index of the handbook by owner.
import { markdownCell, textTable } from './tables';
import type { Codeowners } from '../core/handbook/codeowners';
import { groupPages, ownersLabel, type HandbookGroup, type OwnerGroup, type PageRow } from '../core/handbook/groups';
import type { OwnerSource } from '../core/handbook/ownership';
import { dayLabel, reviewText, type ReviewState } from '../core/handbook/review';
import { escapeControls } from '../core/common/text';
import { l10n } from '../core/common/l10n';
import type { TeamConfig } from '../core/team/config';
import type { PageRecord, Problem } from '../core/records/types';

export interface PageListRow {
  path: string;
  type: 'page';
  title: string;
  /** The owner when exactly one is named (`alice`, `org/team`, an email), else null. */
  owner: string | null;
  owners: string[];
  ownerSource: OwnerSource;
  /** `CODEOWNERS:12` (1-based) when a CODEOWNERS line decided the owner. */
  ownerRule: string | null;
  /** `yyyy-MM-dd`, or null. */
  lastReviewed: string | null;
  reviewBy: string | null;
  /** Where the review stands on the owner's calendar: `fresh`, `due-soon`, `overdue` or `never-reviewed`. */
  status: ReviewState;
  problems: Problem['code'][];
}

export function pageListRow(row: PageRow<unknown>, problems: readonly Problem[] = []): PageListRow {
  const { record: page, ownership } = row;
  return {
    path: page.path,
    type: 'page',
    title: page.title,
    owner: ownership.owner,
    owners: ownership.owners,
    ownerSource: ownership.source,
    ownerRule: ownership.rule ? `${ownership.rule.path}:${ownership.rule.line + 1}` : null,
    lastReviewed: page.lastReviewed,
    reviewBy: page.reviewBy,
    status: row.review.state,
    problems: [...new Set(problems.map((p) => p.code))],
  };
}

/** Every page, each on its owner's calendar at `now`: by title, and by owner. */
export function allPages(pages: readonly PageRecord[], config: TeamConfig, codeowners: Codeowners | null, now: Date): HandbookGroup<null> {
  const groups = groupPages(
    pages.map((record) => ({ ref: null, record, config, codeowners })),
    { me: null, now },
  );
  return groups.find((g) => g.id === 'all')!;
}

export function pageTable(rows: readonly PageRow<unknown>[]): string {
  if (rows.length === 0) return `${l10n.t('No handbook pages found.')}\n`;
  const cells = rows.map((r) =>
    [
      ownersLabel(r.ownership),
      r.record.lastReviewed ?? '',
      r.record.reviewBy ?? '',
      reviewText(r.review),
      r.record.title,
      r.record.path,
    ].map(escapeControls),
  );
  const head = [l10n.t('OWNER'), l10n.t('REVIEWED'), l10n.t('REVIEW BY'), l10n.t('REVIEW'), l10n.t('TITLE'), l10n.t('PATH')];
  return textTable(head, cells);
}

/** The handbook index: one section per owner (no owner last), each page linked with its review dates. */
export function handbookIndex(owners: readonly OwnerGroup<unknown>[]): string {
  const out = [`# ${l10n.t('Handbook')}`, ''];
  for (const owner of owners) {
    out.push(
      `## ${markdownCell(owner.label)}`,
      '',
      `| ${l10n.t('Page')} | ${l10n.t('Last reviewed')} | ${l10n.t('Review by')} |`,
      '| --- | --- | --- |',
    );
    for (const r of owner.rows) {
      const reviewed = r.record.lastReviewed ? dayLabel(r.record.lastReviewed) : l10n.t('never');
      const due = r.record.reviewBy ? `${dayLabel(r.record.reviewBy)} (${reviewText(r.review)})` : reviewText(r.review);
      out.push(`| [${markdownCell(r.record.title)}](${encodeURI(r.record.path)}) | ${reviewed} | ${due} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
