// Set Who I Am: the handle the Requests view and the reminders take for "me".
import * as vscode from 'vscode';
import { SETTINGS, settingId } from '../constants';
import { pickText } from '../core/common/text';
import { handleProblem } from '../core/team/handles';
import type { MeSource } from '../core/team/me';
import type { CommandContext } from './context';

function sourceText(source: MeSource): string {
  switch (source) {
    case 'setting':
      return vscode.l10n.t('the {0} setting', settingId(SETTINGS.me));
    case 'github':
      return vscode.l10n.t('your GitHub login');
    case 'git':
      return vscode.l10n.t('your git user');
  }
}

/**
 * Sets who "me" is: the handle given (tests, keybindings), or one picked from the team or typed.
 * The current me comes first (so it is the one selected) and says where it came from.
 */
export async function setMe(ctx: CommandContext, given?: unknown): Promise<void> {
  let handle = typeof given === 'string' ? given : undefined;
  if (handle === undefined) {
    const me = ctx.meTracker.current();
    const now = me ? vscode.l10n.t('you now, from {0}', sourceText(me.source)) : '';
    const isMe = (h: string) => me !== null && h.toLowerCase() === me.handle.toLowerCase();
    type Item = vscode.QuickPickItem & { handle: string | null };
    const team = ctx.meTracker.team().map((m): Item => ({
      label: pickText(m.handle),
      handle: m.handle,
      description: pickText([isMe(m.handle) ? now : '', m.name, m.timezone].filter(Boolean).join(' · ')),
    }));
    const current = team.filter((m) => isMe(m.handle!));
    if (me && current.length === 0)
      current.push({ label: pickText(me.handle), handle: me.handle, description: vscode.l10n.t('{0} (not in the team list)', now) });
    const other = vscode.l10n.t('$(edit) Another handle…');
    const picked = await ctx.questions.pick(
      [...current, ...team.filter((m) => !current.includes(m)), { label: other, handle: null, description: '' }],
      {
        title: vscode.l10n.t('Who are you? (as written in owner fields)'),
        placeHolder: me
          ? vscode.l10n.t('You are @{0}, from {1}', pickText(me.handle), sourceText(me.source))
          : vscode.l10n.t('Async Work does not know who you are yet'),
      },
    );
    if (!picked) return;
    handle =
      picked.handle ??
      (await vscode.window.showInputBox({ title: vscode.l10n.t('Your handle'), value: me?.handle, validateInput: handleProblem }));
    if (!handle) return;
  }
  const problem = handleProblem(handle);
  if (problem) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Set Who I Am: {0} is not a handle. {1}', JSON.stringify(handle), problem));
    return;
  }
  await ctx.settings.setMe(handle);
}
