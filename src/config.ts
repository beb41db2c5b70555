// The extension's settings, read in one place and re-read when they change.
import * as vscode from 'vscode';
import { SETTINGS } from './constants';
import { DEFAULT_FOCUS_MINUTES, focusMinutes } from './core/focus';

export interface Settings {
  /** Who "me" is: a team handle; empty means detect it. */
  me: string;
  focus: {
    /** Minutes of a block started from the status bar. */
    defaultMinutes: number;
    /** Scheduled blocks as written, such as "mon-fri 09:00-11:00"; empty for none. */
    schedule: string;
  };
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SETTINGS.section, scope);
  return {
    me: c.get<string>(SETTINGS.me, '').trim().replace(/^@/, ''),
    focus: {
      defaultMinutes: focusMinutes(c.get<number>(SETTINGS.focusDefaultMinutes, DEFAULT_FOCUS_MINUTES)) ?? DEFAULT_FOCUS_MINUTES,
      schedule: c.get<string>(SETTINGS.focusSchedule, '').trim(),
    },
  };
}

/** Calls `listener` whenever an Async Work setting changes. */
export function onSettingsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SETTINGS.section)) listener();
  });
}
