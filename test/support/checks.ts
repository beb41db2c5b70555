// The records of a fixture folder, read as the command line reads them, and the context their
// completeness checks run in: at SAMPLE_NOW, read in UTC, with files looked up in the folder.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { CheckContext } from '../../src/core/checks/checkRecord';
import type { TeamConfig } from '../../src/core/team/config';
import type { AsyncRecord } from '../../src/core/records/types';
import { scan } from '../../src/node/scan';
import { SAMPLE_NOW } from './helpers';

export function checkContext(root: string, config: TeamConfig, records: AsyncRecord[]): CheckContext {
  return { config, now: SAMPLE_NOW, zone: 'UTC', records, exists: (p) => existsSync(path.join(root, p)) };
}

export async function loadFolder(root: string) {
  const { index, config } = await scan(root);
  const records = index.records();
  return { records, config: config.config, ctx: checkContext(root, config.config, records) };
}
