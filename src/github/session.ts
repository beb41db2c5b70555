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
  /** Fires when accounts are signed in or out. */
  readonly onDidChange: vscode.Event<void>;
}

/** Read access to the repositories (private ones included) and to the teams that reviews are requested from. */
export const GITHUB_SCOPES = ['repo', 'read:org'];

/** VS Code's built-in `github` (or `github-enterprise`) authentication provider. */
export function vscodeSessions(provider: () => 'github' | 'github-enterprise'): SessionSource {
  return {
    async get(interactive) {
      const options: vscode.AuthenticationGetSessionOptions = interactive ? { createIfNone: true } : { silent: true };
      const session = await vscode.authentication.getSession(provider(), GITHUB_SCOPES, options);
      return session ? { token: session.accessToken, login: session.account.label } : null;
    },
    onDidChange: (listener, thisArgs, disposables) =>
      vscode.authentication.onDidChangeSessions((e) => e.provider.id === provider() && listener.call(thisArgs, undefined), undefined, disposables),
  };
}
