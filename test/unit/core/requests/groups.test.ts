import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { mapInbox } from '../../../../src/core/github/inbox';
import { badgeCount, groupRequests, nextWake, rowContextValue, type RecordInput } from '../../../../src/core/requests/groups';
import { parseConfig } from '../../../../src/core/team/config';
import { scan } from '../../../../src/node/scan';
import { rowMenuCommands, SAMPLE_NOW, SAMPLE_REPO } from '../../../support/helpers';
import { recorded } from '../../../support/recordedInbox';

async function entries(): Promise<RecordInput<string>[]> {
  const { index, config } = await scan(SAMPLE_REPO);
  return index.records().map((record) => ({ ref: record.path, key: record.path, record, config: config.config }));
}

const REVIEW = 'docs/requests/2026-11-25-review-api-limits.md';

function view(groups: ReturnType<typeof groupRequests<string>>) {
  return Object.fromEntries(groups.map((g) => [g.id, g.rows.map((r) => `${r.label} | ${r.description} | ${r.urgency}`)]));
}

describe('the Requests view groups', () => {
  it('sorts what waits on alice by remaining time, and says whose move each request is', async () => {
    const groups = groupRequests(await entries(), { me: 'alice', now: SAMPLE_NOW, snoozed: new Map() });
    assert.deepEqual(view(groups), {
      overdue: [
        'Renew the monitoring vendor contract | 4d overdue · waiting on @bruno | overdue',
        'Read access to the staging database | 27h overdue · your reply | overdue',
        'Write the decision record to retire the legacy queue | 13h overdue · Retrospective, November | overdue',
      ],
      'needs-my-reply': ['Review the public API rate limits | reply in 20h · your reply | due-soon'],
      'waiting-on-others': ['On-call rota for the holidays | reply in 3h · waiting on @bruno | due-today'],
      'my-action-items': ['Collect comments on trunk-based development | due in 2d · Sprint planning, week 49 | later'],
      github: [],
      team: [
        'Renew the monitoring vendor contract | 4d overdue · waiting on @bruno | overdue',
        'Read access to the staging database | 27h overdue · your reply | overdue',
        'Fix the flaky checkout tests | 1h overdue · no owner | overdue',
        'On-call rota for the holidays | reply in 3h · waiting on @bruno | due-today',
        'Review the public API rate limits | reply in 20h · your reply | due-soon',
      ],
    });
    // Overdue, whoever has the next move: the request alice waits on counts too.
    assert.equal(badgeCount(groups), 4);
    assert.deepEqual(
      groups.map((g) => g.collapsed),
      [false, false, false, false, false, true],
    );
  });

  it("gives an attendee the meeting's pre-read to read when it is due within a day", async () => {
    const groups = groupRequests(await entries(), { me: 'bruno', now: SAMPLE_NOW, snoozed: new Map() });
    const needs = view(groups)['needs-my-reply'];
    assert.deepEqual(needs, [
      'On-call rota for the holidays | reply in 3h · your reply | due-today',
      'Read the pre-read: Sprint planning, week 49 | due in 27h · written by @alice | due-soon',
    ]);
  });

  it('asks the meeting owner to write an empty pre-read', async () => {
    const all = await entries();
    const planning = all.find((e) => e.key.endsWith('sprint-planning.md'))!;
    if (planning.record.type !== 'meeting') throw new Error('not a meeting');
    const empty = { ...planning, record: { ...planning.record, sections: planning.record.sections.map((s) => ({ ...s, blank: true })) } };
    const groups = groupRequests([empty], { me: 'alice', now: SAMPLE_NOW, snoozed: new Map() });
    assert.deepEqual(view(groups)['needs-my-reply'], [
      'Write the pre-read: Sprint planning, week 49 | due in 3h · yours to write | due-today',
    ]);
    const earlier = groupRequests([empty], { me: 'alice', now: new Date('2026-11-24T14:00:00Z'), snoozed: new Map() });
    assert.deepEqual(view(earlier)['needs-my-reply'], [], 'more than a day before it is due');
  });

  it('hides a snoozed row until the snooze ends, then brings it back', async () => {
    const until = new Date('2026-11-25T18:00:00Z');
    const snoozed = new Map([[REVIEW, until]]);
    const during = groupRequests(await entries(), { me: 'alice', now: SAMPLE_NOW, snoozed });
    assert.deepEqual(view(during)['needs-my-reply'], []);
    assert.equal(view(during).team.length, 5, 'the team still sees it');
    assert.equal(badgeCount(during), 3);
    const after = groupRequests(await entries(), { me: 'alice', now: until, snoozed });
    assert.equal(view(after)['needs-my-reply'].length, 1);
    assert.deepEqual(nextWake(snoozed, SAMPLE_NOW), until);
    assert.equal(nextWake(snoozed, until), null);
  });

  it('shows only the team when nobody knows who I am', async () => {
    const groups = groupRequests(await entries(), { me: null, now: SAMPLE_NOW, snoozed: new Map() });
    assert.deepEqual(
      groups.filter((g) => g.rows.length > 0).map((g) => g.id),
      ['team'],
    );
    assert.equal(badgeCount(groups), 0);
  });

  it('gives rows the context values the package.json menus match', async () => {
    const commandsFor = rowMenuCommands;
    const groups = groupRequests(await entries(), { me: 'alice', now: SAMPLE_NOW, snoozed: new Map() });
    const value = (group: string, i = 0) => rowContextValue(groups.find((g) => g.id === group)!.rows[i], 'alice');
    assert.equal(value('needs-my-reply'), 'row:request:request:open:due-soon:owner');
    assert.deepEqual(commandsFor(value('needs-my-reply')), [
      'asyncWork.copyLink',
      'asyncWork.markAnswered',
      'asyncWork.markDone',
      'asyncWork.snooze',
    ]);
    assert.equal(value('my-action-items'), 'row:action:meeting:none:later:owner');
    assert.deepEqual(commandsFor(value('my-action-items')), ['asyncWork.copyLink', 'asyncWork.snooze', 'asyncWork.toggleActionItem']);
    assert.equal(value('waiting-on-others'), 'row:request:request:open:due-today:other');
    assert.equal(value('overdue'), 'row:request:request:open:overdue:other');
  });
});

