// Set Who I Am: the handle the Requests view and the reminders take for "me".
import * as vscode from 'vscode';
import { pickText } from '../core/common/text';
import { handleProblem } from '../core/team/handles';
import type { CommandContext } from './context';

/** Sets who "me" is: the handle given (tests, keybindings), or one picked from the team or typed. */
export async function setMe(ctx: CommandContext, given?: unknown): Promise<void> {
  let handle = typeof given === 'string' ? given : undefined;
  if (handle === undefined) {
    const team = ctx.meTracker.team();
    const other = '$(edit) Another handle…';
    const picked = await vscode.window.showQuickPick(
      [
        ...team.map((m) => ({
          label: pickText(m.handle),
          handle: m.handle,
          description: pickText([m.name, m.timezone].filter(Boolean).join(' · ')),
        })),
        { label: other, handle: null, description: '' },
      ],
      { title: 'Who are you? (as written in owner fields)' },
    );
    if (!picked) return;
    handle = picked.handle ?? (await vscode.window.showInputBox({ title: 'Your handle', validateInput: handleProblem }));
    if (!handle) return;
  }
  const problem = handleProblem(handle);
  if (problem) {
    void vscode.window.showWarningMessage(`Set Who I Am: ${JSON.stringify(handle)} is not a handle. ${problem}`);
    return;
  }
  await ctx.settings.setMe(handle);
}
