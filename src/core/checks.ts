// Completeness checks: the problems of one record in the light of the others, the team
// configuration and the current time. The same for the Problems panel and `async-work check`.
import type { TeamConfig } from './config';
import { requestChecks } from './requestChecks';
import type { AsyncRecord, Problem } from './types';

export interface CheckContext {
  config: TeamConfig;
  now: Date;
  /** Every record of the same workspace folder (for duplicates and links). */
  records: readonly AsyncRecord[];
  /** Whether a path relative to the folder root exists (for broken links). */
  exists(relPath: string): boolean;
}

/** The problems of a record: those found while reading it, then the checks of its type. */
export function checkRecord(record: AsyncRecord, ctx: CheckContext): Problem[] {
  return [...record.problems, ...requestChecks(record, ctx).problems];
}
