// The poll loop (no vscode, so the benchmark drives it in plain Node): one refresh at a time,
// only while active (window focused and view visible), paced by the poll policy in core.
import { blockedUntil, IDLE, nextPollDelay, type PollState } from '../core/github/poll';
import type { GithubInbox } from '../core/github/inbox';
import { GithubFailure } from './client';
import { l10n } from '../core/common/l10n';

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const REAL_TIMERS: Timers = {
  set: (run, ms) => setTimeout(run, Math.min(ms, 2 ** 31 - 1)),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type PollResult = { inbox: GithubInbox } | { failure: GithubFailure };

export interface PollerOptions {
  /** One refresh: one GraphQL request. */
  fetch(): Promise<GithubInbox>;
  onResult(result: PollResult): void;
  /** The poll interval in minutes (clamped by the policy). */
  minutes(): number;
  now(): Date;
  timers?: Timers;
  /** When the last refresh happened before this poller existed (the cached result), so a reload does not ask again at once. */
  lastRefresh?: Date | null;
}

export class GithubPoller {
  private active = false;
  private timer: unknown = undefined;
  private running: Promise<void> | null = null;
  private state: PollState = IDLE;
  private last: Date | null;
  private readonly timers: Timers;
  private disposed = false;

  constructor(private readonly options: PollerOptions) {
    this.timers = options.timers ?? REAL_TIMERS;
    this.last = options.lastRefresh ?? null;
  }

  /** Polls while active; an inactive poller makes no request at all. */
  setActive(active: boolean): void {
    if (active === this.active || this.disposed) return;
    this.active = active;
    this.schedule();
  }

  /** Until when GitHub asked us to wait; null when a refresh may go out now. */
  blockedUntil(): Date | null {
    return blockedUntil(this.state, this.options.now());
  }

  /** Refreshes now unless GitHub asked us to wait; joins a refresh already under way. */
  refresh(): Promise<void> {
    if (this.running) return this.running;
    if (this.disposed || this.blockedUntil()) return Promise.resolve();
    this.timers.clear(this.timer);
    this.running = this.run().finally(() => {
      this.running = null;
      this.schedule();
    });
    return this.running;
  }

  /** Resolves when no refresh is under way. */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** The interval may have changed (a setting): the next refresh is timed by it from the last one. */
  reschedule(): void {
    this.schedule();
  }

  /** Forgets failures and pacing (after signing in again, or a new connection). */
  reset(lastRefresh: Date | null = null): void {
    this.state = IDLE;
    this.last = lastRefresh;
    this.schedule();
  }

  dispose(): void {
    this.disposed = true;
    this.timers.clear(this.timer);
  }

  private async run(): Promise<void> {
    const started = this.options.now();
    this.last = started;
    try {
      const inbox = await this.options.fetch();
      this.state = { failures: 0, retryAfterMs: null, failedAt: null, rateLimit: inbox.rateLimit };
      if (!this.disposed) this.options.onResult({ inbox });
    } catch (e) {
      const failure =
        e instanceof GithubFailure
          ? e
          : new GithubFailure('offline', l10n.t('GitHub cannot be reached ({0})', e instanceof Error ? e.message : String(e)));
      this.state = { ...this.state, failures: this.state.failures + 1, retryAfterMs: failure.retryAfterMs, failedAt: this.options.now() };
      if (!this.disposed) this.options.onResult({ failure });
    }
  }

  private schedule(): void {
    this.timers.clear(this.timer);
    this.timer = undefined;
    if (!this.active || this.disposed || this.running) return;
    const now = this.options.now();
    const wait = nextPollDelay(this.options.minutes(), this.state, now);
    const due = this.last ? Math.max(0, this.last.getTime() + wait - now.getTime()) : 0;
    this.timer = this.timers.set(() => void this.refresh(), due);
  }
}
