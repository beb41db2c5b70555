import * as path from 'node:path';

/** The sample team repository; its dates are written for this moment. */
export const SAMPLE_REPO = path.resolve(__dirname, '../../../test/fixtures/sample-repo');
export const SAMPLE_NOW = new Date('2026-11-25T12:00:00Z');

/** A folder of records with one file per problem code; its dates are written for SAMPLE_NOW too. */
export const CHECKS_REPO = path.resolve(__dirname, '../../../test/fixtures/checks');

export { applyEdits } from '../../src/core/edits';
