// The decision reader: a record's document read as a decision in every common format:
// adr-tools/Nygard (`## Status` section), MADR 2 (`* Status:` bullets), MADR 3/4 (front matter),
// Log4brains (`- Status:` bullets), and the messy variants real repositories hold: decorated
// statuses, history lines, French keys, setext headings, statuses at the end, examples in code
// fences. Never throws.
import type { TeamConfig } from '../team/config';
import { parseLooseDate } from '../time/recordDates';
import { fmHandles, fmString, problem, titleFromFileName, type MarkdownDocument } from '../records/document';
import { isLocalLink, resolveLink, withoutLinkTargets } from '../records/links';
import { keyLine, normaliseKey, type Heading, type KeyLine } from '../records/markdown';
import { addCommentPeriod } from '../time/dueTimes';
import { scheduleFor } from '../team/members';
import type { DecisionFormat, DecisionRecord, DecisionStatus, Problem, Section } from '../records/types';
import { l10n } from '../common/l10n';

export const DECISION_STATUSES: readonly Exclude<DecisionStatus, 'unknown'>[] = [
  'draft',
  'proposed',
  'accepted',
  'rejected',
  'deprecated',
  'superseded',
];

// The words a careful reader maps to each status, in English, French, German, Spanish, Portuguese,
// Italian and Dutch, other decision processes' words included (README: PEP, EIP, KEP, RFCs). The
// earliest word in the text wins: "Accepted (supersedes ADR 2)" is accepted, "Superseded by 5"
// superseded, "Final comment period" proposed. Withdrawn is an author dropping a proposal before it
// was accepted: rejected, not deprecated.
const STATUS_WORDS: [Exclude<DecisionStatus, 'unknown'>, RegExp][] = [
  ['superseded', /supersed(?!es\b)|superceded|replaced|remplac|supplant|ersetzt|reemplazad|sustituid|substitu[ií]d|sostituit|vervangen/i],
  ['deprecated', /deprecat|d[ée]pr[ée]ci|obsol[eè]t|retired|revert|revoked|no\s+longer|abandon|archived|veraltet|verouderd/i],
  [
    'rejected',
    /reject|rejet|declined|refus|not\s+accepted|won'?t\s+do|withdrawn|\bclosed\b|abgelehnt|verworfen|rechazad|rejeitad|rifiutat|respint|afgewezen|verworpen/i,
  ],
  [
    'proposed',
    /propos|in\s+review|under\s+review|review|pending|on\s+hold|discuss|\brfc\b|\bopen\b|en\s+cours|to\s+be\s+decided|undecided|under\s+consideration|last\s+call|final\s+comment\s+period|provisional|vorgeschlagen|propuest|voorgesteld/i,
  ],
  [
    'accepted',
    /accept|approv|agreed|decided|adopt|implemented|implementable|implementation\s+in\s+progress|ready\s+for\s+implementation|in\s+effect|completed?\b|\bdone\b|\bactive\b|\bliving\b|\bfinal\b|\bmerged\b|valid[ée]|akzeptiert|angenommen|beschlossen|genehmigt|acept|aprob|aceit|aprovad|accettat|approvat|geaccepteerd|goedgekeurd|aangenomen/i,
  ],
  [
    'draft',
    /draft|\bwip\b|work\s+in\s+progress|in\s+progress|construction|incomplete|gathering|brouillon|\btodo\b|\bidea\b|entwurf|borrador|rascunho|bozza|\bconcept\b/i,
  ],
];

