// One window's focus mode: reads the shared state, takes steps, and keeps this window's Do Not
// Disturb in line with it. Everything VS Code does for it comes in through FocusPorts, so the unit
// tests run several windows on one shared state with a pinned clock.
//
// Several windows, one state. Every window reads the shared state on each tick (the glue ticks
// every second) and takes no step for another. Two things need care:
// - Do Not Disturb belongs to each window: VS Code reads it when a window opens (from what the last
//   toggle stored) and a toggle changes only the window it runs in. So every window toggles its
//   own when it sees a block start or end, and only if it believes the block turned it on.
// - Steps no user asked for (a block's time is up, a scheduled block starts) happen in every
//   window at the same moment, but must happen once: one digest, one entry in today's minutes.
//   A window first writes a claim for the step; the last claim written wins everywhere, and only
//   the window whose claim still stands CLAIM_SETTLE_MS later takes the step.
import { differenceInMilliseconds } from 'date-fns';
import type { GithubStatusRecord } from './githubStatus';
import {
  blockEnd,
  dueStep,
  endBlock,
  endingText,
  focusedMinutesToday,
  focusStatus,
  focusSummary,
  isExpired,
  readFocusState,
  startBlock,
  type FocusBlock,
  type FocusEnding,
  type FocusState,
  type FocusStatus,
  type FocusStep,
} from './block';
import type { FocusSlotRule } from './schedule';
import { holdReminder, type HeldReminder } from '../reminders/held';

/** Longer than VS Code takes to carry a write from one window to the others. */
export const CLAIM_SETTLE_MS = 1500;
/** A claim this old belongs to a window that went away: another window takes over. */
export const CLAIM_STALE_MS = 10_000;

export interface FocusPorts {
  now(): Date;
  /** The user's time zone: what "today" and the schedule mean. */
  zone: string;
  /** This window, unique per window session. */
  window: string;
  /** The shared state as stored (read defensively). */
  load(): unknown;
  save(state: FocusState): Promise<void>;
  /** Toggles VS Code's Do Not Disturb in this window; false when it could not. */
  toggleDoNotDisturb(): Promise<boolean>;
  /** A block started or got a new end in this window's hands (by hand or by the schedule). */
  started(block: FocusBlock): void;
  /** A block ended in this window's hands; Do Not Disturb is already back. */
  ended(ended: FocusEnded): void;
  log(message: string): void;
}

export interface FocusEnded extends FocusEnding {
  /** The message for the user: the digest, or that the time is up; null when there is nothing to say. */
  text: string | null;
}

export class FocusMachine {
  /** Whether Do Not Disturb is on in this window because of a focus block, as far as we know. */
  private dndOn: boolean;
  private dndUnavailable = false;
  private rules: readonly FocusSlotRule[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly ports: FocusPorts) {
    // A window that opens has Do Not Disturb as the last toggle stored it.
    this.dndOn = this.state().dnd;
  }

  state(): FocusState {
    return readFocusState(this.ports.load());
  }

  setSchedule(rules: readonly FocusSlotRule[]): void {
    this.rules = rules;
  }

  status(defaultMinutes: number): FocusStatus {
    return focusStatus(this.state(), this.ports.now(), this.ports.zone, defaultMinutes);
  }

  summary(): string {
    return focusSummary(this.state(), this.ports.now(), this.ports.zone);
  }

  /** Starts a block of `minutes`, or gives the running one a new end. */
  start(minutes: number): Promise<void> {
    return this.run(async () => {
      const now = this.ports.now();
      let state = this.state();
      let ended: FocusEnded | undefined;
      if (state.block && isExpired(state.block, now)) ({ state, ended } = await this.finish(state, now));
      const next = startBlock(state, now, blockEnd(now, minutes));
      await this.ports.save(next);
      this.ports.log(`focus block until ${next.block?.endsAt}`);
      await this.followDoNotDisturb(true);
      if (ended) this.ports.ended(ended);
      if (next.block) this.ports.started(next.block);
    });
  }

