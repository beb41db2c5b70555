// The GitHub status of focus blocks: set when a block starts (with the setting on) and put back
// when it ends, in the window whose hands the block is in. What to set and whether to put it back is
// decided in core; this runs the requests one at a time. No vscode: the unit tests drive it with
// several windows on one shared focus state and a fake GitHub, and FocusMode hands it VS Code.
import {
  busyGithubStatus,
  busyStep,
  restoreStep,
  type GithubStatusRecord,
  type BusyStep,
  type GithubStatusStep,
} from '../core/focus/githubStatus';
import type { GithubStatus } from '../core/github/status';
import type { FocusBlock } from '../core/focus/block';
import { SETTINGS, settingId } from '../constants';
import { l10n } from '../core/common/l10n';

/** What the GitHub status needs from GitHub (GithubClient). */
export interface StatusClient {
  viewerStatus(): Promise<GithubStatus | null>;
  changeUserStatus(status: GithubStatus | null): Promise<GithubStatus | null>;
}

export interface FocusGithubStatusPorts {
  now(): Date;
  /** The user's time zone: the "until 15:30" of the message. */
  zone: string;
  /** The setting: set the status when a block starts. */
  enabled(): boolean;
  /** The team's `reply-within` as written (`24h`). */
  replyWithin(): string;
  /**
   * A client whose session has the `user` scope; with `ask`, asks the user for that scope when no
   * session has it. Null when there is none; throws when the user declines.
   */
  client(ask: boolean): Promise<StatusClient | null>;
  /** The running block as the shared focus state has it now. */
  running(): FocusBlock | null;
  /** Keeps the record on the block that started at `startedAt`; false when that block no longer runs. */
  remember(startedAt: string, record: GithubStatusRecord): Promise<boolean>;
  log(level: 'info' | 'warn', message: string): void;
  /** Tells the user something they should know (the scope was not granted). */
  tell(message: string): void;
}

const NO_CLIENT = 'not signed in to GitHub with the user scope, or the workspace is not trusted';

export class FocusGithubStatus {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly ports: FocusGithubStatusPorts) {}

  /** A block started or got a new end in this window: sets the GitHub status when the setting is on. */
  started(block: FocusBlock): void {
    if (this.ports.enabled()) this.enqueue(() => this.setBusy(block.startedAt));
  }

  /** A block ended in this window: puts back the status it changed. */
  ended(block: FocusBlock): void {
    const record = block.githubStatus;
    if (record) this.enqueue(() => this.restore(record));
  }

  /** Resolves when the requests started so far are done. */
  idle(): Promise<void> {
    return this.queue;
  }

  /** One change at a time, in order: a restore and the next block's status never cross. */
  private enqueue(op: () => Promise<void>): void {
    // Each step reports its own failures; this only keeps the queue going.
    this.queue = this.queue
      .then(op)
      .catch((e: unknown) => this.ports.log('warn', `GitHub status: ${e instanceof Error ? e.message : String(e)}`));
  }

  private async setBusy(startedAt: string): Promise<void> {
    // The block as it is now: it may have ended, or have a record from an earlier start.
    const block = this.ports.running();
    if (!block || block.startedAt !== startedAt) return;
    let client: StatusClient | null;
    try {
      client = await this.ports.client(true);
    } catch (e) {
      this.ports.log('warn', `GitHub status not set: the user scope was not granted (${e instanceof Error ? e.message : String(e)})`);
      this.ports.tell(
        l10n.t(
          'The focus block runs without the GitHub status: the sign-in with the "user" scope was declined. Async Work asks again at the next block while {0} is on.',
          settingId(SETTINGS.focusGithubStatus),
        ),
      );
      return;
    }
    if (!client) return this.ports.log('warn', `GitHub status not set: ${NO_CLIENT}`);
    const busy = busyGithubStatus(new Date(block.endsAt), this.ports.replyWithin(), this.ports.zone);
    let step: BusyStep;
    try {
      step = busyStep(block.githubStatus ?? null, await client.viewerStatus(), busy, this.ports.now());
      await this.apply(client, step, 'set');
    } catch (e) {
      return this.ports.log('warn', `GitHub status not set: ${e instanceof Error ? e.message : String(e)}`);
    }
    // Ended while the status was being set: nobody else knows to put it back.
    if (step.kind === 'set' && !(await this.ports.remember(startedAt, step.record))) await this.restore(step.record);
  }

  private async restore(record: GithubStatusRecord): Promise<void> {
    try {
      const client = await this.ports.client(false);
      if (!client) return this.ports.log('warn', `GitHub status not restored: ${NO_CLIENT}`);
      const current = await client.viewerStatus();
      await this.apply(client, restoreStep(record, current, this.ports.now()), 'restored');
    } catch (e) {
      this.ports.log('warn', `GitHub status not restored: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private async apply(client: StatusClient, step: GithubStatusStep | BusyStep, done: 'set' | 'restored'): Promise<void> {
    if (step.kind === 'leave') return this.ports.log('info', `GitHub status left alone: ${step.reason}`);
    await client.changeUserStatus(step.status);
    this.ports.log(
      'info',
      step.status ? `GitHub status ${done}: ${step.status.message ?? step.status.emoji ?? '(busy)'}` : 'GitHub status cleared',
    );
  }
}