/** Removes what decorates a status: emoji, `:shortcodes:`, emphasis, link targets. */
function plainStatus(raw: string): string {
  return withoutLinkTargets(raw)
    .replace(/:[a-z0-9_+-]+:/gi, ' ')
    .replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, ' ')
    .replace(/[*_`~[\]]/g, ' ');
}

/** A status is stated in its first words; past this many characters a line says something else. */
const STATUS_READ_CHARS = 1000;

/**
 * A template's list of options with none chosen: `{Draft, In Review, Implemented}`,
 * `[accepted | deprecated | superseded by [xxx](0000-xxx.md)] <!-- optional -->`, `Accepted or
 * Rejected`. The options are split where no bracket is open: at `,` and `|` inside a bracketed list,
 * at `|` and " or " in a bare one; each must be a status and nothing more, and they must differ.
 */
function isOptionList(raw: string): boolean {
  // Most statuses hold no separator at all.
  if (raw.indexOf('|') < 0 && raw.indexOf(',') < 0 && !/ or /i.test(raw)) return false;
  const text = raw.replace(/<!--[^]*?-->/g, ' ').trim();
  const bracketed = text[0] === '[' || text[0] === '{';
  const parts: string[] = [];
  let depth = 0;
  let from = bracketed ? 1 : 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '{' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === ')') {
      if (depth === 0) {
        // The list's own closing bracket: nothing may follow it.
        if (!bracketed || text.slice(i + 1).trim()) return false;
        parts.push(text.slice(from, i));
        from = -1;
        break;
      }
      depth--;
    } else if (depth === 0 && (c === '|' || (bracketed && c === ','))) {
      parts.push(text.slice(from, i));
      from = i + 1;
    } else if (depth === 0 && !bracketed && / or $/i.test(text.slice(Math.max(from, i - 3), i + 1))) {
      parts.push(text.slice(from, i - 3));
      from = i + 1;
    }
  }
  if (from >= 0) {
    if (bracketed) return false;
    parts.push(text.slice(from));
  }
  const statuses = parts.map((p) => (p.trim().split(/\s+/).length <= 4 ? statusWord(p) : 'unknown'));
  return statuses.length >= 2 && !statuses.includes('unknown') && new Set(statuses).size >= 2;
}

export function normaliseDecisionStatus(raw: string): DecisionStatus {
  if (raw.length < 300 && isOptionList(raw)) return 'unknown';
  return statusWord(raw);
}

/** The status the earliest status word of `raw` names. */
function statusWord(raw: string): DecisionStatus {
  const text = plainStatus(raw.length > STATUS_READ_CHARS ? raw.slice(0, STATUS_READ_CHARS) : raw);
  let best: DecisionStatus = 'unknown';
  let at = Infinity;
  for (const [status, re] of STATUS_WORDS) {
    const m = re.exec(text);
    if (m && m.index < at) {
      at = m.index;
      best = status;
    }
  }
  return best;
}

const STATUS_KEYS = new Set(['status', 'statut', 'state', 'etat', 'estado', 'stato', 'situacao', 'zustand']);
/** The front-matter keys a status is read from, in this order (also where edits look for it). */
export const FRONT_MATTER_STATUS_KEYS = ['status', 'statut', 'estado', 'stato'];

/** A heading or table cell as a key: decorations and punctuation out (`**Status**` → `status`). */
function headingKey(text: string): string {
  return normaliseKey(plainStatus(text).replace(/[^\p{L}\s]/gu, ' '));
}
const DATE_KEYS = new Set(['date', 'datum', 'decision-date', 'fecha', 'data']);
/** Where a record without a date field says when it was written (EIPs' `created`, gRPC's `Last updated`). */
const OTHER_DATE_KEYS = ['created', 'date-of-submission', 'submitted', 'last-updated', 'updated'];
const DECIDER_KEYS = ['decision-makers', 'deciders', 'decideurs', 'decisionnaires'];

/** Where a decision's status is written: how (for edits in the same format) and the value's place. */
export interface StatusSpot {
  style: 'front-matter' | 'key-line' | 'section' | 'table';
  raw: string;
  /** 0-based line and columns of the value. */
  line: number;
  column: number;
  endColumn: number;
  /** The list marker of a key line (`* `, `- `), or ''. */
  bullet: string;
  /** For a section: the line of its heading. */
  heading: number;
}

function isStatusHeading(s: Section): boolean {
  // Most headings are not: look closer only at short ones that name a status.
  return s.heading.length < 40 && /stat|[ée]tat|estado|situa|zustand/i.test(s.heading) && STATUS_KEYS.has(headingKey(s.heading));
}

/** Entries of a status history this long at most are read: a record's history is short. */
const MAX_HISTORY = 100;

/**
 * A front-matter status as text: the value itself; of a history list the newest entry (by its date
 * when every entry has one, else the last); of a mapping its `status`, `state` or `value`.
 */
export function frontMatterStatus(value: unknown): string | null {
  const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);
  const of = (v: unknown): string | null => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return text(v);
    const o = v as Record<string, unknown>;
    return text(o.status) ?? text(o.state) ?? text(o.value) ?? text(o.statut) ?? text(o.estado);
  };
  if (!Array.isArray(value)) return of(value);
  const entries = value.slice(0, MAX_HISTORY);
  const dated = entries.map((e) => ({
    e,
    at: e && typeof e === 'object' ? Date.parse(String((e as Record<string, unknown>).date ?? '')) : NaN,
  }));
  const newest =
    dated.length > 0 && dated.every((d) => !Number.isNaN(d.at))
      ? dated.reduce((a, b) => (b.at >= a.at ? b : a)).e
      : entries[entries.length - 1];
  return of(newest);
}

/** The value of a front-matter key, from YAML, or line by line when YAML refused the block. */
function frontMatterValue(
  doc: MarkdownDocument,
  keys: readonly string[],
  read: (value: unknown) => string | null = (v) => fmString({ v }, 'v'),
): { value: string; line: number } | null {
  for (const key of keys) {
    const value = doc.fields ? read(doc.fields[key]) : null;
    if (value) return { value, line: doc.fieldAt(key)?.line ?? 0 };
  }
  return null;
}

/** The first of the body's `Key: value` lines with one of these keys. */
function bodyField(doc: MarkdownDocument, keys: ReadonlySet<string> | readonly string[]): KeyLine | undefined {
  return doc.keyLines.find((k) => (keys instanceof Set ? keys.has(k.key) : (keys as readonly string[]).includes(k.key)));
}

function keySpot(k: KeyLine, text: string): StatusSpot {
  return {
    style: 'key-line',
    raw: k.value,
    line: k.line,
    column: k.valueColumn,
    endColumn: text.trimEnd().length,
    bullet: k.bullet,
    heading: -1,
  };
}

/**
 * The status line of a `## Status` section: its first paragraph, and when that is a history
 * (several lines with a status each), the newest line, by date when every line has one.
 */
function sectionSpot(doc: MarkdownDocument, s: Section, zone: string): StatusSpot | null {
  const heads = doc.headings.find((h) => h.line === s.line);
  let i = s.line + (heads?.setext ? 2 : 1);
  const lines: number[] = [];
  let comment = false;
  for (; i < s.endLine; i++) {
    const text = doc.lines[i];
    if (doc.fenced[i]) {
      if (lines.length > 0) break;
      continue;
    }
    if (comment || /^\s*<!--/.test(text)) {
      comment = !text.includes('-->');
      continue;
    }
    if (!text.trim() || /^\s*(<br\s*\/?>\s*)+$/i.test(text)) {
      if (lines.length > 0) break;
      continue;
    }
    lines.push(i);
  }
  if (lines.length === 0) return null;
  const stated = lines.filter(
    (l) => normaliseDecisionStatus(doc.lines[l]) !== 'unknown' && !/^\s*(?:[-*+]\s+)?supersedes\b/i.test(doc.lines[l]),
  );
  let pick = stated.length > 0 ? stated[stated.length - 1] : lines[0];
  if (stated.length > 1) {
    const dated = stated.map((l) => ({ l, d: parseLooseDate(doc.lines[l], zone) }));
    if (dated.every((x) => x.d)) pick = dated.reduce((a, b) => (b.d!.getTime() >= a.d!.getTime() ? b : a)).l;
  }
  const text = doc.lines[pick];
  const k = keyLine(text, pick);
  if (k && STATUS_KEYS.has(k.key) && k.value) return keySpot(k, text);
  const column = text.length - text.trimStart().length;
  return { style: 'section', raw: text.trim(), line: pick, column, endColumn: text.trimEnd().length, bullet: '', heading: s.line };
}

/** The cells of a table row (`| a | b |`) with the columns where each one's text starts and ends. */
function tableCells(line: string): { text: string; column: number; endColumn: number }[] {
  const cells: { text: string; column: number; endColumn: number }[] = [];
  const first = line.indexOf('|');
  for (let from = first + 1, bar = line.indexOf('|', from); bar >= 0; from = bar + 1, bar = line.indexOf('|', from)) {
    const raw = line.slice(from, bar);
    const column = from + (raw.length - raw.trimStart().length);
    cells.push({ text: raw.trim(), column, endColumn: column + raw.trim().length });
  }
  return cells;
}

/** The cell under a column named by one of `keys` in a metadata table (`| Status | Date |`, a delimiter row, the values). */
function tableCell(
  doc: MarkdownDocument,
  keys: ReadonlySet<string>,
): { text: string; line: number; column: number; endColumn: number } | null {
  for (let i = doc.frontMatter.bodyLine; i + 2 < doc.lines.length; i++) {
    const line = doc.lines[i];
    let start = 0;
    while (line.charCodeAt(start) === 0x20) start++;
    if (line.charCodeAt(start) !== 0x7c || doc.fenced[i] || !/^\s*(?:\|\s*)?:?-{3,}/.test(doc.lines[i + 1])) continue;
    const at = tableCells(line).findIndex((c) => c.text.length < 40 && keys.has(headingKey(c.text)));
    const cell = at >= 0 ? tableCells(doc.lines[i + 2])[at] : undefined;
    if (cell?.text) return { ...cell, line: i + 2 };
  }
  return null;
}

/** A metadata table with a Status column. */
function tableSpot(doc: MarkdownDocument): StatusSpot | null {
  const cell = tableCell(doc, STATUS_KEYS);
  return cell
    ? { style: 'table', raw: cell.text, line: cell.line, column: cell.column, endColumn: cell.endColumn, bullet: '', heading: -1 }
    : null;
}

/** Where the status is written: front matter first, else the earliest status section, `Status:` line or metadata table. */
export function findStatus(doc: MarkdownDocument, zone = 'UTC'): StatusSpot | null {
  const fm = frontMatterValue(doc, FRONT_MATTER_STATUS_KEYS, frontMatterStatus);
  if (fm) {
    const text = doc.lines[fm.line];
    const column = /^[\w-]+\s*:\s*/.exec(text)?.[0].length ?? 0;
    return { style: 'front-matter', raw: fm.value, line: fm.line, column, endColumn: text.trimEnd().length, bullet: '', heading: -1 };
  }
  const candidates: { at: number; spot: StatusSpot }[] = [];
  const section = doc.sections.find(isStatusHeading);
  if (section) {
    const spot = sectionSpot(doc, section, zone);
    if (spot) candidates.push({ at: section.line, spot });
  }
  const key = bodyField(doc, STATUS_KEYS);
  if (key) candidates.push({ at: key.line, spot: keySpot(key, doc.lines[key.line]) });
  const table = tableSpot(doc);
  if (table) candidates.push({ at: table.line, spot: table });
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0]?.spot ?? null;
}

/** The number in a file name: `0012-x.md`, `adr-012-x.md`, `ADR-001-x.md`; not a date (`20201028-x.md`). */
export function decisionNumber(path: string): number | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/^\d{4}-\d{2}-\d{2}[-_]/.test(name)) return null;
  // `0012-`, `adr-12-`, `ADR_12_`, and a code glued to the number: `adr012-`, `ADR028-`, `A14-` (not `s3-`).
  const m = /^(\d{1,5})[-_.]/.exec(name) ?? /^(?:[A-Za-z]+[-_])*?(?:[Aa][Dd][Rr]|[A-Z]{1,4})?(\d{1,5})[-_.]/.exec(name);
  return m ? Number(m[1]) : null;
}

