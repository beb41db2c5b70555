import * as assert from 'node:assert/strict';
import {
  checkedApiUrl,
  enterpriseApiUrl,
  enterpriseMismatch,
  GithubClient,
  GithubFailure,
  redact,
  type FailureKind,
} from '../../../src/github/client';
import { GithubPoller, type PollResult } from '../../../src/github/poller';
import { IDLE, nextPollDelay, blockedUntil, pollMinutes } from '../../../src/core/github/poll';
import { FakeGithub, FAULTS, sampleInbox, type Fault } from '../../support/fakeGithub';
import { FakeTimers } from '../../support/fakeTimers';
import { SAMPLE_NOW } from '../../support/helpers';

const SCOPE = { repos: ['acme/shop'], requestLabel: 'request' };
const MIN = 60_000;

/** What each fault must give: the kind, the one line, GitHub's retry-after, and how many requests it took. */
const EXPECTED: Record<Fault, { kind: FailureKind; message: RegExp; retryAfterMs: number | null; requests: number }> = {
  refused: {
    kind: 'offline',
    message: /^GitHub cannot be reached \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)$/,
    retryAfterMs: null,
    requests: 0,
  },
  unauthorized: {
    kind: 'unauthorized',
    message: /^GitHub did not accept the sign-in \(401 Bad credentials\)$/,
    retryAfterMs: null,
    requests: 1,
  },
  'secondary-rate-limit': {
    kind: 'rate-limited',
    message: /^GitHub asked to slow down \(403, secondary rate limit\); next try in 60 s$/,
    retryAfterMs: 60_000,
    requests: 1,
  },
  'too-many-requests': {
    kind: 'rate-limited',
    message: /^GitHub asked to slow down \(429\); next try in 30 s$/,
    retryAfterMs: 30_000,
    requests: 1,
  },
  // The first try and two retries.
  'server-error': { kind: 'server', message: /^GitHub had a server error \(500\)$/, retryAfterMs: null, requests: 3 },
  stall: { kind: 'timeout', message: /^GitHub did not answer within 500 ms$/, retryAfterMs: null, requests: 1 },
  'malformed-json': { kind: 'malformed', message: /^GitHub sent an answer that could not be read/, retryAfterMs: null, requests: 1 },
  'partial-errors': {
    kind: 'partial',
    message: /^GitHub answered with errors: Resource protected by organization SAML enforcement/,
    retryAfterMs: null,
    requests: 1,
  },
};

