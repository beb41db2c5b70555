// When to ask GitHub again (PRODUCT §6): never faster than every 2 minutes, slower after each
// failure, and not before GitHub's retry-after or rate-limit reset. Pure: `now` is passed in.
import type { GithubRateLimit } from './inbox';

export const MIN_POLL_MINUTES = 2;
export const DEFAULT_POLL_MINUTES = 5;
/** Backing off after failures stops growing here. */
export const MAX_BACKOFF_MINUTES = 30;
/** GitHub's retry-after and rate-limit resets are followed up to this long: a wait of days is a broken answer. */
export const MAX_WAIT_MINUTES = 60;
/** Below this many points left, wait for the rate limit to reset (a refresh costs a few). */
export const RATE_LIMIT_RESERVE = 20;

const MINUTE = 60_000;

export interface PollState {
  /** Failed refreshes in a row. */
  failures: number;
  /** GitHub's retry-after of the last failure, in ms. */
  retryAfterMs: number | null;
  /** When the last failure happened. */
  failedAt: Date | null;
  rateLimit: GithubRateLimit | null;
}

export const IDLE: PollState = { failures: 0, retryAfterMs: null, failedAt: null, rateLimit: null };

/** The poll interval a setting asks for, never below the minimum. */
export function pollMinutes(setting: number | undefined): number {
  return typeof setting === 'number' && Number.isFinite(setting) ? Math.max(MIN_POLL_MINUTES, setting) : DEFAULT_POLL_MINUTES;
}

/** Until when GitHub asked us to wait (retry-after, or an exhausted rate limit); null when it did not. */
export function blockedUntil(state: PollState, now: Date): Date | null {
  let until: number | null = null;
  if (state.retryAfterMs !== null && state.failedAt) until = state.failedAt.getTime() + state.retryAfterMs;
  const rl = state.rateLimit;
  if (rl && rl.remaining < Math.max(RATE_LIMIT_RESERVE, rl.cost)) {
    const reset = new Date(rl.resetAt).getTime();
    if (!Number.isNaN(reset)) until = Math.max(until ?? 0, reset);
  }
  if (until === null || until <= now.getTime()) return null;
  return new Date(Math.min(until, now.getTime() + MAX_WAIT_MINUTES * MINUTE));
}

/** How long to wait before the next automatic refresh: the interval, doubled for each failure in a row, and never before GitHub allows. */
export function nextPollDelay(minutes: number, state: PollState, now: Date): number {
  const base = Math.max(MIN_POLL_MINUTES, minutes) * MINUTE;
  const backoff = state.failures > 0 ? Math.min(base * 2 ** state.failures, Math.max(base, MAX_BACKOFF_MINUTES * MINUTE)) : base;
  const blocked = blockedUntil(state, now);
  return Math.max(backoff, blocked ? blocked.getTime() - now.getTime() : 0);
}
