// The GitHub client: octokit with the throttling and retry plugins, one GraphQL request for the
// whole inbox, the GitHub status of focus blocks, and every failure turned into one plain line. No
// vscode: the CLI and the benchmark use it too.
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import {
  CHANGE_STATUS_MUTATION,
  mapChangedStatus,
  mapViewerStatus,
  statusInput,
  VIEWER_STATUS_QUERY,
  type GithubStatus,
} from '../core/github/status';
import { mapInbox, type GithubInbox } from '../core/github/inbox';
import { MalformedAnswer } from '../core/github/malformedAnswer';
import { INBOX_QUERY, inboxVariables, type InboxScope } from '../core/github/inboxQuery';
import { MAX_WAIT_MINUTES } from '../core/github/poll';
import { SETTINGS, settingId } from '../constants';
import { l10n } from '../core/common/l10n';

export const GITHUB_API_URL = 'https://api.github.com';
const DEFAULT_TIMEOUT_MS = 15_000;
/** The largest answer read: a full inbox is a few hundred KB. */
export const MAX_ANSWER_BYTES = 10 * 1024 * 1024;
const MAX_WAIT_MS = MAX_WAIT_MINUTES * 60_000;

export interface GithubClientOptions {
  /** REST base URL: `https://api.github.com`, or `https://HOST/api/v3` for GitHub Enterprise Server. */
  baseUrl: string;
  token: string;
  /** Gives up on a request after this long (GitHub itself stops GraphQL queries after 10 s). */
  timeoutMs?: number;
  /** Retries of server errors within one refresh, and the delay unit between them (1 s, then 4 s, 9 s). */
  retries?: number;
  retryBaseMs?: number;
  userAgent?: string;
  /** The clock GitHub's rate-limit reset is compared with. */
  now?: () => Date;
}

export type FailureKind =
  'offline' | 'timeout' | 'unauthorized' | 'forbidden' | 'rate-limited' | 'server' | 'malformed' | 'partial' | 'no-repositories';

/** A refresh that failed: what kind of failure, one line for people, and how long GitHub wants us to wait. */
export class GithubFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'GithubFailure';
  }
}

/** Hides the token wherever it might have slipped into a text. */
export function redact(text: string, token: string): string {
  return token.length >= 4 ? text.split(token).join('***') : text;
}

interface Failed {
  name?: unknown;
  message?: unknown;
  status?: unknown;
  response?: { headers?: Record<string, string | undefined> };
  errors?: { type?: string; message?: string }[];
  cause?: unknown;
}

function seconds(ms: number): string {
  if (ms >= 120_000) return `${Math.round(ms / 60_000)} min`;
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? ''
  );
}

/** Turns whatever octokit or fetch threw into a GithubFailure with one line that never holds the token. */
function toFailure(error: unknown, token: string, timedOut: boolean, timeoutMs: number, now: number): GithubFailure {
  const fail = (kind: FailureKind, message: string, retryAfterMs: number | null = null) =>
    new GithubFailure(kind, redact(message, token), retryAfterMs);
  if (error instanceof GithubFailure) return error;
  if (error instanceof MalformedAnswer) return fail('malformed', error.message);
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as Failed;
  const message = firstLine(typeof e.message === 'string' ? e.message : '');
  if (e.name === 'AbortError' && timedOut) return fail('timeout', l10n.t('GitHub did not answer within {0}', seconds(timeoutMs)));
  const headers = e.response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  const retryAfterMs = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter * 1000, MAX_WAIT_MS) : null;
  const reset = Number(headers['x-ratelimit-reset']) * 1000;
  const untilReset = Number.isFinite(reset) && reset > now ? Math.min(reset - now, MAX_WAIT_MS) : null;
  const rateLimited = () => fail('rate-limited', l10n.t('GitHub rate limit reached; waiting for it to reset'), untilReset);
  if (Array.isArray(e.errors)) {
    if (e.errors.some((x) => x.type === 'RATE_LIMITED')) return rateLimited();
    return fail('partial', l10n.t('GitHub answered with errors: {0}', firstLine(e.errors[0]?.message ?? l10n.t('unknown error'))));
  }
  if (message === 'GraphQL Rate Limit Exceeded') return rateLimited();
  const status = typeof e.status === 'number' ? e.status : null;
  if (status === 401) return fail('unauthorized', l10n.t('GitHub did not accept the sign-in (401 Bad credentials)'));
  if (status === 429 || (status === 403 && (/secondary rate/i.test(message) || retryAfterMs !== null))) {
    const wait = retryAfterMs ?? 60_000;
    return fail(
      'rate-limited',
      /secondary/i.test(message)
        ? l10n.t('GitHub asked to slow down ({0}, secondary rate limit); next try in {1}', status, seconds(wait))
        : l10n.t('GitHub asked to slow down ({0}); next try in {1}', status, seconds(wait)),
      wait,
    );
  }
  if (status === 403 && headers['x-ratelimit-remaining'] === '0') return rateLimited();
  if (status === 403)
    return fail('forbidden', message ? l10n.t('GitHub refused access (403: {0})', message) : l10n.t('GitHub refused access (403)'));
  // Octokit reports a request that got no answer at all as status 500 without a response.
  if (status === 500 && !e.response) {
    const cause = e.cause instanceof Error && e.cause.cause instanceof Error ? e.cause.cause.message : message;
    return fail('offline', l10n.t('GitHub cannot be reached ({0})', firstLine(cause) || l10n.t('network error')));
  }
  if (status !== null && status >= 500) return fail('server', l10n.t('GitHub had a server error ({0})', status));
  if (status !== null)
    return fail('forbidden', message ? l10n.t('GitHub answered {0}: {1}', status, message) : l10n.t('GitHub answered {0}', status));
  return fail('offline', l10n.t('GitHub cannot be reached ({0})', message || l10n.t('unknown error')));
}

