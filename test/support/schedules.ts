// A team spread over four time zones, one on a night shift, with a team holiday; and plain
// schedules and durations, for the tests of working time and due times.
import * as assert from 'node:assert/strict';
import { parseConfig, parseDuration, type Duration } from '../../src/core/team/config';
import type { WorkSchedule } from '../../src/core/team/members';

export const team = parseConfig(
  [
    'holidays: [2026-12-25]',
    'team:',
    '  - handle: alice',
    '    timezone: Europe/Paris',
    '    hours: "09:00-17:00"',
    '  - handle: bruno',
    '    timezone: America/Sao_Paulo',
    '    hours: "08:00-16:00"',
    '  - handle: chen',
    '    timezone: Asia/Shanghai',
    '    hours: "10:00-18:00"',
    '  - handle: dana',
    '    timezone: UTC',
    '    hours: "22:00-06:00"',
  ].join('\n'),
).config;

export function dur(raw: string): Duration {
  const parsed = parseDuration(raw);
  assert.ok(parsed, raw);
  return parsed;
}

/** Monday to Friday, 09:00 to 17:00 in `timeZone`, no holidays, unless overridden. */
export function schedule(timeZone: string, overrides: Partial<WorkSchedule> = {}): WorkSchedule {
  return { timeZone, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: { start: 540, end: 1020 }, holidays: [], ...overrides };
}
