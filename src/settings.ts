// The extension's settings: one object, read live, with an event per section so each part follows
// only the settings it uses. Setting ids come from SETTINGS alone.
import * as vscode from 'vscode';
import { SETTINGS, settingId, type SettingKey } from './constants';
import { DEFAULT_FOCUS_MINUTES, focusMinutes } from './core/focus/block';
import { pollMinutes } from './core/github/poll';

export interface FocusSettings {
  /** Minutes of a block started from the status bar. */
  defaultMinutes: number;
  /** Scheduled blocks as written, such as "mon-fri 09:00-11:00"; empty for none. */
  schedule: string;
  /** Set the GitHub status to busy during a block. */
  githubStatus: boolean;
}

export interface GithubSettings {
  /** A GitHub Enterprise Server address; empty means github.com. Only the user's own setting counts. */
  enterpriseUrl: string;
  /** The server of VS Code's own GitHub Enterprise sign-in (`github-enterprise.uri`), if set. */
  signInUrl: string | undefined;
  /** Look in the repositories of the open workspace, or everywhere. */
  scope: 'workspace' | 'all';
  /** Minutes between refreshes, never fewer than 2. */
  pollMinutes: number;
}

export interface ProblemsSettings {
  /** How many records not open in an editor show their problems; 0 for none. */
  maxRecords: number;
}

/** The default of `asyncWork.problems.maxRecords`. */
const DEFAULT_MAX_PROBLEM_RECORDS = 1000;

/** VS Code's own setting: its GitHub Enterprise sign-in issues tokens for that server only. */
const SIGN_IN_URL = { section: 'github-enterprise', key: 'uri' } as const;

type Section = 'me' | 'focus' | 'github' | 'problems';

/** What each section's event follows: its settings, and for GitHub VS Code's sign-in address as well. */
const SECTIONS: Record<Section, { keys: readonly SettingKey[]; others: readonly string[] }> = {
  me: { keys: [SETTINGS.me], others: [] },
  focus: { keys: [SETTINGS.focusDefaultMinutes, SETTINGS.focusSchedule, SETTINGS.focusGithubStatus], others: [] },
  github: {
    keys: [SETTINGS.githubEnterpriseUrl, SETTINGS.githubScope, SETTINGS.githubPollMinutes],
    others: [`${SIGN_IN_URL.section}.${SIGN_IN_URL.key}`],
  },
  problems: { keys: [SETTINGS.problemsMaxRecords], others: [] },
};

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

export class Settings implements vscode.Disposable {
  private readonly changed: Record<Section, vscode.EventEmitter<void>> = {
    me: new vscode.EventEmitter<void>(),
    focus: new vscode.EventEmitter<void>(),
    github: new vscode.EventEmitter<void>(),
    problems: new vscode.EventEmitter<void>(),
  };
  /** `asyncWork.me` changed. */
  readonly onDidChangeMe = this.changed.me.event;
  /** A focus setting changed. */
  readonly onDidChangeFocus = this.changed.focus.event;
  /** A GitHub setting changed, or VS Code's GitHub Enterprise sign-in address. */
  readonly onDidChangeGithub = this.changed.github.event;
  /** `asyncWork.problems.maxRecords` changed. */
  readonly onDidChangeProblems = this.changed.problems.event;
  private readonly listener: vscode.Disposable;

  constructor() {
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      for (const section of Object.keys(SECTIONS) as Section[]) {
        const { keys, others } = SECTIONS[section];
        if ([...keys.map(settingId), ...others].some((id) => e.affectsConfiguration(id))) this.changed[section].fire();
      }
    });
  }

  /** Who "me" is: a team handle; empty means detect it. */
  get me(): string {
    return this.config().get<string>(SETTINGS.me, '').trim().replace(/^@/, '');
  }

  get focus(): FocusSettings {
    const c = this.config();
    return {
      defaultMinutes: focusMinutes(c.get<number>(SETTINGS.focusDefaultMinutes, DEFAULT_FOCUS_MINUTES)) ?? DEFAULT_FOCUS_MINUTES,
      schedule: c.get<string>(SETTINGS.focusSchedule, '').trim(),
      githubStatus: c.get<boolean>(SETTINGS.focusGithubStatus, false) === true,
    };
  }

  get github(): GithubSettings {
    const c = this.config();
    return {
      enterpriseUrl: enterpriseUrl(c),
      signInUrl: vscode.workspace.getConfiguration(SIGN_IN_URL.section).get<string>(SIGN_IN_URL.key),
      scope: c.get<string>(SETTINGS.githubScope) === 'all' ? 'all' : 'workspace',
      pollMinutes: pollMinutes(c.get<number>(SETTINGS.githubPollMinutes)),
    };
  }

  get problems(): ProblemsSettings {
    const value = this.config().get<number>(SETTINGS.problemsMaxRecords, DEFAULT_MAX_PROBLEM_RECORDS);
    return {
      maxRecords: typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : DEFAULT_MAX_PROBLEM_RECORDS,
    };
  }

  /** Sets who "me" is (Set Who I Am). A workspace value would hide a user one, so it changes where it is set. */
  async setMe(handle: string): Promise<void> {
    const c = this.config();
    const target =
      c.inspect(SETTINGS.me)?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await c.update(SETTINGS.me, handle.trim().replace(/^@/, ''), target);
  }

  private config(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(SETTINGS.section);
  }

  dispose(): void {
    this.listener.dispose();
    Object.values(this.changed).forEach((e) => e.dispose());
  }
}
