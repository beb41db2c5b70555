import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { parseConfig } from '../../../../src/core/team/config';
import {
  githubClock,
  INBOX_QUERY,
  inboxRows,
  inboxVariables,
  MalformedAnswer,
  mapInbox,
  repoFromRemote,
  type GithubItem,
} from '../../../../src/core/github/inbox';
import { badgeCount, groupRequests, rowContextValue } from '../../../../src/core/requests/groups';
import { rowMenuCommands, SAMPLE_NOW, SAMPLE_REPO } from '../../../support/helpers';
import { ROOT } from '../../../support/paths';

const config = parseConfig(readFileSync(path.join(SAMPLE_REPO, '.async/config.yaml'), 'utf8')).config;
/** GitHub's answer to INBOX_QUERY for alice in acme/shop, with a null item (SAML) and a deleted author. */
const recorded = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/github/inbox-response.json'), 'utf8')) as { data: unknown };

function item(fields: Partial<GithubItem>): GithubItem {
  return {
    category: 'assigned',
    kind: 'issue',
    repo: 'acme/shop',
    number: 1,
    title: 'An issue',
    url: 'https://github.com/acme/shop/issues/1',
    since: '2026-11-24T06:00:00Z',
    author: 'bruno',
    reviewers: [],
    ...fields,
  };
}

describe('the GitHub inbox query', () => {
  it("validates against GitHub's published schema", () => {
    const schema = buildSchema(readFileSync(path.join(ROOT, 'node_modules/@octokit/graphql-schema/schema.graphql'), 'utf8'), {
      assumeValidSDL: true,
    });
    assert.deepEqual(
      validate(schema, parse(INBOX_QUERY)).map((e) => e.message),
      [],
    );
  });

  it('searches the workspace repositories with one aliased search per category', () => {
    const v = inboxVariables({ repos: ['acme/shop', 'acme/web'], requestLabel: 'needs reply' });
    assert.equal(v.reviewRequested, 'is:open archived:false is:pr review-requested:@me repo:acme/shop repo:acme/web sort:updated-desc');
    assert.equal(v.labelled, 'is:open archived:false label:"needs reply" repo:acme/shop repo:acme/web sort:updated-desc');
    assert.equal(
      v.waitingOnOthers,
      'is:open archived:false is:pr author:@me draft:false -review:approved repo:acme/shop repo:acme/web sort:updated-desc',
    );
    for (const alias of ['reviewRequested', 'assigned', 'mentioned', 'labelled', 'waitingOnOthers'])
      assert.match(INBOX_QUERY, new RegExp(`\\b${alias}: search\\(type: ISSUE, query: \\$${alias}`));
  });

  it('looks everywhere with scope "all", where a label alone is limited to what involves me', () => {
    const v = inboxVariables({ repos: [], requestLabel: 'request' });
    assert.equal(v.assigned, 'is:open archived:false assignee:@me sort:updated-desc');
    assert.equal(v.labelled, 'is:open archived:false label:request involves:@me sort:updated-desc');
  });
});