const TITLE_PREFIX = /^\[?(?:(?:ADR|RFC|Decision)[-\s#]*|#)?0*(\d{1,5})\s*(?:[.:)\]–—-]\s*|\s+)/i;

/** A proposal's code before a colon: `A36: Title`, `KEP-1234: Title`, `ADD037: Title`. */
const CODE_PREFIX = /^[A-Z]{1,4}-?0*(\d{1,5}):\s*/;

/**
 * A heading without its number (`12. Title`, `ADR-012: Title`, `0001-Title`, `A36: Title`),
 * "Architecture Decision Record:" labels and a heading id at the end (`{#adr_0003}`).
 */
function cleanTitle(text: string): { title: string; number: number | null } {
  let t = text
    .replace(/^(?:(?:architecture\s+)?decision\s+record|ADR)\s*:\s*/i, '')
    .replace(/\s*\{#[\w.:-]{1,100}\}$/, '')
    .trim();
  const code = CODE_PREFIX.exec(t);
  if (code) return { title: t.slice(code[0].length).trim(), number: Number(code[1]) };
  const m = TITLE_PREFIX.exec(t);
  // "2020 roadmap" keeps its number; "12. Title" and "ADR 12 Title" do not.
  if (m && (/[.:)\]–—-]/.test(m[0]) || /^\D/.test(m[0]))) {
    t = t.slice(m[0].length).trim();
    return { title: t, number: Number(m[1]) };
  }
  const bare = /^0*(\d{1,3})\s+(?=\p{Lu})/u.exec(t);
  if (bare) return { title: t.slice(bare[0].length).trim(), number: Number(bare[1]) };
  return { title: t, number: null };
}

/** `Title:` fields, for records whose title is no heading. */
const TITLE_KEYS = ['title', 'titre', 'titel', 'titulo', 'titolo'];

/** The number front matter gives (`adr: 12`, `id: ADR-012`, `number: 12`), for file names without one. */
function frontMatterNumber(fm: Record<string, unknown> | null): number | null {
  const raw = fmString(fm, 'adr', 'id', 'number');
  const m = raw ? /^(?:[A-Za-z]{1,4}[-_ ]?)?0*(\d{1,5})$/.exec(raw) : null;
  return m ? Number(m[1]) : null;
}

/** The sections a decision record is made of, in the languages read: never its title. */
const SECTION_NAMES = new Set(
  [
    'context',
    'status',
    'decision',
    'consequences',
    'considered options',
    'decision outcome',
    'decision drivers',
    'problem',
    'problem statement',
    'background',
    'motivation',
    'options',
    'alternatives',
    'rationale',
    'implications',
    'links',
    'references',
    'notes',
    'pros and cons of the options',
    'context and problem statement',
    'contexte',
    'statut',
    'kontext',
    'entscheidung',
    'konsequenzen',
    'contexto',
    'decisión',
    'consecuencias',
    'decisão',
    'consequências',
  ].map((n) => normaliseKey(n)),
);

const SECTION_FIRST_WORDS = new Set([...SECTION_NAMES].map((n) => n.split('-')[0]));

/** The first word of a heading, lower case and without accents, past numbers and emphasis. */
function firstWord(text: string): string {
  let from = 0;
  while (from < text.length && !/\p{L}/u.test(text[from])) from++;
  let to = from;
  while (to < text.length && /\p{L}/u.test(text[to])) to++;
  return normaliseKey(text.slice(from, to));
}

/**
 * The heading that is the record's title: the first level-1 heading that is not a section's name,
 * else a heading of another level that comes before every section (a setext `---` title), else none.
 */
function titleHeading(doc: MarkdownDocument): Heading | null {
  // Section names are short (at most 29 characters) and start with one of a few words: other headings are no section's name.
  const named = (text: string) =>
    text && (text.length > 32 || !SECTION_FIRST_WORDS.has(firstWord(text)) || !SECTION_NAMES.has(headingKey(text)));
  const h1 = doc.headings.find((h) => h.level === 1 && named(h.text));
  if (h1) return h1;
  const first = doc.headings[0];
  return first && named(first.text) ? first : null;
}

function linkTargets(text: string): string[] {
  // Up to the last `)` only: past it no link closes, and each `](` would be read to the end.
  return [...text.slice(0, text.lastIndexOf(')') + 1).matchAll(/\]\(\s*(?:<([^<>\n]+)>|([^)\s<>]+))[^)]*\)/g)].map((m) => m[1] ?? m[2]);
}

