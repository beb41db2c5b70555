// The extension's settings, read in one place and re-read when they change.
import * as vscode from 'vscode';
import { SETTINGS } from './constants';
import { DEFAULT_FOCUS_MINUTES, focusMinutes } from './core/focus/block';
import { pollMinutes } from './core/github/poll';

export interface Settings {
  /** Who "me" is: a team handle; empty means detect it. */
  me: string;
  focus: {
    /** Minutes of a block started from the status bar. */
    defaultMinutes: number;
    /** Scheduled blocks as written, such as "mon-fri 09:00-11:00"; empty for none. */
    schedule: string;
    /** Set the GitHub status to busy during a block. */
    githubStatus: boolean;
  };
  github: {
    /** A GitHub Enterprise Server address; empty means github.com. Only the user's own setting counts. */
    enterpriseUrl: string;
    /** Look in the repositories of the open workspace, or everywhere. */
    scope: 'workspace' | 'all';
    /** Minutes between refreshes, never fewer than 2. */
    pollMinutes: number;
  };
}

/** The Enterprise address from the user's settings only: a workspace or repository file never chooses where the token goes. */
function enterpriseUrl(c: vscode.WorkspaceConfiguration): string {
  const value = c.inspect<string>(SETTINGS.githubEnterpriseUrl)?.globalValue;
  if (typeof value !== 'string' || !value.trim()) return '';
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' ? url.origin : '';
  } catch {
    return '';
  }
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SETTINGS.section, scope);
  return {
    me: c.get<string>(SETTINGS.me, '').trim().replace(/^@/, ''),
    focus: {
      defaultMinutes: focusMinutes(c.get<number>(SETTINGS.focusDefaultMinutes, DEFAULT_FOCUS_MINUTES)) ?? DEFAULT_FOCUS_MINUTES,
      schedule: c.get<string>(SETTINGS.focusSchedule, '').trim(),
      githubStatus: c.get<boolean>(SETTINGS.focusGithubStatus, false) === true,
    },
    github: {
      enterpriseUrl: enterpriseUrl(c),
      scope: c.get<string>(SETTINGS.githubScope) === 'all' ? 'all' : 'workspace',
      pollMinutes: pollMinutes(c.get<number>(SETTINGS.githubPollMinutes)),
    },
  };
}

/** Calls `listener` whenever an Async Work setting changes. */
export function onSettingsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SETTINGS.section)) listener();
  });
}
