// Where the GitHub token comes from: VS Code's own GitHub sign-in, never a setting or a file. The
// integration tests hand the service another SessionSource through the test API.
import * as vscode from 'vscode';

export interface GithubSession {
  token: string;
  login: string;
}

export interface SessionSource {
  /** The signed-in account; with `interactive`, asks the user to sign in when there is none. */
  get(interactive: boolean): Promise<GithubSession | null>;
  /**
   * An account whose session has the `user` scope as well (to set the GitHub status); with `ask`,
   * asks the user for that scope when no session has it. Throws when the user declines.
   */
  withUserScope(ask: boolean): Promise<GithubSession | null>;
  /** Fires when accounts are signed in or out. */
  readonly onDidChange: vscode.Event<void>;
}

/** Read access to the repositories (private ones included) and to the teams that reviews are requested from. */
const GITHUB_SCOPES = ['repo', 'read:org'];
/** Changing the user's status: asked for only when the GitHub status of focus blocks is first used. */
const USER_SCOPE = 'user';

function fromVscode(session: vscode.AuthenticationSession | undefined): GithubSession | null {
  return session ? { token: session.accessToken, login: session.account.label } : null;
}

/** Thrown by a sign-in that Async Work will not use; its message says what to change. */
export class SignInRefused extends Error {}

/** A sign-in that cannot be used: every request for a session fails with `why`, nothing is asked. */
export function refusedSessions(why: string): SessionSource {
  const refuse = () => Promise.reject(new SignInRefused(why));
  return { get: refuse, withUserScope: refuse, onDidChange: () => ({ dispose() {} }) };
}

/** VS Code's built-in `github` (or `github-enterprise`) authentication provider. */
export function vscodeSessions(provider: () => 'github' | 'github-enterprise'): SessionSource {
  return {
    async get(interactive) {
      const options: vscode.AuthenticationGetSessionOptions = interactive ? { createIfNone: true } : { silent: true };
      return fromVscode(await vscode.authentication.getSession(provider(), GITHUB_SCOPES, options));
    },
    async withUserScope(ask) {
      const scopes = [...GITHUB_SCOPES, USER_SCOPE];
      const found = await vscode.authentication.getSession(provider(), scopes, { silent: true });
      if (found || !ask) return fromVscode(found);
      return fromVscode(await vscode.authentication.getSession(provider(), scopes, { createIfNone: true }));
    },
    onDidChange: (listener, thisArgs, disposables) =>
      vscode.authentication.onDidChangeSessions(
        (e) => e.provider.id === provider() && listener.call(thisArgs, undefined),
        undefined,
        disposables,
      ),
  };
}