/** A link target as a path from the folder root when it points at a file here, else as written. */
function recordTarget(path: string, target: string): string {
  return (isLocalLink(target) && resolveLink(path, target)) || target;
}

/** How the record is written: where its status is, else the list marker of its `Date:` line. */
function formatOf(doc: MarkdownDocument, spot: StatusSpot | null): DecisionFormat {
  const fm = doc.fields;
  if (spot?.style === 'front-matter' || (fm && ['date', 'decision-makers', 'deciders'].some((k) => k in fm))) return 'madr';
  const dateLine = bodyField(doc, DATE_KEYS);
  const bullet = spot?.style === 'key-line' ? spot.bullet : dateLine?.bullet;
  if (bullet?.startsWith('*')) return 'madr2';
  if (bullet?.startsWith('-')) return 'log4brains';
  if (spot || dateLine) return 'nygard';
  return 'unknown';
}

/**
 * A decision record: its owner (its dates are read on the owner's clock), status, date, comment
 * window, the decisions it replaces and the one that replaces it, title and number, deciders, and
 * the format it is written in.
 */
export function parseDecision(doc: MarkdownDocument, config: TeamConfig): DecisionRecord {
  const problems: Problem[] = [...doc.problems];
  const owners = decisionOwners(doc);
  const owner = owners[0] ?? null;
  const zone = scheduleFor(config, owner).timeZone;

  const spot = findStatus(doc, zone);
  const statusRaw = spot?.raw ?? '';
  const status = normaliseDecisionStatus(statusRaw);
  problems.push(...statusProblems(doc, spot, status));

  const date = decisionDate(doc, spot, zone, problems);
  const commentsUntilWritten = writtenCommentsUntil(doc, zone, problems);
  const commentsUntil = commentsUntilWritten ?? (status === 'proposed' && date ? addCommentPeriod(date, config, owner) : null);
  const { title, number } = titleAndNumber(doc, problems);

  return {
    type: 'decision',
    path: doc.path,
    title,
    status,
    statusRaw,
    statusAt: spot ? { line: spot.line, column: spot.column, endColumn: spot.endColumn } : null,
    number,
    owner,
    owners,
    deciders: deciders(doc),
    date,
    commentsUntil,
    commentsUntilWritten: commentsUntilWritten !== null,
    supersedes: supersedes(doc, statusRaw),
    supersededBy: supersededBy(doc, status, statusRaw),
    format: formatOf(doc, spot),
    frontMatter: doc.frontMatter.data,
    sections: doc.sections,
    actions: doc.actionItems((handle) => scheduleFor(config, handle).timeZone),
    links: doc.links,
    problems,
    layout: doc.layout({ placeholders: false }),
  };
}

