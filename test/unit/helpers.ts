import * as path from 'node:path';

/** The sample team repository; its dates are written for this moment. */
export const SAMPLE_REPO = path.resolve(__dirname, '../../../test/fixtures/sample-repo');
export const SAMPLE_NOW = new Date('2026-11-25T12:00:00Z');
