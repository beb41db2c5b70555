import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/constants';
import type { AsyncWorkApi } from '../../src/extension';
import { settingsConnection } from '../../src/github/connection';
import { SignInRefused, type GithubSession, type SessionSource } from '../../src/github/session';
import type { RequestNode } from '../../src/views/requestsView';
import { FakeGithub, FAULTS, sampleInbox, type Fault } from '../support/fakeGithub';
import { activated, SAMPLE_NOW, tooltipOf, treeLabels } from './helpers';

/** A session source the test signs in and out of, with the fake GitHub's token. */
function fakeSessions(initial: GithubSession | null) {
  const changed = new vscode.EventEmitter<void>();
  let session = initial;
  const source: SessionSource = {
    get: () => Promise.resolve(session),
    withUserScope: () => Promise.resolve(session),
    onDidChange: changed.event,
  };
  return {
    source,
    set(next: GithubSession | null) {
      session = next;
      changed.fire();
    },
  };
}

/** What each fault says at the top of the view (after "GitHub as of Wed 25 Nov, 10:43"). */
const MESSAGES: Record<Fault, RegExp> = {
  refused: /, offline: GitHub cannot be reached \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)\.$/,
  unauthorized: /: GitHub did not accept the sign-in \(401 Bad credentials\); sign in again\.$/,
  'secondary-rate-limit': /: GitHub asked to slow down \(403, secondary rate limit\); next try in 60 s\.$/,
  'too-many-requests': /: GitHub asked to slow down \(429\); next try in 30 s\.$/,
  'server-error': /: GitHub had a server error \(500\)\.$/,
  stall: /, offline: GitHub did not answer within 1 s\.$/,
  'malformed-json': /: GitHub sent an answer that could not be read \(no data\)\.$/,
  'partial-errors': /: GitHub answered with errors: Resource protected by organization SAML enforcement\. .*\.$/,
};

