// What New Request, New Meeting Notes and New Decision ask alike: the workspace folder to write in
// and the owner.
import * as vscode from 'vscode';
import { pickText } from '../core/common/text';
import { handleProblem } from '../core/team/handles';
import { scheduleFor } from '../core/team/members';
import { localTime } from '../core/time/workingTime';
import type { TeamConfig } from '../core/team/config';

/** What the commands can be given instead of asking (other commands, tests). */
export interface WhereArgs {
  /** The name of the workspace folder to write in. */
  workspaceFolder?: string;
}

/** The folder to write in; none (and a message) in an untrusted workspace, where Async Work only reads. */
export async function writableFolder(command: string, given: string | undefined): Promise<vscode.WorkspaceFolder | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(`${command}: Async Work does not write files in an untrusted workspace.`);
    return undefined;
  }
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(`${command}: open a folder first.`);
    return undefined;
  }
  if (given !== undefined) {
    const named = folders.find((f) => f.name === given);
    if (!named) void vscode.window.showWarningMessage(`${command}: there is no workspace folder named "${given}".`);
    return named;
  }
  return targetFolder(command, folders);
}

/** The active editor's workspace folder, the only one, or the one the user picks. */
async function targetFolder(command: string, folders: readonly vscode.WorkspaceFolder[]): Promise<vscode.WorkspaceFolder | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const mine = active && vscode.workspace.getWorkspaceFolder(active);
  if (mine) return mine;
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: `${command}: which workspace folder?` });
}

/** The first configured folder that is a plain path (globs cannot name a new file's place). */
export function recordFolder(folders: string[], fallback: string): string {
  return folders.find((f) => !/[*?[\]{}]/.test(f)) ?? fallback;
}

/** The owner: given (refused with a message when it is not a handle), picked from the team, or typed. */
export async function pickOwner(command: string, config: TeamConfig, now: Date, given: string | undefined): Promise<string | undefined> {
  if (given !== undefined) {
    const problem = handleProblem(given);
    if (!problem) return given.trim().replace(/^@/, '');
    void vscode.window.showWarningMessage(`${command}: the owner ${JSON.stringify(given)} is not a handle. ${problem}`);
    return undefined;
  }
  if (config.team.length === 0) {
    const typed = await vscode.window.showInputBox({
      title: 'Owner',
      prompt: 'The one person who owns this (a handle).',
      validateInput: handleProblem,
    });
    return typed?.trim().replace(/^@/, '');
  }
  const picked = await vscode.window.showQuickPick(
    config.team.map((m) => {
      const local = localTime(now, scheduleFor(config, m.handle));
      return {
        label: pickText(m.handle),
        handle: m.handle,
        description: pickText(m.name ?? ''),
        detail: pickText(`${m.timezone}, ${local.weekday} ${local.time} now (${local.working ? 'working' : 'off'})`),
      };
    }),
    { title: 'Owner (exactly one)', matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.handle;
}
