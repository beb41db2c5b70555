import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { mapInbox } from '../../../../src/core/github/inbox';
import {
  badgeCount,
  groupRequests,
  nextWake,
  REQUEST_GROUPS,
  rowContextValue,
  type RecordInput,
} from '../../../../src/core/requests/groups';
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
      'upcoming-meetings': ['Sprint planning, week 49 | Thu 26 Nov, 16:00 · pre-read due Wed 25 Nov, 16:00 | null'],
      team: [
        'Renew the monitoring vendor contract | 4d overdue · waiting on @bruno | overdue',
        'Read access to the staging database | 27h overdue · your reply | overdue',
        'Fix the flaky checkout tests | 1h overdue · no owner | overdue',
        'On-call rota for the holidays | reply in 3h · waiting on @bruno | due-today',
        'Review the public API rate limits | reply in 20h · your reply | due-soon',
      ],
      'recently-closed': [],
    });
    // Overdue, whoever has the next move: the request alice waits on counts too.
    assert.equal(badgeCount(groups), 4);
    assert.deepEqual(
      groups.map((g) => g.collapsed),
      [false, false, false, false, false, false, true, true],
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

  it("shows only the team's requests and meetings when nobody knows who I am", async () => {
    const groups = groupRequests(await entries(), { me: null, now: SAMPLE_NOW, snoozed: new Map() });
    assert.deepEqual(
      groups.filter((g) => g.rows.length > 0).map((g) => g.id),
      ['upcoming-meetings', 'team'],
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
    assert.equal(value('upcoming-meetings'), 'row:meeting:meeting:none:none:owner');
    assert.deepEqual(commandsFor(value('upcoming-meetings')), ['asyncWork.copyLink']);
    const closed = groupRequests(await closedEntries(), { me: 'alice', now: SAMPLE_NOW, snoozed: new Map() });
    const closedValue = rowContextValue(closed.find((g) => g.id === 'recently-closed')!.rows[0], 'alice');
    assert.equal(closedValue, 'row:closed:request:answered:none:other');
    assert.deepEqual(commandsFor(closedValue), ['asyncWork.copyLink']);
  });
});

const LOGO = 'docs/requests/2026-11-20-logo-feedback.md';
const BUDGET = 'docs/requests/2026-11-18-q1-budget.md';
const STAGING = 'docs/requests/2026-11-23-staging-db-access.md';

/** The sample, with the logo feedback (answered; chen's, asked by alice) closed 2 days ago and the Q1 budget (done; alice's) 8 days ago. */
async function closedEntries(): Promise<RecordInput<string>[]> {
  const closed: Record<string, string> = { [LOGO]: '2026-11-23T12:00:00Z', [BUDGET]: '2026-11-17T12:00:00Z' };
  return (await entries()).map((e) =>
    e.record.type === 'request' && closed[e.key] ? { ...e, record: { ...e.record, closed: new Date(closed[e.key]) } } : e,
  );
}

describe('Recently closed in the Requests view groups', () => {
  it('shows my requests closed in the last 7 days, the last closed first, at my clock, and the badge does not count them', async () => {
    const all = await closedEntries();
    // Staging database access answered an hour ago, by alice, its owner.
    const withStaging = all.map((e) =>
      e.key === STAGING && e.record.type === 'request'
        ? { ...e, record: { ...e.record, status: 'answered' as const, closed: new Date('2026-11-25T11:00:00Z') } }
        : e,
    );
    const groups = groupRequests(withStaging, { me: 'alice', now: SAMPLE_NOW, snoozed: new Map() });
    assert.deepEqual(view(groups)['recently-closed'], [
      'Read access to the staging database | answered Wed 25 Nov, 12:00 | null',
      'Feedback on the new status page logo | answered Mon 23 Nov, 13:00 | null',
    ]);
    assert.deepEqual(view(groups).overdue, [
      'Renew the monitoring vendor contract | 4d overdue · waiting on @bruno | overdue',
      'Write the decision record to retire the legacy queue | 13h overdue · Retrospective, November | overdue',
    ]);
    assert.equal(badgeCount(groups), 3, 'the staging request is no longer overdue, and closed rows are not counted');
    assert.deepEqual(REQUEST_GROUPS.map((g) => g.id).slice(-1), ['recently-closed'], 'the last group of the view');
  });

  it('keeps a closed request for 7 days, shows nothing closed in the future, and only mine once I am known', async () => {
    const later = groupRequests(await closedEntries(), { me: 'alice', now: new Date('2026-11-30T11:59:00Z'), snoozed: new Map() });
    assert.deepEqual(view(later)['recently-closed'], ['Feedback on the new status page logo | answered Mon 23 Nov, 13:00 | null']);
    const gone = groupRequests(await closedEntries(), { me: 'alice', now: new Date('2026-11-30T12:00:00Z'), snoozed: new Map() });
    assert.deepEqual(view(gone)['recently-closed'], []);
    const before = groupRequests(await closedEntries(), { me: 'alice', now: new Date('2026-11-23T11:00:00Z'), snoozed: new Map() });
    assert.ok(!view(before)['recently-closed'].some((r) => r.startsWith('Feedback')), 'not closed yet');
    assert.deepEqual(
      view(groupRequests(await closedEntries(), { me: 'bruno', now: SAMPLE_NOW, snoozed: new Map() }))['recently-closed'],
      [],
    );
    assert.deepEqual(view(groupRequests(await closedEntries(), { me: null, now: SAMPLE_NOW, snoozed: new Map() }))['recently-closed'], [
      'Feedback on the new status page logo | answered Mon 23 Nov, 12:00 | null',
    ]);
  });
});

describe('Upcoming meetings in the Requests view groups', () => {
  it('shows the meetings to come that I own or attend, by start, with the pre-read due time on my clock', async () => {
    const all = await entries();
    const planning = all.find((e) => e.key.endsWith('sprint-planning.md'))!;
    if (planning.record.type !== 'meeting') throw new Error('not a meeting');
    const standup = {
      ...planning,
      key: 'docs/meetings/2026-11-26-standup.md',
      record: {
        ...planning.record,
        title: 'Stand-up',
        owner: 'bruno',
        date: new Date('2026-11-26T08:00:00Z'),
        preReadDue: null,
        attendees: ['bruno'],
      },
    };
    const groups = groupRequests([...all, standup], { me: 'bruno', now: SAMPLE_NOW, snoozed: new Map() });
    assert.deepEqual(view(groups)['upcoming-meetings'], [
      'Stand-up | Thu 26 Nov, 05:00 | null',
      'Sprint planning, week 49 | Thu 26 Nov, 12:00 · pre-read due Wed 25 Nov, 12:00 | null',
    ]);
    assert.deepEqual(
      view(groupRequests([...all, standup], { me: 'alice', now: SAMPLE_NOW, snoozed: new Map() }))['upcoming-meetings'],
      ['Sprint planning, week 49 | Thu 26 Nov, 16:00 · pre-read due Wed 25 Nov, 16:00 | null'],
      'alice neither owns nor attends the stand-up; the retrospective is over',
    );
    assert.equal(badgeCount(groups), badgeCount(groupRequests(all, { me: 'bruno', now: SAMPLE_NOW, snoozed: new Map() })));
  });

  it('drops a meeting once it has started', async () => {
    const groups = groupRequests(await entries(), { me: 'alice', now: new Date('2026-11-26T15:00:00Z'), snoozed: new Map() });
    assert.deepEqual(view(groups)['upcoming-meetings'], []);
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
