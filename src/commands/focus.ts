// The focus commands that ask or tell something: Start Focus (how long?) and the focus summary.
import * as vscode from 'vscode';
import { COMMANDS } from '../constants';
import { focusMinutes, MAX_FOCUS_MINUTES } from '../core/focus/block';
import type { CommandContext } from './context';

/** The length of a new focus block: the default first, the usual lengths, or any number of minutes. */
async function pickFocusMinutes(ctx: CommandContext): Promise<number | undefined> {
  const preset = [ctx.focus.defaultMinutes, ...[25, 50, 90].filter((m) => m !== ctx.focus.defaultMinutes)];
  const custom = vscode.l10n.t('$(edit) Custom…');
  const picked = await vscode.window.showQuickPick(
    [
      ...preset.map((m, i) => ({
        label: vscode.l10n.t('{0} minutes', m),
        minutes: m,
        description: i === 0 ? vscode.l10n.t('default') : '',
      })),
      { label: custom, minutes: 0, description: '' },
    ],
    {
      title: ctx.focus.focusing()
        ? vscode.l10n.t('Focus for how long from now? (the running block gets a new end)')
        : vscode.l10n.t('Focus for how long?'),
    },
  );
  if (!picked) return undefined;
  if (picked.label !== custom) return picked.minutes;
  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('Focus block length'),
    prompt: vscode.l10n.t('Minutes, from 1 to {0}.', MAX_FOCUS_MINUTES),
    validateInput: (v) => (focusMinutes(v) === null ? vscode.l10n.t('A whole number of minutes from 1 to {0}.', MAX_FOCUS_MINUTES) : null),
  });
  return focusMinutes(typed) ?? undefined;
}

/** Starts a block of `given` minutes (tests, keybindings) or of the length the user picks. */
export async function startFocus(ctx: CommandContext, given: unknown): Promise<boolean> {
  const minutes = given === undefined ? await pickFocusMinutes(ctx) : focusMinutes(given);
  if (!minutes) return false;
  await ctx.focus.start(minutes);
  return true;
}

/**
 * Today's focus time, with a button to start or end a block, in a modal dialog: while Do Not
 * Disturb is on (a focus block turns it on) VS Code puts information notifications straight into
 * the notification centre, so a notification would show nothing on screen. The user asked for the
 * summary, so a dialog interrupts nothing.
 */
export function showFocusSummary(ctx: CommandContext): string {
  const text = ctx.focus.summary();
  const action = ctx.focus.focusing()
    ? { title: vscode.l10n.t('End Focus'), command: COMMANDS.endFocus }
    : { title: vscode.l10n.t('Start Focus'), command: COMMANDS.startFocus };
  void ctx.questions
    .tell(text, { modal: true }, action.title)
    .then((picked) => picked === action.title && vscode.commands.executeCommand(action.command));
  return text;
}
