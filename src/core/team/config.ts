// The team configuration, `.async/config.yaml`. Every key has a default; a broken file gives
// `invalid-config` problems with positions and the defaults stand in for what could not be read.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Scalar } from 'yaml';
import { parseRecordDate } from '../time/recordDates';
import { folderAsWritten, folderGlobProblem } from '../index/folders';
import { handleProblem, MAX_HANDLE_LENGTH } from './handles';
import { DEFAULT_REVIEW_EVERY, parseReviewInterval, reviewIntervalHint } from '../handbook/review';
import type { Problem, ReviewInterval } from '../records/types';
import { l10n } from '../common/l10n';

export const CONFIG_PATH = '.async/config.yaml';
/** A larger team configuration is not read (a 64 KB one already holds several hundred members). */
export const MAX_CONFIG_BYTES = 64 * 1024;

export type Weekday = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';
export const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A span of time as a team writes it: `24h`, `7d`, `90m`, `2 business days`. */
export interface Duration {
  amount: number;
  unit: 'minutes' | 'hours' | 'days' | 'businessDays' | 'businessHours';
  raw: string;
}

export interface TeamMember {
  handle: string;
  name: string | null;
  email: string | null;
  timezone: string;
  /** Working hours as minutes after local midnight. */
  hours: { start: number; end: number };
}

export interface TeamConfig {
  replyWithin: Duration;
  commentPeriod: Duration;
  preReadBefore: Duration;
  workingDays: Weekday[];
  /** Team days off (`yyyy-MM-dd`): reply clocks do not run on them. */
  holidays: string[];
  requests: string[];
  /** Empty: detect the usual decision folders. */
  decisions: string[];
  meetings: string[];
  /** Folders of handbook pages: every Markdown file below them that is not in a record folder. */
  handbook: string[];
  /** How often a page is reviewed, unless the page says otherwise. */
  reviewEvery: ReviewInterval;
  decisionIds: 'number' | 'date';
  requestLabel: string;
  team: TeamMember[];
}

export const DEFAULT_TIMEZONE = 'UTC';
export const DEFAULT_HOURS = { start: 9 * 60, end: 17 * 60 };

export function defaultConfig(): TeamConfig {
  return {
    replyWithin: { amount: 24, unit: 'hours', raw: '24h' },
    commentPeriod: { amount: 7, unit: 'days', raw: '7d' },
    preReadBefore: { amount: 24, unit: 'hours', raw: '24h' },
    workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    holidays: [],
    requests: ['docs/requests'],
    decisions: [],
    meetings: ['docs/meetings'],
    handbook: ['handbook', 'docs'],
    reviewEvery: { ...DEFAULT_REVIEW_EVERY },
    decisionIds: 'number',
    requestLabel: 'request',
    team: [],
  };
}

const DURATION =
  /^(\d+(?:\.\d+)?)\s*(m|min|mins|minutes?|h|hrs?|hours?|d|days?|business\s+days?|working\s+days?|business\s+hours?|working\s+hours?|bd|bh)$/i;

export function parseDuration(raw: string): Duration | null {
  const m = DURATION.exec(raw.trim());
  if (!m) return null;
  const amount = Number(m[1]);
  const u = m[2].toLowerCase().replace(/\s+/g, ' ');
  let unit: Duration['unit'];
  if (u === 'bd' || /^(business|working) days?$/.test(u)) unit = 'businessDays';
  else if (u === 'bh' || /^(business|working) hours?$/.test(u)) unit = 'businessHours';
  else if (u.startsWith('m')) unit = 'minutes';
  else if (u.startsWith('h')) unit = 'hours';
  else unit = 'days';
  return { amount, unit, raw: raw.trim() };
}

/** The longest duration of each unit: a year. */
export const MAX_DURATION: Record<Duration['unit'], number> = {
  minutes: 366 * 24 * 60,
  hours: 366 * 24,
  days: 366,
  businessDays: 366,
  businessHours: 366 * 24,
};

/** "366 days": a number of a duration's unit. */
function unitText(amount: number, unit: Duration['unit']): string {
  switch (unit) {
    case 'minutes':
      return l10n.t('{0} minutes', amount);
    case 'hours':
      return l10n.t('{0} hours', amount);
    case 'days':
      return l10n.t('{0} days', amount);
    case 'businessDays':
      return l10n.t('{0} business days', amount);
    case 'businessHours':
      return l10n.t('{0} business hours', amount);
  }
}

/** How many entries a list in the team configuration may hold, and how long a text may be. */
export const MAX_ITEMS = { team: 500, holidays: 1000, folders: 50 } as const;
export const MAX_TEXT_LENGTH = 200;
/** GitHub's own limit on label names. */
export const MAX_LABEL_LENGTH = 50;

function parseHours(raw: string): { start: number; end: number } | null {
  const m = /^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/.exec(raw.trim());
  if (!m) return null;
  const start = Number(m[1]) * 60 + Number(m[2]);
  const end = Number(m[3]) * 60 + Number(m[4]);
  if (start >= 24 * 60 || end > 24 * 60 || Number(m[2]) > 59 || Number(m[4]) > 59 || start === end) return null;
  return { start, end };
}

