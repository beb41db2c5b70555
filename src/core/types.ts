// The record model shared by the extension, the CLI and the tests. Plain data only.

export type RecordType = 'request' | 'decision' | 'meeting';

export type DecisionStatus =
  | 'draft'
  | 'proposed'
  | 'accepted'
  | 'rejected'
  | 'deprecated'
  | 'superseded'
  | 'unknown';

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
  | 'unknown-status'
  | 'invalid-date'
  | 'invalid-front-matter'
  | 'invalid-config';

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
}

export interface ActionItem {
  /** 0-based line of the checkbox. */
  line: number;
  done: boolean;
  owner: string | null;
  text: string;
  due: Date | null;
}

export interface Link {
  line: number;
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
  body: string;
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
}

export interface DecisionRecord extends RecordBase {
  type: 'decision';
  status: DecisionStatus;
  number: number | null;
  commentsUntil: Date | null;
  supersedes: string[];
  supersededBy: string | null;
  /** How the record is written, so edits keep its format. */
  format: DecisionFormat;
}

export type DecisionFormat = 'nygard' | 'madr2' | 'madr' | 'log4brains' | 'unknown';

export interface RequestRecord extends RecordBase {
  type: 'request';
  status: RequestStatus;
  number: null;
  requester: string | null;
  created: Date | null;
  replyBy: Date | null;
  deadline: Date | null;
}

export interface MeetingRecord extends RecordBase {
  type: 'meeting';
  /** As written in the front matter, or '' (meetings have no lifecycle of their own). */
  status: string;
  number: null;
  attendees: string[];
}

export type AsyncRecord = DecisionRecord | RequestRecord | MeetingRecord;
