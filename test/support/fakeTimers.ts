// Virtual time for the poller in tests and the benchmark: timers run when the test advances the
// clock, never by waiting.
import type { Timers } from '../../src/github/poller';

export class FakeTimers implements Timers {
  private time: number;
  private readonly pending = new Map<number, { at: number; run: () => void }>();
  private nextId = 1;
  /** Awaited after each timer runs: the test waits there for the work the timer started. */
  settle: () => Promise<void> = () => Promise.resolve();

  constructor(start: Date) {
    this.time = start.getTime();
  }

  now = (): Date => new Date(this.time);

  set(run: () => void, ms: number): number {
    const id = this.nextId++;
    this.pending.set(id, { at: this.time + ms, run });
    return id;
  }

  clear(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Moves time forward by `ms`, running each timer that falls due (and what it awaits) in order. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const next = [...this.pending.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!next || next[1].at > end) break;
      this.pending.delete(next[0]);
      this.time = Math.max(this.time, next[1].at);
      next[1].run();
      await this.settle();
    }
    this.time = end;
  }
}