function isIsoDay(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && parseRecordDate(s, 'UTC') !== null;
}

// Making a formatter is slow; a team names few zones, so each is tried once.
const zones = new Map<string, boolean>();

export function isValidTimeZone(tz: string): boolean {
  let valid = zones.get(tz);
  if (valid === undefined) {
    if (tz.length > MAX_TEXT_LENGTH) return false;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      valid = true;
    } catch {
      valid = false;
    }
    zones.set(tz, valid);
  }
  return valid;
}

export interface ConfigResult {
  config: TeamConfig;
  problems: Problem[];
}

/** A team configuration too large to read: the defaults, and why. */
export function tooLargeConfig(): ConfigResult {
  const message = l10n.t('{0} is larger than {1} KB and is not read; the defaults stand.', CONFIG_PATH, MAX_CONFIG_BYTES / 1024);
  return {
    config: defaultConfig(),
    problems: [{ code: 'invalid-config', severity: 'error', message, line: 0, column: 0, endLine: 0, endColumn: 0 }],
  };
}

export function parseConfig(text: string): ConfigResult {
  if (text.length > MAX_CONFIG_BYTES) return tooLargeConfig();
  const config = defaultConfig();
  const problems: Problem[] = [];
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });

  const at = (node: Node | null | undefined): Pick<Problem, 'line' | 'column' | 'endLine' | 'endColumn'> => {
    const range = node?.range;
    if (!range) return { line: 0, column: 0, endLine: 0, endColumn: 0 };
    const s = counter.linePos(range[0]);
    const e = counter.linePos(range[1]);
    return { line: s.line - 1, column: s.col - 1, endLine: e.line - 1, endColumn: e.col - 1 };
  };
  const report = (message: string, node?: Node | null) =>
    problems.push({ code: 'invalid-config', severity: 'error', message, ...at(node) });

  if (doc.errors.length > 0) {
    for (const e of doc.errors.slice(0, 5)) {
      const pos = e.linePos?.[0];
      const line = pos ? pos.line - 1 : 0;
      const column = pos ? pos.col - 1 : 0;
      problems.push({
        code: 'invalid-config',
        severity: 'error',
        message: l10n.t('{0}: {1}', CONFIG_PATH, e.message.split('\n')[0]),
        line,
        column,
        endLine: line,
        endColumn: column + 1,
      });
    }
    return { config, problems };
  }
  const root = doc.contents;
  if (root === null || root === undefined) return { config, problems };
  if (!isMap(root)) {
    report(l10n.t('{0} must be a mapping of keys to values.', CONFIG_PATH), root as Node);
    return { config, problems };
  }

  const durationKey = (key: string, node: Node, set: (d: Duration) => void) => {
    const raw = isScalar(node) ? String(node.value) : '';
    const d = raw.length <= MAX_TEXT_LENGTH ? parseDuration(raw) : null;
    if (!d) report(l10n.t('{0}: "{1}" is not a duration; write for example 24h, 7d or "2 business days".', key, raw.slice(0, 40)), node);
    else if (d.amount > MAX_DURATION[d.unit])
      report(
        l10n.t('{0}: {1} is longer than a year (at most {2}); the default stands.', key, d.raw, unitText(MAX_DURATION[d.unit], d.unit)),
        node,
      );
    else set(d);
  };
  const folderList = (key: string, node: Node, set: (v: string[]) => void) => {
    const items = isSeq(node) ? node.items : [node];
    if (!items.every((i) => isScalar(i) && typeof i.value === 'string')) {
      report(l10n.t('{0} must be a list of folders (globs allowed).', key), node);
      return;
    }
    if (items.length > MAX_ITEMS.folders) {
      report(l10n.t('{0} lists more than {1} folders; the default stands.', key, MAX_ITEMS.folders), node);
      return;
    }
    const folders: string[] = [];
    for (const item of items as Scalar[]) {
      const folder = folderAsWritten(String(item.value));
      const problem = folderGlobProblem(folder);
      if (problem) report(l10n.t('{0}: {1} {2}; the default stands for {0}.', key, JSON.stringify(folder.slice(0, 80)), problem), item);
      else folders.push(folder);
    }
    if (folders.length === items.length) set(folders);
  };

  for (const pair of root.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const value = pair.value as Node;
    if (value === null || value === undefined) {
      report(l10n.t('{0} has no value.', key), keyNode);
      continue;
    }
    switch (key) {
      case 'reply-within':
        durationKey(key, value, (d) => (config.replyWithin = d));
        break;
      case 'comment-period':
        durationKey(key, value, (d) => (config.commentPeriod = d));
        break;
      case 'pre-read-before':
        durationKey(key, value, (d) => (config.preReadBefore = d));
        break;
      case 'working-days': {
        const days =
          isSeq(value) && value.items.length <= WEEKDAYS.length
            ? value.items.map((i) => (isScalar(i) ? String(i.value).toLowerCase().slice(0, 3) : ''))
            : [];
        if (days.length > 0 && days.every((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d))) {
          config.workingDays = days;
        } else report(l10n.t('working-days must be a list of days such as [mon, tue, wed, thu, fri].'), value);
        break;
      }
      case 'holidays': {
        const days = isSeq(value) ? value.items.map((i) => (isScalar(i) ? String(i.value).trim() : '')) : [];
        if (days.length > MAX_ITEMS.holidays)
          report(l10n.t('holidays lists more than {0} days; the default stands.', MAX_ITEMS.holidays), value);
        else if (isSeq(value) && days.every(isIsoDay)) config.holidays = days;
        else report(l10n.t('holidays must be a list of dates such as [2026-12-25, 2027-01-01].'), value);
        break;
      }
      case 'requests':
        folderList(key, value, (v) => (config.requests = v));
        break;
      case 'decisions':
        folderList(key, value, (v) => (config.decisions = v));
        break;
      case 'meetings':
        folderList(key, value, (v) => (config.meetings = v));
        break;
      case 'handbook':
        folderList(key, value, (v) => (config.handbook = v));
        break;
      case 'review-every': {
        const raw = isScalar(value) ? String(value.value) : '';
        const interval = parseReviewInterval(raw);
        if (interval) config.reviewEvery = interval;
        else report(l10n.t('{0} The default (6 months) stands.', reviewIntervalHint(key, raw)), value);
        break;
      }
      case 'decision-ids': {
        const v = isScalar(value) ? String(value.value) : '';
        if (v === 'number' || v === 'date') config.decisionIds = v;
        else report(l10n.t('decision-ids must be "number" (0001-slug.md) or "date" (YYYYMMDD-slug.md).'), value);
        break;
      }
      case 'request-label': {
        const label = isScalar(value) ? String(value.value).trim() : '';
        if (label && label.length <= MAX_LABEL_LENGTH) config.requestLabel = label;
        else report(l10n.t('request-label must be the name of a GitHub label (at most {0} characters).', MAX_LABEL_LENGTH), value);
        break;
      }
      case 'team':
        config.team = readTeam(value, report);
        break;
      default:
        report(l10n.t('Unknown key "{0}".', key), keyNode);
    }
  }
  return { config, problems };
}