describe('GitHub in the Requests view groups', () => {
  const config = parseConfig(readFileSync(path.join(SAMPLE_REPO, '.async/config.yaml'), 'utf8')).config;
  const github = { items: mapInbox(recorded.data, 'request').items, config };

  it('puts overdue items in Overdue, my pull requests in Waiting on others, the rest in GitHub; the badge counts them', () => {
    const groups = groupRequests([], { me: 'alice', now: SAMPLE_NOW, snoozed: new Map(), github });
    const view = Object.fromEntries(
      groups.filter((g) => g.rows.length > 0).map((g) => [g.id, g.rows.map((r) => `${r.label} | ${r.description}`)]),
    );
    assert.deepEqual(view, {
      overdue: ['Add rate limiting to the public API | 6h overdue · review requested · acme/shop#101'],
      'waiting-on-others': ['Cache the product list | 2h overdue · review by @bruno · acme/shop#105'],
      github: [
        'Checkout fails for Swiss addresses | reply in 4h · assigned · acme/shop#87',
        'Flaky login test on Safari | reply in 19h · mentioned · acme/shop#93',
        'Move checkout to the new payment client | reply in 21h · review requested from acme/web · acme/shop#102',
        'Decide the retention period for logs | reply in 23h · labelled as request · acme/shop#90',
      ],
    });
    assert.equal(badgeCount(groups), 5);
    const row = groups.find((g) => g.id === 'github')!.rows[0];
    assert.equal(rowContextValue(row, 'alice'), 'row:github:issue:assigned:due-today:owner');
    assert.deepEqual(rowMenuCommands(rowContextValue(row, 'alice')), ['asyncWork.copyLink', 'asyncWork.openOnGithub', 'asyncWork.snooze']);
  });

  it('snoozes GitHub rows by their URL', () => {
    const snoozed = new Map([['https://github.com/acme/shop/issues/87', new Date('2026-11-25T18:00:00Z')]]);
    const groups = groupRequests([], { me: 'alice', now: SAMPLE_NOW, snoozed, github });
    assert.equal(groups.find((g) => g.id === 'github')!.rows.length, 3);
  });
});
