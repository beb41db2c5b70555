// The command table: every command the extension contributes, by the id package.json uses.
import { addHours } from 'date-fns';
import * as vscode from 'vscode';
import type { Ask } from './ask';
import type { Clock } from './clock';
import { SETTINGS, COMMANDS, type CommandId } from './constants';
import { setFieldInText, toggleActionEdit } from './core/records/edits';
import { focusMinutes, MAX_FOCUS_MINUTES } from './core/focus/block';
import { markdownLink } from './core/records/links';
import { handleProblem } from './core/team/handles';
import { parseRecord } from './core/records/parseRecord';
import { pickText, shownText } from './core/common/text';
import { actionKey, type GithubRow, type RecordRow, type RequestRow } from './core/requests/groups';
import { nextWorkingMorning } from './core/time/workingTime';
import { scheduleFor } from './core/team/members';
import type { FocusMode } from './focus/focusMode';
import type { GithubService } from './github/service';
import type { Log } from './log';
import type { RequestNode } from './views/requestsView';
import { decide, extendCommentPeriod, supersede } from './workspace/decisions';
import {
  newDecision,
  newMeeting,
  newRequest,
  type NewDecisionArgs,
  type NewMeetingArgs,
  type NewRequestArgs,
} from './workspace/newRecords';
import { editRecordFile } from './workspace/recordEdits';
import type { Snoozes } from './workspace/snoozes';
import { recordFor, type RecordStore, type StoredRecord } from './workspace/store';
import type { WhoAmI } from './workspace/whoAmI';

/** What the commands work with; built once by the composition root. */
export interface CommandContext {
  store: RecordStore;
  log: Log;
  whoAmI: WhoAmI;
  snoozes: Snoozes;
  clock: Clock;
  ask: Ask;
  focus: FocusMode;
  github: GithubService;
}

// Handlers receive whatever VS Code passes (tree nodes, URIs); each checks what it uses.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CommandHandler = (...args: any[]) => unknown;

type RowNode<R> = Extract<RequestNode, { kind: 'row' }> & { row: R };

function rowOf(arg: unknown): RequestRow<StoredRecord> | null {
  return typeof arg === 'object' && arg !== null && (arg as RequestNode).kind === 'row'
    ? (arg as RowNode<RequestRow<StoredRecord>>).row
    : null;
}

/** A Requests row for a record. */
function isRow(arg: unknown): arg is RowNode<RecordRow<StoredRecord>> {
  const row = rowOf(arg);
  return row !== null && row.kind !== 'github';
}

/** A Requests row for a GitHub item. */
function isGithubRow(arg: unknown): arg is RowNode<GithubRow> {
  return rowOf(arg)?.kind === 'github';
}

async function setStatus(ctx: CommandContext, arg: unknown, status: 'answered' | 'done', label: string): Promise<boolean> {
  const stored = recordFor(ctx.store, arg);
  if (!stored || stored.record.type !== 'request') {
    void vscode.window.showWarningMessage(`${label}: choose a request.`);
    return false;
  }
  const done = await editRecordFile(stored.uri, label, (text) => [setFieldInText(text, 'status', status)]);
  if (done) ctx.log.info('requests', `${stored.record.path}: status ${status}`);
  return done;
}

async function snooze(ctx: CommandContext, arg: unknown, until?: string): Promise<boolean> {
  if (!isRow(arg) && !isGithubRow(arg)) return false;
  const now = ctx.clock.now();
  let at: Date | undefined = until ? new Date(until) : undefined;
  if (!at) {
    const me = ctx.whoAmI.current();
    const config = isRow(arg) ? ctx.store.config(arg.row.item.folder).config : ctx.store.primaryConfig();
    const morning = nextWorkingMorning(now, scheduleFor(config, me?.handle ?? null));
    const picks: { label: string; until: Date | null }[] = [
      { label: 'For 1 hour', until: addHours(now, 1) },
      { label: 'For 4 hours', until: addHours(now, 4) },
      ...(morning ? [{ label: 'Until the next working morning', until: morning }] : []),
      { label: 'Until a date and time…', until: null },
    ];
    const picked = await vscode.window.showQuickPick(
      picks.map((p) => ({ ...p, description: p.until?.toLocaleString() ?? '' })),
      { title: `Snooze "${shownText(arg.row.label)}"` },
    );
    if (!picked) return false;
    if (picked.until) at = picked.until;
    else {
      const typed = await vscode.window.showInputBox({
        title: 'Snooze until',
        prompt: 'A date and time, such as 2026-12-01T09:00 (your local time) or with an offset.',
        validateInput: (v) => (Number.isNaN(new Date(v).getTime()) ? 'Not a date and time.' : null),
      });
      if (!typed) return false;
      at = new Date(typed);
    }
  }
  if (Number.isNaN(at.getTime())) return false;
  await ctx.snoozes.snooze(arg.row.key, at, now);
  return true;
}

async function toggleActionItem(ctx: CommandContext, arg: unknown): Promise<boolean> {
  if (!isRow(arg) || !arg.row.action) return false;
  const { uri, folder, record } = arg.row.item;
  const line = arg.row.action.line;
  return editRecordFile(
    uri,
    'Toggle action item',
    (text) => {
      // The row may be older than the file: toggle only if that line still holds the same item.
      const current = parseRecord(record.type, record.path, text, ctx.store.config(folder).config).actions.find((a) => a.line === line);
      if (!current || actionKey(uri.toString(), current) !== arg.row.key || current.text !== arg.row.action?.text) {
        void vscode.window.showWarningMessage('Toggle action item: the file changed; refresh the view and try again.');
        return null;
      }
      return [toggleActionEdit(current)];
    },
    true,
  );
}

