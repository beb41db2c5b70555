// What New Request, New Meeting Notes, New Decision and New Handbook Page ask alike: the workspace
// folder to write in, the title and the owner.
import * as vscode from 'vscode';
import { pickText } from '../core/common/text';
import { handleProblem } from '../core/team/handles';
import { scheduleFor } from '../core/team/members';
import { localTime } from '../core/time/workingTime';
import type { TeamConfig } from '../core/team/config';
import type { Questions } from '../questions';

/** What the commands can be given instead of asking (other commands, tests). */
export interface WhereArgs {
  /** The name of the workspace folder to write in. */
  workspaceFolder?: string;
}

/** The folder to write in; none (and a message) in an untrusted workspace, where Async Work only reads. */
export async function writableFolder(command: string, given: string | undefined): Promise<vscode.WorkspaceFolder | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0}: Async Work does not write files in an untrusted workspace.', command));
    return undefined;
  }
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0}: open a folder first.', command));
    return undefined;
  }
  if (given !== undefined) {
    const named = folders.find((f) => f.name === given);
    if (!named) void vscode.window.showWarningMessage(vscode.l10n.t('{0}: there is no workspace folder named "{1}".', command, given));
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
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('{0}: which workspace folder?', command) });
}

/** The first configured folder that is a plain path (globs cannot name a new file's place). */
export function recordFolder(folders: string[], fallback: string): string {
  return folders.find((f) => !/[*?[\]{}]/.test(f)) ?? fallback;
}

/** The owner: given (refused with a message when it is not a handle), picked from the team, or typed. */
/** The title `given`, else asked for with `prompt`; undefined when none is given. */
export async function askTitle(
  questions: Questions,
  command: string,
  prompt: string,
  given: string | undefined,
): Promise<string | undefined> {
  const title =
    given ??
    (await questions.input({ title: command, prompt, validateInput: (v) => (v.trim() ? null : vscode.l10n.t('A title is needed.')) }));
  return title?.trim() ? title : undefined;
}

export async function pickOwner(command: string, config: TeamConfig, now: Date, given: string | undefined): Promise<string | undefined> {
  if (given !== undefined) {
    const problem = handleProblem(given);
    if (!problem) return given.trim().replace(/^@/, '');
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0}: the owner {1} is not a handle. {2}', command, JSON.stringify(given), problem),
    );
    return undefined;
  }
  if (config.team.length === 0) {
    const typed = await vscode.window.showInputBox({
      title: vscode.l10n.t('Owner'),
      prompt: vscode.l10n.t('The one person who owns this (a handle).'),
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
        detail: pickText(
          local.working
            ? vscode.l10n.t('{0}, {1} {2} now (working)', m.timezone, local.weekday, local.time)
            : vscode.l10n.t('{0}, {1} {2} now (off)', m.timezone, local.weekday, local.time),
        ),
      };
    }),
    { title: vscode.l10n.t('Owner (exactly one)'), matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.handle;
}
