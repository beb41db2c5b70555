// Set Who I Am: the handle the Requests view and the reminders take for "me".
import * as vscode from 'vscode';
import { SETTINGS, settingId } from '../constants';
import { pickText } from '../core/common/text';
import { handleProblem } from '../core/team/handles';
import type { MeSource } from '../core/team/me';
import type { CommandContext } from './context';

const SOURCES: Record<MeSource, string> = {
  setting: `the ${settingId(SETTINGS.me)} setting`,
  github: 'your GitHub login',
  git: 'your git user',
};

/**
 * Sets who "me" is: the handle given (tests, keybindings), or one picked from the team or typed.
 * The current me comes first (so it is the one selected) and says where it came from.
 */
export async function setMe(ctx: CommandContext, given?: unknown): Promise<void> {
  let handle = typeof given === 'string' ? given : undefined;
  if (handle === undefined) {
    const me = ctx.meTracker.current();
    const now = me ? `you now, from ${SOURCES[me.source]}` : '';
    const isMe = (h: string) => me !== null && h.toLowerCase() === me.handle.toLowerCase();
    type Item = vscode.QuickPickItem & { handle: string | null };
    const team = ctx.meTracker.team().map((m): Item => ({
      label: pickText(m.handle),
      handle: m.handle,
      description: pickText([isMe(m.handle) ? now : '', m.name, m.timezone].filter(Boolean).join(' · ')),
    }));
    const current = team.filter((m) => isMe(m.handle!));
    if (me && current.length === 0)
      current.push({ label: pickText(me.handle), handle: me.handle, description: `${now} (not in the team list)` });
    const other = '$(edit) Another handle…';
    const picked = await ctx.questions.pick(
      [...current, ...team.filter((m) => !current.includes(m)), { label: other, handle: null, description: '' }],
      {
        title: 'Who are you? (as written in owner fields)',
        placeHolder: me ? `You are @${pickText(me.handle)}, from ${SOURCES[me.source]}` : 'Async Work does not know who you are yet',
      },
    );
    if (!picked) return;
    handle = picked.handle ?? (await vscode.window.showInputBox({ title: 'Your handle', value: me?.handle, validateInput: handleProblem }));
    if (!handle) return;
  }
  const problem = handleProblem(handle);
  if (problem) {
    void vscode.window.showWarningMessage(`Set Who I Am: ${JSON.stringify(handle)} is not a handle. ${problem}`);
    return;
  }
  await ctx.settings.setMe(handle);
}
