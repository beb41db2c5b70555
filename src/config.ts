// The extension's settings, read in one place and re-read when they change.
import * as vscode from 'vscode';
import { SETTINGS } from './constants';

export interface Settings {
  /** Who "me" is: a team handle; empty means detect it. */
  me: string;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SETTINGS.section, scope);
  return {
    me: c.get<string>(SETTINGS.me, '').trim().replace(/^@/, ''),
  };
}

/** Calls `listener` whenever an Async Work setting changes. */
export function onSettingsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SETTINGS.section)) listener();
  });
}
