// Snoozed rows of the Requests view: personal, kept in workspace state, never in the repository.
import * as vscode from 'vscode';
import { isBefore } from 'date-fns';
import { STATE } from '../constants';

export class Snoozes implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  /** Every snooze, by row key, with when it ends. */
  all(): Map<string, Date> {
    const raw = this.state.get<Record<string, string>>(STATE.snoozes, {});
    const out = new Map<string, Date>();
    for (const [key, iso] of Object.entries(raw)) {
      const until = new Date(iso);
      if (!Number.isNaN(until.getTime())) out.set(key, until);
    }
    return out;
  }

  /** Snoozes a row until `until`; snoozes that have ended are dropped at the same time. */
  async snooze(key: string, until: Date, now: Date): Promise<void> {
    const kept = [...this.all()].filter(([, u]) => isBefore(now, u));
    const next = Object.fromEntries([...kept.map(([k, u]) => [k, u.toISOString()]), [key, until.toISOString()]]);
    await this.state.update(STATE.snoozes, next);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
