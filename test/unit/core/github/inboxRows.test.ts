import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { mapInbox } from '../../../../src/core/github/inbox';
import { inboxRows } from '../../../../src/core/github/inboxRows';
import { parseConfig } from '../../../../src/core/team/config';
import { SAMPLE_NOW, SAMPLE_REPO } from '../../../support/helpers';
import { recorded } from '../../../support/recordedInbox';

const config = parseConfig(readFileSync(path.join(SAMPLE_REPO, '.async/config.yaml'), 'utf8')).config;

describe('the inbox rows of the command line', () => {
  it('gives the inbox rows of the command line, soonest reply-by first', () => {
    const rows = inboxRows(mapInbox(recorded.data, 'request').items, config, 'alice', SAMPLE_NOW);
    assert.deepEqual(rows[0], {
      category: 'review-requested',
      repo: 'acme/shop',
      number: 101,
      title: 'Add rate limiting to the public API',
      url: 'https://github.com/acme/shop/pull/101',
      since: '2026-11-24T06:00:00.000Z',
      replyBy: '2026-11-25T06:00:00.000Z',
      urgency: 'overdue',
    });
    assert.deepEqual(
      rows.map((r) => `${r.number} ${r.urgency}`),
      ['101 overdue', '105 overdue', '87 due-today', '93 due-soon', '102 due-soon', '90 due-soon'],
    );
  });
});