/** The owner field, in front matter (also when YAML refused the block: its lines still name the owner) or an `Owner:` line. */
function decisionOwners(doc: MarkdownDocument): string[] {
  const owners = fmHandles(doc.fields, 'owner');
  const line = owners.length === 0 ? bodyField(doc, ['owner']) : undefined;
  if (line)
    owners.push(
      ...line.value
        .split(/[,;]| and /)
        .map((h) => h.trim().replace(/^@/, ''))
        .filter(Boolean),
    );
  return owners;
}

/** A status that names no status is a warning; no status at all, a hint on the title. */
function statusProblems(doc: MarkdownDocument, spot: StatusSpot | null, status: DecisionStatus): Problem[] {
  if (spot && status === 'unknown')
    return [
      problem(
        'unknown-status',
        'warning',
        l10n.t('Unknown status "{0}"; write one of {1}.', spot.raw, DECISION_STATUSES.join(', ')),
        spot.line,
        doc.lines[spot.line],
      ),
    ];
  if (spot) return [];
  const line = doc.headings.find((h) => h.level === 1)?.line ?? 0;
  return [
    problem(
      'unknown-status',
      'info',
      l10n.t('No status is written; add one (a "## Status" section or a status field).'),
      line,
      doc.lines[line],
    ),
  ];
}

