// `check --format sarif`: one SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers.
// package.json is read through named imports, so the bundle keeps its version and repository only.
import { repository, version } from '../../package.json';
import { escapeControls } from '../core/common/text';
import { currentLanguage, l10n } from '../core/common/l10n';
import type { ProblemCode } from '../core/records/types';
import type { CheckRow } from './check';

const HOME = repository.url.replace(/\.git$/, '');

/** Every problem code with one line on what it means (in the current language) and the README section that explains it. */
export const RULES: Record<ProblemCode, { text: () => string; section: string }> = {
  'missing-owner': {
    text: () => l10n.t('Nobody owns it: a request, proposed decision, action item or page names no owner.'),
    section: 'records',
  },
  'multiple-owners': { text: () => l10n.t('Shared ownership is not ownership: more than one owner is named.'), section: 'records' },
  'missing-deadline': {
    text: () => l10n.t('No deadline or no reply clock: by when the answer is needed is not written.'),
    section: 'reply-clocks',
  },
  'reply-by-too-soon': {
    text: () => l10n.t("The reply-by gives the owner less time than the team's reply-within."),
    section: 'reply-clocks',
  },
  'missing-section': { text: () => l10n.t('A section the record type needs is missing.'), section: 'records' },
  'empty-section': { text: () => l10n.t('A section the record type needs is empty.'), section: 'records' },
  placeholder: { text: () => l10n.t('Template text (TODO, TBD, <what you need>) is still in the record.'), section: 'records' },
  overdue: { text: () => l10n.t('An open request or action item is past its reply-by, deadline or due date.'), section: 'reply-clocks' },
  'decided-early': {
    text: () => l10n.t('A decision was accepted or rejected before its comment period ended.'),
    section: 'decision-records',
  },
  'broken-link': { text: () => l10n.t('A link points to a file that does not exist.'), section: 'records' },
  'duplicate-number': { text: () => l10n.t('Two decision records in one folder have the same number.'), section: 'decision-records' },
  'number-mismatch': { text: () => l10n.t("A decision's file name and title give different numbers."), section: 'decision-records' },
  'unknown-status': { text: () => l10n.t('The status is not one Async Work knows, or none is written.'), section: 'decision-records' },
  'never-reviewed': { text: () => l10n.t('A handbook page has never been reviewed.'), section: 'handbook' },
  'review-overdue': {
    text: () => l10n.t('A handbook page is past its review date (last-reviewed plus review-every).'),
    section: 'handbook',
  },
  'invalid-date': { text: () => l10n.t('A date or time cannot be read.'), section: 'records' },
  'invalid-front-matter': { text: () => l10n.t('The front matter or the file cannot be read as a record.'), section: 'records' },
  'duplicate-key': { text: () => l10n.t('A front-matter key is written twice; YAML reads the last one.'), section: 'records' },
  'invalid-config': {
    text: () => l10n.t('The team configuration or .adr-dir cannot be read or has a value out of bounds; defaults stand in.'),
    section: 'records',
  },
  unreadable: { text: () => l10n.t('A file or folder could not be read, so check cannot pass on it.'), section: 'command-line' },
};

const CODES = Object.keys(RULES) as ProblemCode[];
const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A relative path as a URI reference: each segment percent-encoded (a `:` too, so no segment reads as a scheme). */
const uri = (p: string) => p.split(/[\\/]/).map(encodeURIComponent).join('/');

/** The log of one check: every rule, so viewers know them all, and one result per problem. */
export function sarifLog(rows: CheckRow[]) {
  return {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Async Work',
            informationUri: HOME,
            version,
            rules: CODES.map((code) => ({
              id: code,
              shortDescription: { text: RULES[code].text() },
              helpUri: `${HOME}#${RULES[code].section}`,
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: l10n.t('The folder that was checked.') } } },
        // The language of the messages; without it, SARIF reads them as English (en-US).
        ...(currentLanguage().bundle ? { language: currentLanguage().code } : {}),
        // Columns count UTF-16 code units, as JavaScript strings and VS Code do.
        columnKind: 'utf16CodeUnits',
        results: rows.map((r) => ({
          ruleId: r.code,
          ruleIndex: CODES.indexOf(r.code),
          level: LEVEL[r.severity],
          message: { text: escapeControls(r.message) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(r.path), uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: r.line,
                  startColumn: r.column,
                  // An empty range (a file that could not be read) has a start only.
                  ...(r.endLine > r.line || (r.endLine === r.line && r.endColumn > r.column)
                    ? { endLine: r.endLine, endColumn: r.endColumn }
                    : {}),
                },
              },
            },
          ],
        })),
      },
    ],
  };
}