function readTeam(node: Node, report: (message: string, node?: Node | null) => void): TeamMember[] {
  if (!isSeq(node)) {
    report(l10n.t('team must be a list of members with a handle each.'), node);
    return [];
  }
  if (node.items.length > MAX_ITEMS.team) {
    report(l10n.t('team lists more than {0} members; the default (no team) stands.', MAX_ITEMS.team), node);
    return [];
  }
  const team: TeamMember[] = [];
  for (const item of node.items) {
    if (!isMap(item)) {
      report(l10n.t('Each team member is a mapping with at least a handle.'), item as Node);
      continue;
    }
    const get = (k: string): { node: Node; text: string } | null => {
      const p = item.items.find((x) => isScalar(x.key) && x.key.value === k);
      if (!p || p.value === null || p.value === undefined) return null;
      const v = p.value as Node;
      return { node: v, text: isScalar(v) ? String(v.value ?? '') : '' };
    };
    const handle = get('handle');
    if (!handle || !handle.text.trim()) {
      report(l10n.t('A team member has no handle.'), item);
      continue;
    }
    const tooLong = (['handle', 'name', 'email', 'timezone', 'hours'] as const).map(get).find((v) => v && v.text.length > MAX_TEXT_LENGTH);
    if (tooLong) {
      report(l10n.t("A team member's value is longer than {0} characters; the member is left out.", MAX_TEXT_LENGTH), tooLong.node);
      continue;
    }
    // A handle is written into owner fields and action items: a space or a line break there would start another field.
    const problem = handleProblem(handle.text);
    if (problem) {
      report(l10n.t('handle {0}: {1}', JSON.stringify(handle.text.slice(0, MAX_HANDLE_LENGTH + 1)), problem), handle.node);
      continue;
    }
    const member: TeamMember = {
      handle: handle.text.trim().replace(/^@/, ''),
      name: get('name')?.text.trim() || null,
      email: get('email')?.text.trim() || null,
      timezone: DEFAULT_TIMEZONE,
      hours: { ...DEFAULT_HOURS },
    };
    const tz = get('timezone');
    if (tz) {
      if (isValidTimeZone(tz.text)) member.timezone = tz.text;
      else report(l10n.t('timezone "{0}" is not an IANA time zone such as Europe/Paris.', tz.text), tz.node);
    }
    const hours = get('hours');
    if (hours) {
      const h = parseHours(hours.text);
      if (h) member.hours = h;
      else
        report(l10n.t('hours "{0}" must look like "09:00-17:00": times from 00:00 to 24:00, start and end apart.', hours.text), hours.node);
    }
    for (const p of item.items) {
      const k = isScalar(p.key) ? String(p.key.value) : '';
      if (!['handle', 'name', 'email', 'timezone', 'hours'].includes(k)) report(l10n.t('Unknown team member key "{0}".', k), p.key as Node);
    }
    team.push(member);
  }
  return team;
}