/**
 * The date: front matter, a `Date:` line (also `Date 09/04/2018`), another name for it (created,
 * submitted, last updated), the newest date of a status history, else the date in the file name.
 */
function decisionDate(doc: MarkdownDocument, spot: StatusSpot | null, zone: string, problems: Problem[]): Date | null {
  const fm = doc.fields;
  const fmDate = frontMatterValue(doc, ['date']);
  const dateKey = bodyField(doc, DATE_KEYS);
  let dateLine = fmDate?.line ?? dateKey?.line ?? -1;
  let dateRaw: unknown = fmDate ? (fm?.date ?? fmDate.value) : (dateKey?.value ?? null);
  if (dateLine < 0) {
    const bare = doc.lines.findIndex(
      (l, i) => i >= doc.frontMatter.bodyLine && !doc.fenced[i] && /^\s*(?:[-*+]\s+)?(?:\*\*)?date(?:\*\*)?\s+\d/i.test(l),
    );
    if (bare >= 0) [dateLine, dateRaw] = [bare, doc.lines[bare].replace(/^\s*(?:[-*+]\s+)?(?:\*\*)?date(?:\*\*)?\s+/i, '')];
  }
  if (dateLine < 0) {
    // In a field, in front matter (EIPs' `created`) or in a metadata table.
    const fmOther = frontMatterValue(doc, OTHER_DATE_KEYS);
    const keyOther = bodyField(doc, OTHER_DATE_KEYS);
    const cell = fmOther || keyOther ? null : tableCell(doc, DATE_KEYS);
    if (fmOther)
      [dateLine, dateRaw] = [fmOther.line, OTHER_DATE_KEYS.map((k) => fm?.[k]).find((v) => v !== undefined && v !== null) ?? fmOther.value];
    else if (keyOther) [dateLine, dateRaw] = [keyOther.line, keyOther.value];
    else if (cell) [dateLine, dateRaw] = [cell.line, cell.text];
  }
  if (dateRaw !== null) {
    const date = parseLooseDate(dateRaw, zone);
    if (!date)
      problems.push(
        problem(
          'invalid-date',
          'error',
          l10n.t('Date "{0}" is not a date; write 2026-12-10.', String(dateRaw)),
          dateLine,
          doc.lines[dateLine],
        ),
      );
    return date;
  }
  // A status history dates the record by its newest status ("2018-03-04 accepted").
  const fromStatus = spot ? parseLooseDate(spot.raw.slice(0, STATUS_READ_CHARS), zone) : null;
  if (fromStatus) return fromStatus;
  const named = /^(\d{4})-?(\d{2})-?(\d{2})[-_]/.exec(doc.path.slice(doc.path.lastIndexOf('/') + 1));
  return named ? parseLooseDate(`${named[1]}-${named[2]}-${named[3]}`, zone) : null;
}