describe('the GitHub client against the fake GitHub', () => {
  let fake: FakeGithub;
  let client: GithubClient;

  before(async () => {
    fake = await FakeGithub.start(sampleInbox(SAMPLE_NOW));
    client = new GithubClient({ baseUrl: fake.url, token: fake.data.token, timeoutMs: 500, retryBaseMs: 1 });
  });
  after(() => fake.close());
  afterEach(() => fake.setFault(null));

  it('fetches the whole inbox in one request, scoped to the workspace repositories', async () => {
    const before = fake.requests;
    const inbox = await client.inbox(SCOPE);
    assert.equal(fake.requests - before, 1);
    assert.equal(inbox.login, 'alice');
    assert.equal(inbox.items.length, 6);
    assert.ok(!inbox.items.some((i) => i.repo === 'acme/platform'), 'outside the workspace');
    assert.match(String(fake.queries.at(-1)?.mentioned), /repo:acme\/shop/);
    const all = await client.inbox({ repos: [], requestLabel: 'request' });
    assert.ok(all.items.some((i) => i.repo === 'acme/platform'));
  });

  for (const fault of FAULTS) {
    it(`turns "${fault}" into one line without the token, and recovers when it clears`, async () => {
      const expected = EXPECTED[fault];
      await fake.setFault(fault);
      const before = fake.requests;
      const error = await client.inbox(SCOPE).then(
        () => assert.fail('no failure'),
        (e: unknown) => e,
      );
      assert.ok(error instanceof GithubFailure, String(error));
      assert.equal(error.kind, expected.kind);
      assert.match(error.message, expected.message);
      assert.equal(error.message.split('\n').length, 1);
      assert.equal(error.retryAfterMs, expected.retryAfterMs);
      assert.equal(fake.requests - before, expected.requests);
      for (const text of [error.message, String(error), error.stack ?? ''])
        assert.ok(!text.includes(fake.data.token), `the token leaked: ${text}`);
      await fake.setFault(null);
      assert.equal((await client.inbox(SCOPE)).items.length, 6);
    });
  }

  it('reads and changes the user status with a session that has the user scope', async () => {
    fake.data.userToken = 'gho_fake_user_scope_token_0123456789';
    fake.data.status = null;
    const user = new GithubClient({ baseUrl: fake.url, token: fake.data.userToken, timeoutMs: 500, retryBaseMs: 1 });
    assert.equal(await user.viewerStatus(), null);
    const busy = {
      message: 'Focusing until 15:30 — I reply within 24h',
      emoji: ':no_bell:',
      expiresAt: '2099-01-01T14:30:00Z',
      limitedAvailability: true,
      organizationId: null,
    };
    assert.deepEqual(await user.changeUserStatus(busy), busy);
    assert.deepEqual(await client.viewerStatus(), busy, 'reading needs no user scope');
    const team = { message: 'Reviewing', emoji: null, expiresAt: null, limitedAvailability: false, organizationId: 'O_kgDOAcme' };
    assert.deepEqual(await user.changeUserStatus(team), team);
    assert.equal(await user.changeUserStatus(null), null);
    assert.equal(await user.viewerStatus(), null);
    assert.deepEqual(fake.operations.slice(-6), [
      'AsyncWorkViewerStatus',
      'AsyncWorkChangeStatus',
      'AsyncWorkViewerStatus',
      'AsyncWorkChangeStatus',
      'AsyncWorkChangeStatus',
      'AsyncWorkViewerStatus',
    ]);
  });

  it('says so when the session lacks the user scope, and never puts a token in a status failure', async () => {
    const busy = { message: 'Focusing', emoji: ':no_bell:', expiresAt: null, limitedAvailability: true, organizationId: null };
    const error = await client.changeUserStatus(busy).then(
      () => assert.fail('no failure'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof GithubFailure, String(error));
    assert.match(
      error.message,
      /^GitHub answered with errors: Your token has not been granted the required scopes .*'changeUserStatus' field requires one of the following scopes: \['user'\]/,
    );
    for (const fault of ['unauthorized', 'server-error', 'malformed-json'] as const) {
      await fake.setFault(fault);
      for (const call of [() => client.viewerStatus(), () => client.changeUserStatus(busy)]) {
        const e = await call().then(
          () => assert.fail('no failure'),
          (x: unknown) => x,
        );
        assert.ok(e instanceof GithubFailure, String(e));
        for (const text of [e.message, String(e), e.stack ?? '']) assert.ok(!text.includes(fake.data.token), `the token leaked: ${text}`);
      }
    }
  });

  it('caps a retry-after of years at an hour', async () => {
    await fake.setFault('huge-retry-after');
    const error = await client.inbox(SCOPE).then(
      () => assert.fail('no failure'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof GithubFailure, String(error));
    assert.deepEqual(
      [error.kind, error.message, error.retryAfterMs],
      ['rate-limited', 'GitHub asked to slow down (429); next try in 60 min', 3_600_000],
    );
  });

  it('stops reading an answer past 10 MB, within the time limit and without holding it in memory', async () => {
    await fake.setFault('oversize-body');
    const patient = new GithubClient({ baseUrl: fake.url, token: fake.data.token, timeoutMs: 8000, retryBaseMs: 1 });
    const heap = process.memoryUsage().heapUsed;
    const [started, before] = [performance.now(), fake.requests];
    const error = await patient.inbox(SCOPE).then(
      () => assert.fail('no failure'),
      (e: unknown) => e,
    );
    const took = performance.now() - started;
    assert.ok(error instanceof GithubFailure, String(error));
    assert.deepEqual(
      [error.kind, error.message, fake.requests - before],
      ['malformed', 'GitHub sent an answer larger than 10 MB; it was not read', 1],
    );
    assert.ok(took < 8000, `took ${took} ms`);
    assert.ok(process.memoryUsage().heapUsed - heap < 100 * 1024 * 1024, 'not 100 MB of text');
  });

  it('times out on an answer whose body stops half way', async () => {
    await fake.setFault('stalled-body');
    const error = await client.inbox(SCOPE).then(
      () => assert.fail('no failure'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof GithubFailure, String(error));
    assert.deepEqual([error.kind, error.message], ['timeout', 'GitHub did not answer within 500 ms']);
  });

  it('leaves out an item with an unreadable date, and an event with one, instead of failing the inbox', async () => {
    const [first] = fake.data.items;
    fake.data.items.push({ ...first, number: 666, createdAt: 'not a date' });
    const events = first.events;
    first.events = [...(events ?? []), { type: 'review-requested', at: 'yesterday', subject: 'alice' }];
    try {
      const inbox = await client.inbox(SCOPE);
      assert.deepEqual(
        inbox.items.map((i) => i.number).sort((a, b) => a - b),
        [87, 90, 93, 101, 102, 105],
      );
      assert.equal(inbox.items.find((i) => i.number === 101)?.since, events?.[0].at, 'the readable request');
    } finally {
      fake.data.items.pop();
      first.events = events;
    }
  });

  it('hides the token in any text', () => {
    assert.equal(redact('Bad token gho_abcdef in gho_abcdef', 'gho_abcdef'), 'Bad token *** in ***');
  });
});

describe('polling GitHub', () => {
  let fake: FakeGithub;
  before(async () => {
    fake = await FakeGithub.start(sampleInbox(SAMPLE_NOW));
  });
  after(() => fake.close());
  afterEach(() => fake.setFault(null));

  function poller(minutes: number | (() => number) = 5) {
    const timers = new FakeTimers(SAMPLE_NOW);
    const results: PollResult[] = [];
    const client = new GithubClient({ baseUrl: fake.url, token: fake.data.token, timeoutMs: 500, retryBaseMs: 1 });
    const every = typeof minutes === 'number' ? () => minutes : minutes;
    const p = new GithubPoller({
      fetch: () => client.inbox(SCOPE),
      onResult: (r) => results.push(r),
      minutes: every,
      now: timers.now,
      timers,
    });
    timers.settle = () => p.idle();
    return { p, timers, results };
  }

  it('follows a new interval from the last refresh, without waiting for the old one', async () => {
    let minutes = 30;
    const { p, timers } = poller(() => minutes);
    const start = fake.requests;
    p.setActive(true);
    await timers.advance(0);
    assert.equal(fake.requests - start, 1);
    await timers.advance(3 * MIN);
    minutes = 5;
    p.reschedule();
    await timers.advance(2 * MIN);
    assert.equal(fake.requests - start, 2, '5 minutes after the first refresh, not 30');
    p.dispose();
  });

  it('asks nothing while inactive, once when it becomes active, then at the interval', async () => {
    const { p, timers, results } = poller();
    const start = fake.requests;
    await timers.advance(60 * MIN);
    assert.equal(fake.requests - start, 0, 'hidden view or unfocused window');
    p.setActive(true);
    await timers.advance(0);
    assert.equal(fake.requests - start, 1);
    assert.ok('inbox' in results[0]);
    await timers.advance(15 * MIN);
    assert.equal(fake.requests - start, 4, 'every 5 minutes');
    p.setActive(false);
    await timers.advance(60 * MIN);
    assert.equal(fake.requests - start, 4);
    p.dispose();
  });

  it('never polls faster than every 2 minutes', async () => {
    const { p, timers } = poller(0.1);
    const start = fake.requests;
    p.setActive(true);
    await timers.advance(10 * MIN);
    assert.equal(fake.requests - start, 6, 'at 0, 2, 4, 6, 8 and 10 minutes');
    p.dispose();
  });

  it('backs off after failures, waits for retry-after, and comes back when GitHub does', async () => {
    const { p, timers, results } = poller(2);
    await fake.setFault('server-error');
    p.setActive(true);
    await timers.advance(0);
    // Failures at 0, then 4 and 12 minutes (the interval doubled each time).
    await timers.advance(12 * MIN);
    assert.deepEqual(
      results.map((r) => ('failure' in r ? r.failure.kind : 'ok')),
      ['server', 'server', 'server'],
    );
    // The fourth try, 16 minutes later, meets a secondary rate limit with retry-after 60 s.
    await fake.setFault('secondary-rate-limit');
    await timers.advance(16 * MIN);
    assert.equal(results.length, 4);
    assert.deepEqual(p.blockedUntil(), new Date('2026-11-25T12:29:00Z'));
    await fake.setFault(null);
    // The backoff has reached its 30 minutes.
    await timers.advance(30 * MIN);
    assert.equal(results.length, 5);
    assert.ok('inbox' in results[4]);
    p.dispose();
  });

  it('refreshes on demand only when GitHub has not asked to wait', async () => {
    const { p, timers, results } = poller();
    await fake.setFault('too-many-requests');
    await p.refresh();
    assert.equal(results.length, 1);
    assert.deepEqual(p.blockedUntil(), new Date(SAMPLE_NOW.getTime() + 30_000));
    await fake.setFault(null);
    await p.refresh();
    assert.equal(results.length, 1, 'the Refresh button waits for retry-after too');
    await timers.advance(31_000);
    await p.refresh();
    assert.ok('inbox' in results[1]);
    p.dispose();
  });
});

describe('the poll policy', () => {
  it('clamps the interval to at least 2 minutes', () => {
    assert.equal(pollMinutes(1), 2);
    assert.equal(pollMinutes(undefined), 5);
    assert.equal(pollMinutes(10), 10);
    assert.equal(nextPollDelay(0, IDLE, SAMPLE_NOW), 2 * MIN);
  });

  it('doubles the wait for each failure in a row, up to 30 minutes', () => {
    const delays = [0, 1, 2, 3, 4, 5].map((failures) => nextPollDelay(5, { ...IDLE, failures }, SAMPLE_NOW) / MIN);
    assert.deepEqual(delays, [5, 10, 20, 30, 30, 30]);
  });

  it("waits for GitHub's retry-after and for an exhausted rate limit to reset", () => {
    const failedAt = SAMPLE_NOW;
    assert.equal(nextPollDelay(2, { ...IDLE, failures: 1, retryAfterMs: 600_000, failedAt }, SAMPLE_NOW), 600_000);
    const rateLimit = { limit: 5000, remaining: 3, cost: 1, resetAt: '2026-11-25T12:45:00Z' };
    assert.equal(nextPollDelay(2, { ...IDLE, rateLimit }, SAMPLE_NOW), 45 * MIN);
    assert.deepEqual(blockedUntil({ ...IDLE, rateLimit }, SAMPLE_NOW), new Date('2026-11-25T12:45:00Z'));
    assert.equal(blockedUntil({ ...IDLE, rateLimit: { ...rateLimit, remaining: 4000 } }, SAMPLE_NOW), null);
  });
});

describe('GitHub Enterprise Server', () => {
  it('sends the token only to the server VS Code signed in to', () => {
    assert.equal(enterpriseMismatch('https://github.example.com', 'https://github.example.com/'), null);
    assert.equal(enterpriseMismatch('https://github.example.com/', 'https://GITHUB.example.com'), null);
    assert.equal(
      enterpriseMismatch('https://github.example.com', 'https://git.other.example'),
      "VS Code's GitHub Enterprise sign-in (the github-enterprise.uri setting) names https://git.other.example, but asyncWork.github.enterpriseUrl names https://github.example.com; set both to the same server",
    );
    assert.match(enterpriseMismatch('https://github.example.com', undefined) ?? '', /github-enterprise\.uri setting\) is not set/);
    assert.match(enterpriseMismatch('https://github.example.com', 'not a url') ?? '', /is not set/);
    // Another port or scheme is another server.
    assert.notEqual(enterpriseMismatch('https://github.example.com', 'https://github.example.com:8443'), null);
    assert.notEqual(enterpriseMismatch('https://github.example.com', 'http://github.example.com'), null);
  });

  it('talks to the REST API of the server', () => {
    assert.equal(enterpriseApiUrl('https://github.example.com/some/path'), 'https://github.example.com/api/v3');
  });
});

describe('the API URL', () => {
  it('is https, or plain http to this machine, without a user name or password', () => {
    assert.equal(checkedApiUrl('https://api.github.com'), 'https://api.github.com/');
    assert.equal(checkedApiUrl('https://github.example.com/api/v3'), 'https://github.example.com/api/v3');
    for (const local of ['http://127.0.0.1:8080', 'http://localhost:8080/api', 'http://[::1]:8080', 'http://127.4.5.6'])
      assert.doesNotThrow(() => checkedApiUrl(local), local);
    for (const remote of ['http://github.example.com', 'http://127.0.0.1.example.com', 'http://localhost.example.com', 'http://10.0.0.1']) {
      assert.throws(() => checkedApiUrl(remote), /must use https/, remote);
    }
    for (const bad of ['github.example.com', 'file:///etc/passwd', 'javascript:alert(1)'])
      assert.throws(() => checkedApiUrl(bad), /not an http\(s\) URL/, bad);
    const error = (() => {
      try {
        checkedApiUrl('https://ci:hunter2secret@github.example.com');
      } catch (e) {
        return String(e);
      }
      return '';
    })();
    assert.match(error, /must not hold a user name or password/);
    assert.ok(!error.includes('hunter2secret'));
  });
});

describe('waiting for GitHub', () => {
  it('waits for a rate-limit reset or a retry-after at most an hour', () => {
    const rateLimit = { limit: 5000, remaining: 0, cost: 1, resetAt: '2099-01-01T00:00:00Z' };
    assert.deepEqual(blockedUntil({ ...IDLE, rateLimit }, SAMPLE_NOW), new Date(SAMPLE_NOW.getTime() + 60 * MIN));
    assert.deepEqual(
      blockedUntil({ ...IDLE, failures: 1, failedAt: SAMPLE_NOW, retryAfterMs: 1e12 }, SAMPLE_NOW),
      new Date(SAMPLE_NOW.getTime() + 60 * MIN),
    );
    assert.equal(nextPollDelay(5, { ...IDLE, rateLimit }, SAMPLE_NOW), 60 * MIN);
  });
});
