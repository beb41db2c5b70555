// GitHub in the extension: follows the sign-in, polls while the window is focused and the Requests
// view is visible, keeps the last good inbox in workspace state (items only, never the token) and
// says in one line why it is old when GitHub cannot be reached.
import * as vscode from 'vscode';
import type { Clock } from '../clock';
import { CONTEXT, SETTINGS, settingId, STATE } from '../constants';
import { humanTime } from '../core/time/humanTime';
import type { GithubInbox, GithubItem } from '../core/github/inbox';
import { repoFromRemote, repoFromVirtualFolder } from '../core/github/remotes';
import { shownText } from '../core/common/text';
import type { Log } from '../log';
import { platform } from '../env/node/platform';
import type { Settings } from '../settings';
import { GithubClient, GithubFailure, redact } from './client';
import type { GithubConnection } from './connection';
import { GithubPoller, type PollResult } from './poller';
import { SignInRefused, type GithubSession } from './session';

function clientFor(connection: GithubConnection, session: GithubSession, clock: Clock): GithubClient {
  return new GithubClient({
    baseUrl: connection.baseUrl,
    token: session.token,
    timeoutMs: connection.timeoutMs,
    retryBaseMs: connection.retryBaseMs,
    now: () => clock.now(),
  });
}

interface CachedInbox {
  /** Base URL and login: another account never sees these items. */
  key: string;
  fetchedAt: string;
  items: GithubItem[];
}

export interface GithubServiceOptions {
  state: vscode.Memento;
  log: Log;
  clock: Clock;
  settings: Settings;
  /** The GitHub to use until connect() names another. */
  connection: GithubConnection;
  /** The team's request label (`request-label`). */
  requestLabel(): string;
  /** The reader's zone, for the time in the view's message. */
  zone(): string;
}