/** The end of the comment window as written (`comments-until`), or null; a value that is no date is an error. */
function writtenCommentsUntil(doc: MarkdownDocument, zone: string, problems: Problem[]): Date | null {
  const spot = frontMatterValue(doc, ['comments-until']) ?? bodyField(doc, ['comments-until']);
  if (!spot) return null;
  const raw: unknown = doc.fields?.['comments-until'] ?? spot.value;
  const until = parseLooseDate(raw, zone);
  if (!until)
    problems.push(
      problem(
        'invalid-date',
        'error',
        l10n.t('comments-until "{0}" is not a date; write 2026-12-10.', String(raw)),
        spot.line,
        doc.lines[spot.line],
      ),
    );
  return until;
}

/** The decisions this one replaces: a `supersedes` field, `Supersedes [..](..)` lines, links after "supersedes" in the status. */
function supersedes(doc: MarkdownDocument, statusRaw: string): string[] {
  const lines: string[] = [];
  // Most records name no other: one look at the whole text spares a look at every line.
  for (let i = /supersedes/i.test(doc.text) ? doc.frontMatter.bodyLine : doc.lines.length; i < doc.lines.length; i++) {
    const l = doc.lines[i];
    if (!doc.fenced[i] && /^\s*(?:[-*+]\s+)?(?:\*\*)?supersedes\b/i.test(l)) lines.push(...linkTargets(l));
  }
  // "Accepted (supersedes [ADR 2](0002-x.md))" names it in the status itself.
  const inStatus = /supersedes/i.test(statusRaw) ? linkTargets(statusRaw.slice(statusRaw.search(/supersedes/i))) : [];
  return [...new Set([...fmHandles(doc.fields, 'supersedes'), ...lines, ...inStatus].map((t) => recordTarget(doc.path, t)))];
}