async function setMe(ctx: CommandContext, given?: string): Promise<void> {
  let handle = given;
  if (handle === undefined) {
    const team = ctx.whoAmI.team();
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
  const config = vscode.workspace.getConfiguration(SETTINGS.section);
  // A workspace value would hide a user one, so change it where it is set.
  const target =
    config.inspect(SETTINGS.me)?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update(SETTINGS.me, handle.trim().replace(/^@/, ''), target);
}

/** The length of a new focus block: the default first, the usual lengths, or any number of minutes. */
async function pickFocusMinutes(ctx: CommandContext): Promise<number | undefined> {
  const preset = [ctx.focus.defaultMinutes, ...[25, 50, 90].filter((m) => m !== ctx.focus.defaultMinutes)];
  const custom = '$(edit) Custom…';
  const picked = await vscode.window.showQuickPick(
    [
      ...preset.map((m, i) => ({ label: `${m} minutes`, minutes: m, description: i === 0 ? 'default' : '' })),
      { label: custom, minutes: 0, description: '' },
    ],
    { title: ctx.focus.focusing() ? 'Focus for how long from now? (the running block gets a new end)' : 'Focus for how long?' },
  );
  if (!picked) return undefined;
  if (picked.label !== custom) return picked.minutes;
  const typed = await vscode.window.showInputBox({
    title: 'Focus block length',
    prompt: `Minutes, from 1 to ${MAX_FOCUS_MINUTES}.`,
    validateInput: (v) => (focusMinutes(v) === null ? `A whole number of minutes from 1 to ${MAX_FOCUS_MINUTES}.` : null),
  });
  return focusMinutes(typed) ?? undefined;
}

/** Starts a block of `given` minutes (tests, keybindings) or of the length the user picks. */
async function startFocus(ctx: CommandContext, given: unknown): Promise<boolean> {
  const minutes = given === undefined ? await pickFocusMinutes(ctx) : focusMinutes(given);
  if (!minutes) return false;
  await ctx.focus.start(minutes);
  return true;
}

function showFocusSummary(ctx: CommandContext): string {
  const text = ctx.focus.summary();
  const action = ctx.focus.focusing()
    ? { title: 'End Focus', command: COMMANDS.endFocus }
    : { title: 'Start Focus', command: COMMANDS.startFocus };
  void vscode.window.showInformationMessage(text, action.title).then((picked) => picked && vscode.commands.executeCommand(action.command));
  return text;
}

export function createCommands(ctx: CommandContext): Record<CommandId, CommandHandler> {
  return {
    [COMMANDS.refresh]: async () => {
      await Promise.all([ctx.store.refresh(), ctx.github.refresh()]);
    },
    [COMMANDS.showLog]: () => ctx.log.show(),
    [COMMANDS.newRequest]: (args?: NewRequestArgs) => newRequest(ctx, args),
    [COMMANDS.newMeeting]: (args?: NewMeetingArgs) => newMeeting(ctx, args),
    [COMMANDS.setMe]: (handle?: string) => setMe(ctx, typeof handle === 'string' ? handle : undefined),
    [COMMANDS.markAnswered]: (arg?: unknown) => setStatus(ctx, arg, 'answered', 'Mark answered'),
    [COMMANDS.markDone]: (arg?: unknown) => setStatus(ctx, arg, 'done', 'Mark done'),
    // From a menu the second argument is the list of selected rows, not a time.
    [COMMANDS.snooze]: (arg?: unknown, until?: unknown) => snooze(ctx, arg, typeof until === 'string' ? until : undefined),
    [COMMANDS.copyLink]: async (arg?: unknown) => {
      if (isGithubRow(arg)) return vscode.env.clipboard.writeText(markdownLink(arg.row.github.title, arg.row.github.url));
      const stored = recordFor(ctx.store, arg);
      if (!stored) return;
      const line = isRow(arg) && arg.row.action ? `#L${arg.row.action.line + 1}` : '';
      await vscode.env.clipboard.writeText(markdownLink(stored.record.title, `${stored.record.path}${line}`));
    },
    [COMMANDS.toggleActionItem]: (arg?: unknown) => toggleActionItem(ctx, arg),
    [COMMANDS.newDecision]: (args?: NewDecisionArgs) => newDecision(ctx, args),
    [COMMANDS.acceptDecision]: (arg?: unknown) => decide(ctx, arg, 'accepted', 'Accept'),
    [COMMANDS.rejectDecision]: (arg?: unknown) => decide(ctx, arg, 'rejected', 'Reject'),
    [COMMANDS.deprecateDecision]: (arg?: unknown) => decide(ctx, arg, 'deprecated', 'Deprecate'),
    // From a menu the second argument is the list of selected rows, not the successor.
    [COMMANDS.supersedeDecision]: (arg?: unknown, successor?: unknown) => supersede(ctx, arg, successor),
    [COMMANDS.extendCommentPeriod]: (arg?: unknown, days?: unknown) => extendCommentPeriod(ctx, arg, days),
    [COMMANDS.startFocus]: (minutes?: unknown) => startFocus(ctx, minutes),
    [COMMANDS.endFocus]: () => ctx.focus.end(),
    [COMMANDS.toggleFocus]: () => ctx.focus.toggle(),
    [COMMANDS.showFocusSummary]: () => showFocusSummary(ctx),
    [COMMANDS.signInToGithub]: () => ctx.github.signIn(),
    [COMMANDS.openOnGithub]: async (arg?: unknown) => {
      if (!isGithubRow(arg)) return false;
      return vscode.env.openExternal(vscode.Uri.parse(arg.row.github.url));
    },
  };
}
