// Gives the extension's reminders as time passes (a reply-by of mine passing, a comment window of
// mine closing, a page of mine passing its review date, a new review request on GitHub), each once, through ReminderDelivery: shown at once, or
// held for the digest while a focus block runs. The time last looked at is kept in workspace state,
// so what happened while VS Code was closed is told once on the next start.
import type * as vscode from 'vscode';
import type { Clock } from '../clock';
import { STATE } from '../constants';
import { githubKey, newReviewRequests, pageReminders, recordReminders, type Reminder } from '../core/reminders/reminders';
import { pageOwnership, pageZone } from '../core/handbook/ownership';
import type { ReminderDelivery } from './delivery';
import type { GithubService } from '../github/service';
import type { RecordStore } from '../workspace/store';
import type { MeTracker } from '../team/meTracker';

/** How often the clock is looked at while the window is open. */
const CHECK_MS = 60_000;

export class Reminders implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  private readonly timer: ReturnType<typeof setInterval>;
  /** GitHub items seen so far; null until the first inbox, which is taken as it is. */
  private seen: Set<string> | null = null;
  private looking: Promise<Reminder[]> = Promise.resolve([]);

  constructor(
    private readonly store: RecordStore,
    private readonly meTracker: MeTracker,
    private readonly github: GithubService,
    private readonly delivery: ReminderDelivery,
    private readonly clock: Clock,
    private readonly state: vscode.Memento,
  ) {
    this.disposables = [store.onDidChange(() => void this.check()), github.onDidChange(() => this.onInbox())];
    this.timer = setInterval(() => void this.check(), CHECK_MS);
  }

  /** Gives the reminders of the records for the time since the last look, one look at a time. */
  check(): Promise<Reminder[]> {
    this.looking = this.looking.then(() => this.look());
    return this.looking;
  }

  private async look(): Promise<Reminder[]> {
    const now = this.clock.now();
    const stored = this.state.get<string>(STATE.remindersCheckedAt);
    // The first look, or a clock set back: start from now.
    const since = stored && Date.parse(stored) <= now.getTime() ? new Date(stored) : now;
    await this.state.update(STATE.remindersCheckedAt, now.toISOString());
    const records = this.store.records().map((s) => ({ key: s.uri.toString(), record: s.record }));
    const me = this.meTracker.current()?.handle ?? null;
    const pages = this.store.records().flatMap((s) => {
      if (s.record.type !== 'page') return [];
      const config = this.store.config(s.folder).config;
      const ownership = pageOwnership(s.record, this.store.codeowners(s.folder));
      return [{ key: s.uri.toString(), record: s.record, owners: ownership.owners, zone: pageZone(ownership, config), config }];
    });
    const reminders = [...recordReminders(records, me, since, now), ...pageReminders(pages, me, since, now)];
    await Promise.all(reminders.map((r) => this.delivery.deliver(r)));
    return reminders;
  }

  private onInbox(): void {
    const items = this.github.items();
    if (this.seen) for (const r of newReviewRequests(this.seen, items)) void this.delivery.deliver(r);
    this.seen = new Set([...(this.seen ?? []), ...items.map(githubKey)]);
  }

  dispose(): void {
    clearInterval(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}