describe('mapping GitHub answers', () => {
  it('maps a recorded answer to one item per issue or pull request, by the most direct reason', () => {
    const inbox = mapInbox(recorded.data, 'request');
    assert.equal(inbox.login, 'alice');
    assert.deepEqual(
      inbox.items.map((i) => `${i.category} ${i.repo}#${i.number} since ${i.since} ${i.reviewers.join(',')}`.trim()),
      [
        // Also assigned to alice: the review request names it.
        'review-requested acme/shop#101 since 2026-11-24T06:00:00Z',
        'team-review-requested acme/shop#102 since 2026-11-25T09:00:00Z acme/web',
        'assigned acme/shop#87 since 2026-11-24T16:00:00Z',
        'mentioned acme/shop#93 since 2026-11-25T07:00:00Z',
        'labelled acme/shop#90 since 2026-11-25T11:00:00Z',
        'waiting-on-others acme/shop#105 since 2026-11-24T10:00:00Z bruno',
      ],
    );
    assert.equal(inbox.items.find((i) => i.number === 93)?.author, null, 'a deleted account');
    assert.deepEqual(inbox.rateLimit, { limit: 5000, remaining: 4999, cost: 1, resetAt: '2026-11-25T12:41:07Z' });
    assert.deepEqual(inbox.truncated, []);
  });

  it('says which searches found more than they fetched', () => {
    const data = structuredClone(recorded.data) as { assigned: { issueCount: number } };
    data.assigned.issueCount = 73;
    assert.deepEqual(mapInbox(data, 'request').truncated, [{ search: 'assigned', total: 73 }]);
  });

  it('falls back to the creation time when no event says when the wait started', () => {
    const data = structuredClone(recorded.data) as { assigned: { nodes: ({ timelineItems: { nodes: unknown[] } } | null)[] } };
    for (const n of data.assigned.nodes) if (n) n.timelineItems.nodes = [];
    const inbox = mapInbox(data, 'request');
    assert.equal(inbox.items.find((i) => i.number === 87)?.since, '2026-11-23T10:00:00Z');
  });

  it('keeps my pull request out of "waiting on others" when nobody is asked for a review', () => {
    const data = structuredClone(recorded.data) as {
      waitingOnOthers: { nodes: { reviewRequests: { totalCount: number; nodes: unknown[] }; reviewDecision: string | null }[] };
    };
    data.waitingOnOthers.nodes[0].reviewRequests = { totalCount: 0, nodes: [] };
    assert.equal(
      mapInbox(data, 'request').items.some((i) => i.category === 'waiting-on-others'),
      false,
    );
    data.waitingOnOthers.nodes[0].reviewDecision = 'REVIEW_REQUIRED';
    assert.equal(
      mapInbox(data, 'request').items.some((i) => i.category === 'waiting-on-others'),
      true,
      'branch rules want a review',
    );
  });

  it('rejects answers without the queried shape', () => {
    for (const data of [
      undefined,
      null,
      'not json',
      {},
      { viewer: { login: 'alice' } },
      { ...(recorded.data as object), mentioned: { nodes: 'x' } },
    ]) {
      assert.throws(() => mapInbox(data, 'request'), MalformedAnswer, JSON.stringify(data)?.slice(0, 40));
    }
  });
});

describe('reply clocks of GitHub items', () => {
  it('makes a review requested 30 working hours ago with a 24h SLA overdue', () => {
    // Tuesday 06:00 UTC to Wednesday 12:00 UTC: 30 hours, all on alice's working days.
    const clock = githubClock(item({ category: 'review-requested', since: '2026-11-24T06:00:00Z' }), config, 'alice', SAMPLE_NOW);
    assert.equal(clock.replyBy?.toISOString(), '2026-11-25T06:00:00.000Z');
    assert.equal(clock.urgency, 'overdue');
  });

  it('stops the clock over the weekend, as for requests in the repository', () => {
    // Friday 15:00 in Paris plus 24 working hours is Monday 15:00.
    const clock = githubClock(item({ since: '2026-11-27T14:00:00Z' }), config, 'alice', new Date('2026-11-30T08:00:00Z'));
    assert.equal(clock.replyBy?.toISOString(), '2026-11-30T14:00:00.000Z');
    assert.equal(clock.urgency, 'due-today');
  });

  it("times my pull requests on the reviewer's clock", () => {
    const clock = githubClock(item({ category: 'waiting-on-others', reviewers: ['bruno'] }), config, 'alice', SAMPLE_NOW);
    assert.equal(clock.owner, 'bruno');
  });

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

describe('GitHub in the Requests view groups', () => {
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

describe('GitHub repositories of git remotes', () => {
  it('reads owner/name from the usual remote URLs of the host, and nothing from others', () => {
    const cases: [string, string | null][] = [
      ['git@github.com:acme/shop.git', 'acme/shop'],
      ['https://github.com/acme/shop', 'acme/shop'],
      ['https://github.com/acme/shop.git', 'acme/shop'],
      ['https://token@github.com/acme/web.js.git', 'acme/web.js'],
      ['ssh://git@github.com/acme/shop.git', 'acme/shop'],
      ['ssh://git@github.com:22/acme/shop', 'acme/shop'],
      ['git@gitlab.com:acme/shop.git', null],
      ['https://github.com.evil.example/acme/shop', null],
      ['/srv/git/shop.git', null],
    ];
    for (const [url, repo] of cases) assert.equal(repoFromRemote(url, 'github.com'), repo, url);
    assert.equal(repoFromRemote('git@github.example.com:team/app.git', 'github.example.com'), 'team/app');
  });
});