/** The decision that replaces this one: a `superseded-by` field, else a link or the words after "by" in a superseded status. */
function supersededBy(doc: MarkdownDocument, status: DecisionStatus, statusRaw: string): string | null {
  const byFm = fmString(doc.fields, 'superseded-by');
  if (byFm) return recordTarget(doc.path, byFm);
  if (status !== 'superseded') return null;
  const byLink = linkTargets(statusRaw)[0];
  if (byLink) return recordTarget(doc.path, byLink);
  return /(?:by|par)\s+(.+)$/i.exec(plainStatus(statusRaw).replace(/\s+/g, ' '))?.[1].trim() ?? null;
}

/**
 * The title: front matter, the title heading, a `Title:` line, else the file name. The number: the
 * file name's (a title that says another is a warning), front matter's, else the heading's.
 */
function titleAndNumber(doc: MarkdownDocument, problems: Problem[]): { title: string; number: number | null } {
  const heading = titleHeading(doc);
  const fromHeading = heading ? cleanTitle(heading.text) : null;
  const fileNumber = decisionNumber(doc.path);
  if (heading && fileNumber !== null && fromHeading?.number != null && fromHeading.number !== fileNumber) {
    problems.push(
      problem(
        'number-mismatch',
        'warning',
        l10n.t("The file name says {0} and the title says {1}; the file name's number is used.", fileNumber, fromHeading.number),
        heading.line,
        doc.lines[heading.line],
      ),
    );
  }
  const fmTitle = fmString(doc.fields, 'title');
  const titleKey = bodyField(doc, TITLE_KEYS);
  const title =
    (fmTitle ? cleanTitle(fmTitle).title : null) ||
    fromHeading?.title ||
    (titleKey ? cleanTitle(plainStatus(titleKey.value)).title : null) ||
    titleFromFileName(doc.path);
  return { title, number: fileNumber ?? frontMatterNumber(doc.fields) ?? fromHeading?.number ?? null };
}

/** `decision-makers` (MADR 3+: `deciders`) in front matter, else a `Deciders:` line. */
function deciders(doc: MarkdownDocument): string[] {
  const listed = DECIDER_KEYS.map((k) => fmHandles(doc.fields, k)).find((l) => l.length > 0);
  if (listed) return listed;
  const line = bodyField(doc, DECIDER_KEYS);
  return line
    ? line.value
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}