describe('GitHub in the Requests view (fake GitHub on 127.0.0.1)', () => {
  let api: AsyncWorkApi;
  let fake: FakeGithub;
  let sessions: ReturnType<typeof fakeSessions>;
  let alice: GithubSession;

  const labels = () => treeLabels(api.views.requests);
  const githubRow = (label: string) => {
    for (const group of api.views.requests.getChildren()) {
      const row = api.views.requests.getChildren(group).find((n) => n.kind === 'row' && n.row.label === label);
      if (row) return row;
    }
    return undefined;
  };
  const githubMessage = () => (api.views.requests.message() ?? '').split(/(?<=\.) (?=GitHub)/).filter((s) => /GitHub/.test(s));

  before(async () => {
    api = await activated();
    api.clock.pin(SAMPLE_NOW);
    // The workspace becomes a clone of acme/shop: its remote decides where GitHub is searched.
    const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
    execFileSync('git', ['init', '-q'], { cwd: folder });
    execFileSync('git', ['remote', 'add', 'origin', 'git@github.com:acme/shop.git'], { cwd: folder });
    fake = await FakeGithub.start(sampleInbox(SAMPLE_NOW));
    alice = { token: fake.data.token, login: 'alice' };
    sessions = fakeSessions(alice);
    await api.connectGithub({ baseUrl: fake.url, remoteHost: 'github.com', sessions: sessions.source, timeoutMs: 1000, retryBaseMs: 1 });
  });

  after(async () => {
    // Signed out again, so the other suites see the repository alone.
    await api.connectGithub({ baseUrl: fake.url, remoteHost: 'github.com', sessions: fakeSessions(null).source });
    api.views.requests.refresh();
    await fake.close();
  });

  afterEach(async () => {
    await fake.setFault(null);
    api.clock.pin(SAMPLE_NOW);
  });

  it('fills the GitHub group from one request, scoped to the repository of the workspace', async () => {
    const before = fake.requests;
    await api.github.refresh();
    assert.equal(fake.requests - before, 1);
    assert.match(String(fake.queries.at(-1)?.assigned), /repo:acme\/shop/);
    const all = labels();
    for (const label of [
      'GitHub/Checkout fails for Swiss addresses',
      'GitHub/Move checkout to the new payment client',
      'GitHub/Decide the retention period for logs',
      'GitHub/Flaky login test on Safari',
      'Waiting on others/Cache the product list',
    ]) {
      assert.ok(all.includes(label), `${label} in\n${all.join('\n')}`);
    }
    assert.ok(!all.some((l) => l.endsWith('/Upgrade the build image')), 'acme/platform is not in the workspace');
    // The repository's four (with the overdue request alice waits on) plus the overdue review and the GitHub group's four.
    assert.equal(api.views.requests.badge()?.value, 9);
    assert.deepEqual(githubMessage(), []);
  });

  it('makes a review requested 30 working hours ago with a 24h reply-within overdue', () => {
    const node = githubRow('Add rate limiting to the public API') as Extract<RequestNode, { kind: 'row' }>;
    assert.ok(labels().includes('Overdue/Add rate limiting to the public API'));
    const item = api.views.requests.getTreeItem(node);
    assert.equal(item.description, '6h overdue · review requested · acme/shop#101');
    assert.equal(item.contextValue, 'row:github:pull-request:review-requested:overdue:owner');
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'git-pull-request');
    assert.equal(item.command?.command, COMMANDS.openOnGithub);
    const tooltip = tooltipOf(api.views.requests, node);
    assert.equal(tooltip.isTrusted, false);
    assert.equal(tooltip.supportHtml, false);
    assert.match(
      tooltip.value.replace(/&nbsp;/g, ' ').replace(/\\/g, ''),
      /Reply-by:\*\* Wed 25 Nov, 07:00 \(6h overdue\), from the team's reply-within/,
    );
  });

  it('treats GitHub titles in tooltips as text, never as links, commands or HTML', async () => {
    const title = 'Fix [this](command:workbench.action.quit) <img src=x>';
    fake.data.items[2].title = title;
    try {
      await api.github.refresh();
      // The row shows the title as text: its link is broken apart, so nothing renders it as one.
      const row = githubRow('Fix [this] (command:workbench.action.quit) <img src=x>');
      assert.ok(row, 'the row shows the title with its link broken apart');
      const tooltip = tooltipOf(api.views.requests, row);
      assert.equal(tooltip.isTrusted, false);
      assert.equal(tooltip.supportHtml, false);
      // appendText escapes the brackets and writes the space as &nbsp;.
      assert.ok(tooltip.value.includes('\\[this\\]&nbsp;\\(command:'), tooltip.value);
      assert.ok(!tooltip.value.includes('](command:'), tooltip.value);
    } finally {
      fake.data.items[2].title = 'Checkout fails for Swiss addresses';
      await api.github.refresh();
    }
  });

  for (const fault of FAULTS) {
    it(`keeps the items and shows one message on "${fault}", then recovers`, async () => {
      const shown = labels().filter((l) => l.includes('GitHub/') || l.endsWith('/Add rate limiting to the public API'));
      await fake.setFault(fault);
      await api.github.refresh();
      assert.deepEqual(
        labels().filter((l) => shown.includes(l)),
        shown,
        'the cached items stay',
      );
      const message = githubMessage();
      assert.equal(message.length, 1, message.join(' | '));
      assert.match(message[0], /^GitHub as of \w{3} \d{1,2} \w{3}( \d{4})?, \d\d:\d\d/);
      assert.match(message[0], MESSAGES[fault]);
      await fake.setFault(null);
      // Rate limits are respected: the next refresh waits for GitHub's retry-after.
      if (fault === 'secondary-rate-limit' || fault === 'too-many-requests') {
        const before = fake.requests;
        await api.github.refresh();
        assert.equal(fake.requests, before, 'no request before retry-after');
        api.clock.pin(new Date(SAMPLE_NOW.getTime() + 61_000));
      }
      await api.github.refresh();
      assert.deepEqual(githubMessage(), []);
      assert.ok(labels().includes('GitHub/Checkout fails for Swiss addresses'));
    });
  }

  it('follows sign-out and account changes: nothing of another account is shown', async () => {
    sessions.set(null);
    await waitFor(() => api.github.login() === null);
    assert.ok(!labels().some((l) => l.startsWith('GitHub/')));
    sessions.set({ ...alice, login: 'bruno' });
    await waitFor(() => api.github.login() === 'bruno');
    assert.deepEqual(api.github.items(), [], "alice's items are not bruno's");
    assert.ok(!labels().some((l) => l.startsWith('GitHub/')), "the view shows none of alice's items to bruno");
    sessions.set(alice);
    await waitFor(() => api.github.login() === 'alice');
    assert.equal(await vscode.commands.executeCommand(COMMANDS.signInToGithub), true);
    assert.ok(labels().includes('GitHub/Checkout fails for Swiss addresses'));
  });

  it('never writes the token to the log', async () => {
    const logs = path.dirname(path.dirname(api.logUri.fsPath));
    const ours = () => findFiles(logs).filter((f) => f.endsWith('.log') && fs.readFileSync(f, 'utf8').includes('[github]'));
    await waitFor(() => ours().some((f) => /\[github\] GitHub did not accept the sign-in/.test(fs.readFileSync(f, 'utf8'))));
    const text = ours()
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    assert.match(text, /\[github\] signed in as alice/);
    assert.match(text, /\[github\] GitHub asked to slow down \(403, secondary rate limit\)/);
    assert.ok(!text.includes(fake.data.token), 'the token is in the log');
  });
});

function findFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? findFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Checks `test` until it holds; mocha's timeout bounds the wait. */
async function waitFor(test: () => boolean): Promise<void> {
  while (!test()) await new Promise((r) => setTimeout(r, 50));
}

describe('GitHub Enterprise Server from the user settings', () => {
  const setting = () => vscode.workspace.getConfiguration('asyncWork.github');

  it('will not use a sign-in made for another server: it asks for no session and says which setting to change', async () => {
    const { settings } = await activated();
    await setting().update('enterpriseUrl', 'https://github.example.com', vscode.ConfigurationTarget.Global);
    try {
      // No github-enterprise.uri is set in the test host, so VS Code's sign-in has no server of ours.
      const connection = settingsConnection(settings.github);
      assert.equal(connection.baseUrl, 'https://github.example.com/api/v3');
      assert.match(
        connection.refusal ?? '',
        /github-enterprise\.uri setting\) is not set, but asyncWork\.github\.enterpriseUrl names https:\/\/github\.example\.com/,
      );
      await assert.rejects(connection.sessions.get(true), SignInRefused);
      await assert.rejects(connection.sessions.withUserScope(true), SignInRefused);
    } finally {
      await setting().update('enterpriseUrl', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.equal(settingsConnection(settings.github).baseUrl, 'https://api.github.com');
  });
});
