// The sections a request or meeting must have: found under the headings people write for them,
// and when missing, inserted in the order of the template.
import { insertSectionEdit } from '../records/edits';
import { fieldRange, make, type Range } from './problems';
import type { MeetingRecord, Problem, RequestRecord, Section } from '../records/types';
import { l10n } from '../common/l10n';

/** Other headings people write for the same section. */
const SECTION_ALIASES: Record<string, string[]> = {
  'the ask': ['ask', 'request', 'question'],
  'definition of done': ['done when', 'acceptance criteria'],
  'deadline and why': ['deadline', 'deadline and reason', 'why this deadline'],
  'pre read': ['preread', 'pre reading', 'reading'],
  'action items': ['actions', 'next steps'],
};

function normalise(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The section `name` (or one of its other headings), below the title. */
export function findSection(sections: readonly Section[], name: string): Section | undefined {
  const wanted = normalise(name);
  const names = [wanted, ...(SECTION_ALIASES[wanted] ?? [])];
  return sections.find((s) => s.level >= 2 && names.includes(normalise(s.heading)));
}

/** The name of the check that a section is there (and written): "The ask section", "Context section". */
export function sectionCheckName(name: string): string {
  return l10n.t('{0} section', name);
}

/** The section's name in a sentence, "the" written once: "ask" in "the ask section", "Context" in "the Context section". */
export function startOfSentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The range of a section's heading line. */
export function headingRange(s: Section): Range {
  return { line: s.line, column: 0, endLine: s.line, endColumn: s.level + 1 + s.heading.length };
}

/** A required section: present, and when `mustHaveContent`, not empty. */
export function sectionProblems(
  r: RequestRecord | MeetingRecord,
  name: string,
  order: readonly string[],
  mustHaveContent: boolean,
): Problem[] {
  const section = findSection(r.sections, name);
  if (section) {
    return mustHaveContent && section.blank
      ? [make('empty-section', 'warning', l10n.t('The section "{0}" is empty.', name), headingRange(section))]
      : [];
  }
  // Insert in the template's order: after the nearest required section before it, else before the nearest after it.
  const at = order.indexOf(name);
  const before = order
    .slice(0, at)
    .reverse()
    .map((n) => findSection(r.sections, n))
    .find((s) => s !== undefined);
  const after = order
    .slice(at + 1)
    .map((n) => findSection(r.sections, n))
    .find((s) => s !== undefined);
  const line = before ? (before.endLine < r.layout.lineCount ? before.endLine : null) : after ? after.line : null;
  const range = before ? headingRange(before) : fieldRange(r.layout, 'title');
  return [
    make('missing-section', 'warning', l10n.t('The section "{0}" is missing.', name), range, [
      { title: l10n.t('Add the section "{0}"', name), edit: insertSectionEdit(r.layout, name, line) },
    ]),
  ];
}
