// Team members' time zones and working schedules: the clock a person's dates are read on and their
// reply clocks run on, with the team defaults for someone not in the team list.
import { DEFAULT_HOURS, DEFAULT_TIMEZONE, type TeamConfig, type Weekday } from './config';

export interface WorkSchedule {
  timeZone: string;
  workingDays: readonly Weekday[];
  /** Minutes after local midnight; `end` before `start` is a shift that runs past midnight. */
  hours: { start: number; end: number };
  /** `yyyy-MM-dd` days off in the owner's zone. */
  holidays: readonly string[];
}

/** The schedule of a team member, or the team defaults for someone not in the team list. */
export function scheduleFor(config: TeamConfig, handle: string | null): WorkSchedule {
  const member = handle ? config.team.find((m) => m.handle.toLowerCase() === handle.toLowerCase()) : undefined;
  return {
    timeZone: member?.timezone ?? DEFAULT_TIMEZONE,
    workingDays: config.workingDays,
    hours: member?.hours ?? DEFAULT_HOURS,
    holidays: config.holidays,
  };
}

/** The zone a person's dates are read and written in. */
export function ownerTimeZone(config: TeamConfig, handle: string | null): string {
  return scheduleFor(config, handle).timeZone;
}