/**
 * Octokit's fetch: the whole answer is read here, within the request's signal (so the time limit
 * covers the body too), and at most `maxBytes` of it.
 */
export function boundedFetch(maxBytes: number): typeof fetch {
  const tooLarge = () => {
    const failure = new GithubFailure(
      'malformed',
      l10n.t('GitHub sent an answer larger than {0} MB; it was not read', Math.round(maxBytes / 1024 / 1024)),
    );
    // Octokit passes an abort on as it is: not wrapped as a server error, and not retried.
    failure.name = 'AbortError';
    return failure;
  };
  return async (input, init) => {
    const response = await fetch(input, init);
    if (Number(response.headers.get('content-length')) > maxBytes) {
      await response.body?.cancel();
      throw tooLarge();
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
      size += chunk.value.byteLength;
      if (size > maxBytes) {
        await reader?.cancel();
        throw tooLarge();
      }
      chunks.push(chunk.value);
    }
    const body = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      body.set(c, at);
      at += c.byteLength;
    }
    // A 204 or 304 answer may not have a body, not even an empty one.
    return new Response(reader && size > 0 ? body : null, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/**
 * Why the Enterprise token must not be used, or null when it may: VS Code's `github-enterprise`
 * sign-in issues its token for the server of its own `github-enterprise.uri` setting, and the
 * token may only ever go to that same server.
 */
export function enterpriseMismatch(ours: string, signIn: string | undefined): string | null {
  const origin = (u: string | undefined) => (u && URL.canParse(u) ? new URL(u).origin : null);
  const [a, b] = [origin(ours), origin(signIn)];
  if (a && a === b) return null;
  const setting = settingId(SETTINGS.githubEnterpriseUrl);
  return b
    ? l10n.t(
        "VS Code's GitHub Enterprise sign-in (the github-enterprise.uri setting) names {0}, but {1} names {2}; set both to the same server",
        b,
        setting,
        a ?? ours,
      )
    : l10n.t(
        "VS Code's GitHub Enterprise sign-in (the github-enterprise.uri setting) is not set, but {0} names {1}; set both to the same server",
        setting,
        a ?? ours,
      );
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * The API URL the token may be sent to: https, or plain http to this machine only (a test
 * server). Throws with a message that never repeats the URL, which may hold a password.
 */
export function checkedApiUrl(raw: string): string {
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new Error(l10n.t('the API URL is not an http(s) URL'));
  if (url.username || url.password)
    throw new Error(l10n.t('the API URL must not hold a user name or password; the token comes from GITHUB_TOKEN or GH_TOKEN'));
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname))
    throw new Error(l10n.t('the API URL must use https (plain http only to this machine): {0}', url.host));
  return url.href;
}

/** The REST base URL for a GitHub Enterprise Server address such as `https://github.example.com`. */
export function enterpriseApiUrl(serverUrl: string): string {
  return `${new URL(serverUrl).origin}/api/v3`;
}

export class GithubClient {
  private readonly octokit: Octokit;
  private readonly timeoutMs: number;
  private readonly now: () => Date;
  private readonly token: string;

  constructor(options: GithubClientOptions) {
    this.token = options.token;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // The command line has no clock of its own; the extension passes its clock.
    // eslint-disable-next-line no-restricted-syntax
    this.now = options.now ?? (() => new Date());
    const ThrottledOctokit = Octokit.plugin(throttling, retry);
    this.octokit = new ThrottledOctokit({
      auth: options.token,
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      userAgent: options.userAgent ?? 'async-work',
      request: { fetch: boundedFetch(MAX_ANSWER_BYTES) },
      // Octokit would print warnings to the console; failures are reported by the caller instead.
      log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
      // 429 waits for the next poll like a secondary limit; server errors are retried at once.
      retry: {
        retries: options.retries ?? 2,
        retryAfterBaseValue: options.retryBaseMs ?? 1000,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        // GitHub's rate limits are respected by waiting for the next poll, never by holding a refresh.
        onRateLimit: () => false,
        onSecondaryRateLimit: () => false,
        // The shared group spaces content-creating requests a second apart; a query creates nothing.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      },
    });
  }

  /** The inbox in one GraphQL request; throws a GithubFailure. */
  async inbox(scope: InboxScope): Promise<GithubInbox> {
    return this.graphql(INBOX_QUERY, inboxVariables(scope), (data) => mapInbox(data, scope.requestLabel));
  }

  /** The signed-in user's status, null when none is set; throws a GithubFailure. */
  async viewerStatus(): Promise<GithubStatus | null> {
    return this.graphql(VIEWER_STATUS_QUERY, {}, mapViewerStatus);
  }

  /** Sets the signed-in user's status (null clears it; needs the `user` scope); what GitHub now shows. Throws a GithubFailure. */
  async changeUserStatus(status: GithubStatus | null): Promise<GithubStatus | null> {
    return this.graphql(CHANGE_STATUS_MUTATION, { input: statusInput(status) }, mapChangedStatus);
  }

  /** One GraphQL request, retries of server errors included, all within the time limit. */
  private async graphql<T>(document: string, variables: Record<string, unknown>, map: (data: unknown) => T): Promise<T> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    try {
      const data = await this.octokit.graphql(document, { ...variables, request: { signal: controller.signal } });
      return map(data);
    } catch (e) {
      throw toFailure(e, this.token, timedOut, this.timeoutMs, this.now().getTime());
    } finally {
      clearTimeout(timer);
    }
  }
}