export class GithubService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private connection: GithubConnection;
  private connectionEvents: vscode.Disposable | undefined;
  /** The connection whose refused sign-in was last told to the user. */
  private refusalTold: GithubConnection | undefined;
  /** undefined until the first (silent) check. */
  private session: GithubSession | null | undefined = undefined;
  private client: GithubClient | null = null;
  private failure: { failure: GithubFailure; at: Date } | null = null;
  private cache: CachedInbox | null;
  private readonly poller: GithubPoller;
  private focused = vscode.window.state.focused;
  private visible = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly options: GithubServiceOptions) {
    this.connection = options.connection;
    this.cache = options.state.get<CachedInbox>(STATE.githubInbox) ?? null;
    this.poller = new GithubPoller({
      fetch: () => this.fetchInbox(),
      onResult: (r) => this.onResult(r),
      minutes: () => options.settings.github.pollMinutes,
      now: () => options.clock.now(),
    });
  }

  /** Follows sign-in, focus, trust and the poll interval, and checks for a session silently; does not wait for it. */
  start(): void {
    this.disposables.push(
      vscode.window.onDidChangeWindowState((s) => {
        this.focused = s.focused;
        this.updateActivity();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.checkSession(false)),
      this.options.settings.onDidChangeGithub(() => this.poller.reschedule()),
    );
    this.listen();
    void this.checkSession(false);
  }

  /** Uses another GitHub and session source from now on; resolves after the session check. */
  connect(connection: GithubConnection): Promise<void> {
    this.connection = connection;
    this.session = undefined;
    this.listen();
    return this.checkSession(false);
  }

  /** Asks the user to sign in (the "Sign in to GitHub" command and welcome button). */
  async signIn(): Promise<boolean> {
    await this.checkSession(true);
    if (this.session) await this.refresh();
    return Boolean(this.session);
  }

  /** Refreshes now (the Refresh button) unless GitHub asked us to wait. */
  async refresh(): Promise<void> {
    if (this.session && vscode.workspace.isTrusted) await this.poller.refresh();
  }

  /** The Requests view is shown or hidden: no requests while hidden. */
  setViewVisible(visible: boolean): void {
    this.visible = visible;
    this.updateActivity();
  }

  /**
   * A client for the GitHub status of focus blocks, signed in with the `user` scope as well; with
   * `ask`, asks for that scope when no session has it (throws when the user declines). Null when
   * there is no such session or the workspace is not trusted.
   */
  async statusClient(ask: boolean): Promise<GithubClient | null> {
    if (!vscode.workspace.isTrusted) return null;
    const connection = this.connection;
    const session = await connection.sessions.withUserScope(ask);
    return session && clientFor(connection, session, this.options.clock);
  }

  /** The signed-in login, or null. */
  login(): string | null {
    return this.session?.login ?? null;
  }

  /** The items of the last good refresh for the signed-in account. */
  items(): GithubItem[] {
    const cached = this.cached();
    return cached ? cached.items : [];
  }

  /** When the items shown were fetched, or null. */
  fetchedAt(): Date | null {
    const cached = this.cached();
    return cached ? new Date(cached.fetchedAt) : null;
  }

  /** One line about GitHub for the top of the view when something is wrong; undefined when all is well. */
  message(): string | undefined {
    if (!this.failure || !this.session) return undefined;
    const { failure } = this.failure;
    // GitHub's own words can be in it.
    const what = shownText(failure.kind === 'unauthorized' ? vscode.l10n.t('{0}; sign in again', failure.message) : failure.message);
    const at = this.fetchedAt();
    if (!at) return `${what}.`;
    const when = humanTime(at, this.options.zone(), this.options.clock.now());
    return failure.kind === 'offline' || failure.kind === 'timeout'
      ? vscode.l10n.t('GitHub as of {0}, offline: {1}.', when, what)
      : vscode.l10n.t('GitHub as of {0}: {1}.', when, what);
  }

  private key(login: string): string {
    return `${this.connection.baseUrl} ${login.toLowerCase()}`;
  }

  private cached(): CachedInbox | null {
    const { cache, session } = this;
    return session && cache && cache.key === this.key(session.login) && Array.isArray(cache.items) ? cache : null;
  }

  private setCache(cache: CachedInbox | null): void {
    this.cache = cache;
    void this.options.state.update(STATE.githubInbox, cache ?? undefined);
  }

  private listen(): void {
    this.connectionEvents?.dispose();
    this.connectionEvents = this.connection.sessions.onDidChange(() => void this.checkSession(false));
  }

  private async checkSession(interactive: boolean): Promise<void> {
    // An untrusted workspace never contacts GitHub (package.json: limited mode).
    if (!vscode.workspace.isTrusted) return;
    const connection = this.connection;
    let session: GithubSession | null = null;
    try {
      session = await connection.sessions.get(interactive);
    } catch (e) {
      // Cancelled sign-in, or no such provider (GitHub Enterprise without its address set).
      const message = e instanceof Error ? e.message : String(e);
      this.options.log.warn('github', `sign-in: ${this.session ? redact(message, this.session.token) : message}`);
      // A sign-in Async Work will not use is told once per connection, not only logged.
      if (e instanceof SignInRefused && (interactive || this.refusalTold !== connection)) {
        this.refusalTold = connection;
        void vscode.window.showWarningMessage(vscode.l10n.t('Async Work does not use GitHub: {0}.', message));
      }
    }
    if (connection !== this.connection) return;
    const before = this.session;
    if (before !== undefined && before?.token === session?.token && before?.login === session?.login) return;
    this.session = session;
    this.failure = null;
    this.client = session ? clientFor(connection, session, this.options.clock) : null;
    // Signing out forgets what was fetched for that account.
    if (!session && before) this.setCache(null);
    this.options.log.info('github', session ? `signed in as ${session.login}` : 'not signed in to GitHub');
    void vscode.commands.executeCommand('setContext', CONTEXT.githubSignedIn, Boolean(session));
    this.poller.reset(this.fetchedAt());
    this.updateActivity();
    this.changed.fire();
  }

  private updateActivity(): void {
    this.poller.setActive(Boolean(this.session) && vscode.workspace.isTrusted && this.focused && this.visible);
  }

  /**
   * The repositories of the open workspace on this GitHub: from the git remotes of local folders,
   * and from the URI of github.dev's folders.
   */
  private async workspaceRepos(): Promise<string[]> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const host = this.connection.remoteHost;
    const git = platform.git;
    const local = folders.filter((f) => f.uri.scheme === 'file');
    const urls = git ? (await Promise.all(local.map((f) => git.remoteUrls(f.uri.fsPath)))).flat() : [];
    const repos = [...urls.map((u) => repoFromRemote(u, host)), ...folders.map((f) => repoFromVirtualFolder(f.uri, host))];
    return [...new Set(repos.filter((r): r is string => r !== null))].sort();
  }

  private async fetchInbox(): Promise<GithubInbox> {
    const client = this.client;
    if (!client) throw new GithubFailure('unauthorized', vscode.l10n.t('Not signed in to GitHub'));
    const all = this.options.settings.github.scope === 'all';
    const repos = all ? [] : await this.workspaceRepos();
    if (!all && repos.length === 0) {
      throw new GithubFailure(
        'no-repositories',
        vscode.l10n.t(
          'No repository of this workspace is on GitHub (set {0} to "all" to look everywhere)',
          settingId(SETTINGS.githubScope),
        ),
      );
    }
    const started = performance.now();
    const inbox = await client.inbox({ repos, requestLabel: this.options.requestLabel() });
    const rl = inbox.rateLimit;
    this.options.log.info(
      'github',
      `${inbox.items.length} items from ${all ? 'all repositories' : repos.join(', ')} in ${Math.round(performance.now() - started)} ms${rl ? `; rate limit ${rl.remaining}/${rl.limit} left` : ''}`,
    );
    for (const t of inbox.truncated) this.options.log.warn('github', `${t.search}: showing ${inbox.items.length} of ${t.total} results`);
    return inbox;
  }

  private onResult(result: PollResult): void {
    const session = this.session;
    if (!session) return;
    if ('inbox' in result) {
      this.failure = null;
      this.setCache({ key: this.key(session.login), fetchedAt: this.options.clock.now().toISOString(), items: result.inbox.items });
      this.changed.fire();
      return;
    }
    const { failure } = result;
    this.failure = { failure, at: this.options.clock.now() };
    const until = this.poller.blockedUntil();
    this.options.log.warn('github', `${redact(failure.message, session.token)}${until ? `; next try after ${until.toISOString()}` : ''}`);
    this.changed.fire();
  }

  dispose(): void {
    this.poller.dispose();
    this.connectionEvents?.dispose();
    this.disposables.forEach((d) => d.dispose());
    this.changed.dispose();
  }
}