  /** Ends the running block; what ended, or null when none was running. */
  end(): Promise<FocusEnded | null> {
    return this.run(async () => {
      const state = this.state();
      if (!state.block) return null;
      const { ended } = await this.finish(state, this.ports.now());
      await this.followDoNotDisturb(false);
      this.ports.ended(ended);
      return ended;
    });
  }

  /** Holds a reminder while a block runs; false when none runs (show it now). */
  hold(reminder: Omit<HeldReminder, 'at'>): Promise<boolean> {
    return this.run(async () => {
      const state = this.state();
      if (!state.block) return false;
      await this.ports.save({ ...state, held: holdReminder(state.held, { ...reminder, at: this.ports.now().toISOString() }) });
      return true;
    });
  }

  /**
   * Remembers on the block that started at `startedAt` what it did to the GitHub status; false
   * when that block no longer runs (then nobody else will put the status back).
   */
  rememberGithubStatus(startedAt: string, record: GithubStatusRecord): Promise<boolean> {
    return this.run(async () => {
      const state = this.state();
      if (state.block?.startedAt !== startedAt) return false;
      await this.ports.save({ ...state, block: { ...state.block, githubStatus: record } });
      return true;
    });
  }

  /** Takes the step that is due, and follows in this window what other windows did. */
  tick(): Promise<void> {
    return this.run(async () => {
      const now = this.ports.now();
      const state = this.state();
      const step = dueStep(state, now, this.rules, this.ports.zone);
      const { state: next, ended, started } = step ? await this.takeStep(state, step, now) : { state };
      await this.followDoNotDisturb(next.block !== null);
      if (ended) this.ports.ended(ended);
      if (started) this.ports.started(started);
    });
  }

  /** One operation at a time in this window: each reads the state the previous one left. */
  private run<T>(op: () => Promise<T>): Promise<T> {
    const result = this.queue.then(op);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async finish(state: FocusState, now: Date): Promise<{ state: FocusState; ended: FocusEnded }> {
    const result = endBlock(state, now);
    if (!result) throw new Error('no focus block to finish');
    await this.ports.save(result.state);
    this.ports.log(`focus block ${result.ending.reason}; ${result.ending.held.length} reminders were held`);
    const text = endingText(result.ending, focusedMinutesToday(result.state, now, this.ports.zone));
    return { state: result.state, ended: { ...result.ending, text } };
  }

  private async takeStep(
    state: FocusState,
    step: FocusStep,
    now: Date,
  ): Promise<{ state: FocusState; ended?: FocusEnded; started?: FocusBlock }> {
    const claim = state.claim;
    const age = claim ? differenceInMilliseconds(now, new Date(claim.at)) : 0;
    if (!claim || claim.step !== step.id || (claim.window !== this.ports.window && age >= CLAIM_STALE_MS)) {
      const next = { ...state, claim: { step: step.id, window: this.ports.window, at: now.toISOString() } };
      await this.ports.save(next);
      return { state: next };
    }
    if (claim.window !== this.ports.window || age < CLAIM_SETTLE_MS) return { state };
    if (step.kind === 'finish') return this.finish(state, now);
    const next = startBlock(state, now, step.endsAt, true);
    await this.ports.save(next);
    this.ports.log(`scheduled focus block until ${step.endsAt.toISOString()}`);
    return { state: next, started: next.block ?? undefined };
  }

  /**
   * Toggles this window's Do Not Disturb when a block starts or ends, once. It is never forced
   * back: a user who toggles it by hand during a block keeps their choice until the block ends.
   */
  private async followDoNotDisturb(focusing: boolean): Promise<void> {
    if (this.dndUnavailable || focusing === this.dndOn) return;
    if (!(await this.ports.toggleDoNotDisturb())) {
      this.dndUnavailable = true;
      this.ports.log('Do Not Disturb could not be toggled; focus blocks leave it alone in this window');
      return;
    }
    this.dndOn = focusing;
    const latest = this.state();
    if (latest.dnd !== focusing) await this.ports.save({ ...latest, dnd: focusing });
  }
}
