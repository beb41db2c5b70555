// The record model shared by the extension, the CLI and the tests. Plain data only.

/** A page is a handbook page: written knowledge with an owner and a review date, not a record of work. */
export type RecordType = 'request' | 'decision' | 'meeting' | 'page';

export type DecisionStatus = 'draft' | 'proposed' | 'accepted' | 'rejected' | 'deprecated' | 'superseded' | 'unknown';

export type RequestStatus = 'open' | 'answered' | 'done' | 'declined' | 'withdrawn';

export type ProblemCode =
  | 'missing-owner'
  | 'multiple-owners'
  | 'missing-deadline'
  | 'reply-by-too-soon'
  | 'missing-section'
  | 'empty-section'
  | 'placeholder'
  | 'overdue'
  | 'decided-early'
  | 'broken-link'
  | 'duplicate-number'
  | 'number-mismatch'
  | 'unknown-status'
  | 'never-reviewed'
  | 'review-overdue'
  | 'invalid-date'
  | 'invalid-front-matter'
  | 'duplicate-key'
  | 'invalid-config'
  | 'unreadable';

export type Severity = 'error' | 'warning' | 'info';

/** Lines and columns are 0-based, as in VS Code; the CLI prints them 1-based. */
export interface Problem {
  code: ProblemCode;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Edits that would solve the problem, for quick fixes; the first is the preferred one. */
  fixes?: QuickFix[];
}

/** Replaces the text between two 0-based positions (the same position inserts). */
export interface TextEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

export interface QuickFix {
  title: string;
  edit: TextEdit;
}

export interface ActionItem {
  /** 0-based line of the checkbox. */
  line: number;
  /** 0-based column of the `[ ]` box, for toggling it. */
  boxColumn: number;
  /** 0-based column where the item's line ends. */
  endColumn: number;
  done: boolean;
  owner: string | null;
  /** Every handle the item starts with; more than one is a problem. */
  owners: string[];
  text: string;
  due: Date | null;
  /** The due date as written, or null; written but unreadable is an invalid date. */
  dueRaw: string | null;
}

/** Where things are in a record's text, for positions of problems and for edits. */
export interface RecordLayout {
  /** 0-based line of the closing `---` of the front matter, or -1 when there is none. */
  frontMatterEnd: number;
  /** Top-level front-matter keys (the last of a key written twice, which YAML reads): the 0-based line each is written on, its length, and the line of the next key. */
  fields: Record<string, { line: number; endColumn: number; endLine: number }>;
  /**
   * Where the value of each of those keys is written, without the comments and blank lines around
   * it. A new value is written there as `${prefix}${value}${suffix}`: a space after the colon, and
   * the comment of the key's line when the old value was on the lines below.
   */
  values: Record<string, { column: number; endLine: number; endColumn: number; prefix: string; suffix: string }>;
  lineCount: number;
  /** Length of the last line ('' when the file ends with a newline), to append at the very end. */
  lastLineLength: number;
  /** Template text left in: `TODO`, `TBD`, `<what you need>`... */
  placeholders: { line: number; column: number; endColumn: number; text: string }[];
}

export interface Link {
  line: number;
  /** 0-based columns of the whole `[text](target)`. */
  column: number;
  endColumn: number;
  text: string;
  target: string;
}

export interface Section {
  heading: string;
  level: number;
  /** 0-based line of the heading. */
  line: number;
  /** 0-based line after the last line of the section. */
  endLine: number;
  /** Nothing is written under the heading but blank lines and HTML comments (template hints). */
  blank: boolean;
}

interface RecordBase {
  /** Path relative to the workspace folder (or the CLI's PATH), with forward slashes. */
  path: string;
  title: string;
  /** The status as written (trimmed), or '' when none is written. */
  statusRaw: string;
  owner: string | null;
  /** Every handle named as owner; more than one is a problem. */
  owners: string[];
  date: Date | null;
  frontMatter: Record<string, unknown> | null;
  sections: Section[];
  actions: ActionItem[];
  links: Link[];
  /** Problems found while reading the file itself (front matter, dates, status). */
  problems: Problem[];
  layout: RecordLayout;
}

export interface DecisionRecord extends RecordBase {
  type: 'decision';
  status: DecisionStatus;
  /** From the file name, else from the heading (`# 12. Title`). */
  number: number | null;
  /** Where the status value is written (0-based), or null when none is. */
  statusAt: { line: number; column: number; endColumn: number } | null;
  /** The end of the comment window: `comments-until`, else a proposed decision's date plus the comment period. */
  commentsUntil: Date | null;
  commentsUntilWritten: boolean;
  /** `decision-makers` (MADR 3+: `deciders`), as written. */
  deciders: string[];
  /** Paths from the folder root of the decisions this one replaces. */
  supersedes: string[];
  /** Path from the folder root of the decision that replaces this one (or the text, when it names no file). */
  supersededBy: string | null;
  /** How the record is written, so edits and new decisions keep the folder's format. */
  format: DecisionFormat;
}

/** adr-tools/Nygard (`## Status` section), MADR 2 (`* Status:`), MADR 3/4 (front matter), Log4brains (`- Status:`). */
export type DecisionFormat = 'nygard' | 'madr2' | 'madr' | 'log4brains' | 'unknown';

export interface RequestRecord extends RecordBase {
  type: 'request';
  status: RequestStatus;
  number: null;
  requester: string | null;
  created: Date | null;
  replyBy: Date | null;
  deadline: Date | null;
  /** False when `reply-by` is not written and `replyBy` comes from `created` and the team SLA. */
  replyByWritten: boolean;
  /** `closed`: when Mark answered or Mark done closed it (null when not written). */
  closed: Date | null;
}

export interface MeetingRecord extends RecordBase {
  type: 'meeting';
  /** As written in the front matter, or '' (meetings have no lifecycle of their own). */
  status: string;
  number: null;
  attendees: string[];
  /** The meeting date minus `pre-read-before` on the owner's working clock. */
  preReadDue: Date | null;
}

/** How often a page is reviewed: `6 months`, `1 year`, `2 weeks`. */
export interface ReviewInterval {
  amount: number;
  unit: 'days' | 'weeks' | 'months' | 'years';
  raw: string;
}

export interface PageRecord extends RecordBase {
  type: 'page';
  /** Pages have no lifecycle: always ''. */
  status: '';
  number: null;
  /** The day of the last review (`yyyy-MM-dd`, on the owner's calendar), or null when none is written or it cannot be read. */
  lastReviewed: string | null;
  /** The page's own `review-every`, else the team's. */
  reviewEvery: ReviewInterval;
  /** The day the next review is due (`yyyy-MM-dd`), or null when the page was never reviewed. */
  reviewBy: string | null;
  /** The front-matter keys the page uses (`owner` or GOV.UK's `owner_slack`, ...), so edits write where the page already does. */
  keys: { owner: string; lastReviewed: string; reviewEvery: string };
}

export type AsyncRecord = DecisionRecord | RequestRecord | MeetingRecord | PageRecord;
