// GitHub benchmark: requests per refresh (must be 1) and requests while the Requests view is
// hidden (must be 0), against the fake GitHub on 127.0.0.1, driving the same client and poller
// as the extension on virtual time.
import { GithubClient } from '../src/github/client';
import { GithubPoller } from '../src/github/poller';
import { FakeGithub, sampleInbox } from '../test/support/fakeGithub';
import { FakeTimers } from '../test/support/fakeTimers';

export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  target: string;
  ok: boolean;
}

const MINUTE = 60_000;

export async function githubBench(): Promise<BenchRow[]> {
  // The bench measures with the machine's clock; nothing it reports depends on the date.
  // eslint-disable-next-line no-restricted-syntax
  const now = new Date();
  const fake = await FakeGithub.start(sampleInbox(now));
  try {
    const timers = new FakeTimers(now);
    const client = new GithubClient({ baseUrl: fake.url, token: fake.data.token });
    const poller = new GithubPoller({
      fetch: () => client.inbox({ repos: ['acme/shop'], requestLabel: 'request' }),
      onResult: () => undefined,
      minutes: () => 2,
      now: timers.now,
      timers,
    });
    timers.settle = () => poller.idle();

    // Hidden view (or unfocused window): an hour of virtual time.
    let before = fake.requests;
    await timers.advance(60 * MINUTE);
    const hidden = fake.requests - before;

    // Ten refreshes (the Refresh button).
    before = fake.requests;
    const refreshes = 10;
    for (let i = 0; i < refreshes; i++) await poller.refresh();
    const perRefresh = (fake.requests - before) / refreshes;

    // Shown for an hour at the shortest interval: the first refresh at once, then every 2 minutes.
    poller.setActive(true);
    before = fake.requests;
    await timers.advance(60 * MINUTE);
    const perHour = fake.requests - before;
    poller.dispose();

    return [
      { metric: 'githubRequestsPerRefresh', value: perRefresh, unit: 'req', target: '= 1', ok: perRefresh === 1 },
      { metric: 'githubRequestsHiddenHour', value: hidden, unit: 'req', target: '= 0', ok: hidden === 0 },
      { metric: 'githubRequestsShownHour', value: perHour, unit: 'req', target: '≤ 30 (2 min)', ok: perHour <= 30 },
    ];
  } finally {
    await fake.close();
  }
}
