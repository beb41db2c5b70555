// Which GitHub the service talks to: github.com, or the Enterprise server of the user's settings
// through VS Code's `github-enterprise` sign-in, followed as the settings change.
import type * as vscode from 'vscode';
import type { GithubSettings, Settings } from '../settings';
import { enterpriseApiUrl, enterpriseMismatch, GITHUB_API_URL } from './client';
import { refusedSessions, vscodeSessions, type SessionSource } from './session';

/** Where the service asks, and whose token it sends. The base URL and the sessions always change together. */
export interface GithubConnection {
  /** REST base URL (`https://api.github.com`, `https://HOST/api/v3`). */
  baseUrl: string;
  /** The host of the git remotes that live on this GitHub. */
  remoteHost: string;
  sessions: SessionSource;
  /** Why the sign-in is not used (its server is not this one), when it is not. */
  refusal?: string;
  timeoutMs?: number;
  retryBaseMs?: number;
}

/** github.com, or the Enterprise server of the user's settings through the `github-enterprise` provider. */
export function settingsConnection({ enterpriseUrl, signInUrl }: GithubSettings): GithubConnection {
  if (!enterpriseUrl) return { baseUrl: GITHUB_API_URL, remoteHost: 'github.com', sessions: vscodeSessions(() => 'github') };
  const mismatch = enterpriseMismatch(enterpriseUrl, signInUrl);
  const sessions = mismatch ? refusedSessions(mismatch) : vscodeSessions(() => 'github-enterprise');
  return {
    baseUrl: enterpriseApiUrl(enterpriseUrl),
    remoteHost: new URL(enterpriseUrl).hostname,
    sessions,
    refusal: mismatch ?? undefined,
  };
}

/**
 * Connects again whenever the settings name another GitHub than `current`, or change whether its
 * sign-in may be used; other GitHub settings leave the connection as it is.
 */
export function followSettings(
  settings: Settings,
  current: GithubConnection,
  connect: (connection: GithubConnection) => Promise<void>,
): vscode.Disposable {
  return settings.onDidChangeGithub(() => {
    const next = settingsConnection(settings.github);
    if (next.baseUrl === current.baseUrl && next.refusal === current.refusal) return;
    current = next;
    void connect(next);
  });
}
