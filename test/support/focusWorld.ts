// Several VS Code windows on one shared focus state, with a pinned clock, for the focus unit tests;
// optionally with the GitHub status against a fake GitHub.
import type { FocusState } from '../../src/core/focus/block';
import { CLAIM_SETTLE_MS, FocusMachine, type FocusEnded } from '../../src/core/focus/machine';
import type { ReminderKind } from '../../src/core/reminders/held';
import { FocusGithubStatus } from '../../src/focus/githubStatus';
import { GithubClient } from '../../src/github/client';
import type { FakeGithub } from './fakeGithub';

export const ZONE = 'Europe/Paris';
export const MINUTE = 60_000;

/** GitHub as the windows see it: the fake, the setting, and the `user` scope, which the first ask grants unless the user declines. */
export interface WorldGithub {
  fake: FakeGithub;
  enabled: boolean;
  granted: boolean;
  declines: boolean;
  /** How many times the user was asked for the `user` scope. */
  asks: number;
  /** Holds every sign-in until it resolves. */
  gate?: Promise<void>;
}

/**
 * VS Code as the focus machine sees it: the extension's global state, which VS Code carries from
 * the window that writes it to the others (at once, or when `sync()` runs), and Do Not Disturb,
 * which each window reads from storage when it opens and which a toggle changes in that window only.
 */
export class World {
  now = new Date('2026-11-25T09:00:00Z'); // 10:00 in Paris
  shared: unknown = undefined;
  storedDnd = false;
  autoSync = true;
  github: WorldGithub | null = null;
  readonly windows: Window[] = [];

  open(name: string): Window {
    const w = new Window(this, name);
    this.windows.push(w);
    return w;
  }

  close(w: Window): void {
    this.windows.splice(this.windows.indexOf(w), 1);
  }

  sync(): void {
    for (const w of this.windows) w.replica = this.shared;
  }

  advance(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }

  /** Ticks every window, then lets writes reach the others, as the glue's one-second timer would. */
  async tickAll(): Promise<void> {
    for (const w of this.windows) await w.machine.tick();
    this.sync();
  }

  /** Waits for every window's GitHub status requests. */
  async idle(): Promise<void> {
    for (const w of this.windows) await w.busy.idle();
  }

  ended(): FocusEnded[] {
    return this.windows.flatMap((w) => w.ended);
  }

  /** What the status port of a window gets: a client with the `user` scope, asking for it first when `ask`. */
  async statusClient(ask: boolean): Promise<GithubClient | null> {
    const github = this.github;
    if (!github) return null;
    await github.gate;
    if (!github.granted) {
      if (!ask) return null;
      github.asks++;
      if (github.declines) throw new Error('User did not consent to login.');
      github.granted = true;
    }
    return new GithubClient({ baseUrl: github.fake.url, token: github.fake.data.userToken ?? '', timeoutMs: 2000, retryBaseMs: 1 });
  }
}

export class Window {
  replica: unknown;
  dnd: boolean;
  toggles = 0;
  /** Tries to toggle Do Not Disturb, whether or not they worked. */
  attempts = 0;
  dndWorks = true;
  readonly ended: FocusEnded[] = [];
  /** What the GitHub status logged and told the user. */
  readonly logs: string[] = [];
  readonly told: string[] = [];
  readonly machine: FocusMachine;
  readonly busy: FocusGithubStatus;

  constructor(world: World, name: string) {
    this.replica = world.shared;
    this.dnd = world.storedDnd;
    this.machine = new FocusMachine({
      now: () => world.now,
      zone: ZONE,
      window: name,
      load: () => this.replica,
      save: async (state: FocusState) => {
        this.replica = JSON.parse(JSON.stringify(state));
        world.shared = this.replica;
        if (world.autoSync) world.sync();
      },
      toggleDoNotDisturb: async () => {
        this.attempts++;
        if (!this.dndWorks) return false;
        this.toggles++;
        this.dnd = !this.dnd;
        world.storedDnd = this.dnd;
        return true;
      },
      started: (block) => this.busy.started(block),
      ended: (e) => {
        this.ended.push(e);
        this.busy.ended(e.block);
      },
      log: () => undefined,
    });
    this.busy = new FocusGithubStatus({
      now: () => world.now,
      zone: ZONE,
      enabled: () => world.github?.enabled ?? false,
      replyWithin: () => '24h',
      client: (ask) => world.statusClient(ask),
      running: () => this.machine.state().block,
      remember: (startedAt, record) => this.machine.rememberGithubStatus(startedAt, record),
      log: (level, message) => this.logs.push(`${level}: ${message}`),
      tell: (message) => this.told.push(message),
    });
  }

  text(): string {
    return this.machine.status(50).text;
  }

  /** Holds a reminder as the notify service would. */
  hold(kind: ReminderKind, key: string): Promise<boolean> {
    return this.machine.hold({ kind, key, message: `${kind} ${key}` });
  }
}

export function oneWindow(): { world: World; w: Window } {
  const world = new World();
  return { world, w: world.open('a') };
}

export function twoWindows(): { world: World; a: Window; b: Window } {
  const world = new World();
  return { world, a: world.open('a'), b: world.open('b') };
}

/**
 * The time of a block is up in two windows at once: both claim the step before either sees the
 * other's claim (the last write wins everywhere), then the claim settles and one window takes it.
 */
export async function bothClaim(world: World, a: Window, b: Window): Promise<void> {
  await a.machine.tick();
  await b.machine.tick();
  world.sync();
  world.advance(CLAIM_SETTLE_MS);
  await world.tickAll();
  await world.tickAll();
}

/** Ticks until the claim for a due step has settled and the step is taken. */
export async function settle(world: World): Promise<void> {
  await world.tickAll();
  world.advance(CLAIM_SETTLE_MS);
  await world.tickAll();
}
