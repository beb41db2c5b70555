// The commands on requests, meetings and their action items: Mark answered and Mark done (with
// Undo), Snooze, Copy Link, Toggle action item, and New Request and New Meeting Notes (a few quick
// inputs, dates computed by core, a team template when there is one, the new file opened at its
// first empty section).
import { addHours } from 'date-fns';
import * as vscode from 'vscode';
import { shownText } from '../core/common/text';
import { replaceEdit, setFieldsInText, toggleActionEdit } from '../core/records/edits';
import { markdownLink } from '../core/records/links';
import { parseRecord } from '../core/records/parseRecord';
import { actionKey } from '../core/requests/groups';
import {
  checkNewDeadline,
  formatMeetingStart,
  newMeetingText,
  newRecordPath,
  newRequestText,
  parseMeetingStart,
  suggestedMeetingStart,
} from '../core/requests/newRecord';
import { scheduleFor } from '../core/team/members';
import { defaultReplyBy } from '../core/time/dueTimes';
import { humanTime, humanTimeFor } from '../core/time/humanTime';
import { formatRecordDateTime, formatRecordDay } from '../core/time/recordDates';
import { addWorkingTime, nextWorkingMorning } from '../core/time/workingTime';
import { freePath, template, writeAndOpen } from '../workspace/newFiles';
import { editRecordFile } from '../workspace/recordEdits';
import type { CommandContext } from './context';
import { askTitle, pickOwner, recordFolder, writableFolder, type WhereArgs } from './newRecord';
import { isGithubRow, isRecordRow, recordFor } from './target';

export interface NewRequestArgs extends WhereArgs {
  title?: string;
  owner?: string;
  deadline?: string;
}

export interface NewMeetingArgs extends WhereArgs {
  title?: string;
  owner?: string;
  /** `yyyy-MM-dd HH:mm` on the owner's clock. */
  date?: string;
  attendees?: string[];
}

/**
 * Mark answered, Mark done: the request's status, and `closed` (now, on my clock, which keeps it in
 * Recently closed for a week). Says what happened, with Undo.
 */
export async function setRequestStatus(ctx: CommandContext, arg: unknown, status: 'answered' | 'done'): Promise<boolean> {
  const label = status === 'answered' ? vscode.l10n.t('Mark answered') : vscode.l10n.t('Mark done');
  const stored = recordFor(ctx.store, arg);
  if (!stored || stored.record.type !== 'request') {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0}: choose a request.', label));
    return false;
  }
  const me = ctx.meTracker.current()?.handle ?? null;
  const closed = formatRecordDateTime(ctx.clock.now(), scheduleFor(ctx.store.config(stored.folder).config, me).timeZone);
  let before = '';
  const done = await editRecordFile(stored.uri, label, (text) => {
    before = text;
    return [
      setFieldsInText(text, [
        ['status', status],
        ['closed', closed],
      ]),
    ];
  });
  if (!done) return false;
  ctx.log.info('requests', `${stored.record.path}: status ${status}`);
  const after = (await vscode.workspace.openTextDocument(stored.uri)).getText();
  const title = shownText(stored.record.title);
  const marked = status === 'answered' ? vscode.l10n.t('Marked "{0}" answered.', title) : vscode.l10n.t('Marked "{0}" done.', title);
  const undo = vscode.l10n.t('Undo');
  void ctx.questions.tell(marked, {}, undo).then(async (choice) => {
    if (choice === undo && (await putBack(stored.uri, title, before, after)))
      ctx.log.info('requests', `${stored.record.path}: status ${status} undone`);
  });
  return true;
}

/** Puts back the text a status change replaced, unless the file changed since (then says so). */
function putBack(uri: vscode.Uri, title: string, before: string, after: string): Promise<boolean> {
  return editRecordFile(uri, vscode.l10n.t('Undo'), (text) => {
    if (text !== after) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Undo: "{0}" was changed since; nothing was put back.', title));
      return null;
    }
    return [replaceEdit(text, before)];
  });
}

/**
 * Hides a row until a time: given (tests, keybindings), or picked. From a menu the second argument
 * is the list of selected rows, not a time.
 */
export async function snooze(ctx: CommandContext, arg: unknown, given?: unknown): Promise<boolean> {
  if (!isRecordRow(arg) && !isGithubRow(arg)) return false;
  const until = typeof given === 'string' ? given : undefined;
  const now = ctx.clock.now();
  let at: Date | undefined = until ? new Date(until) : undefined;
  if (!at) {
    const me = ctx.meTracker.current();
    const config = isRecordRow(arg) ? ctx.store.config(arg.row.ref.folder).config : ctx.store.primaryConfig();
    const morning = nextWorkingMorning(now, scheduleFor(config, me?.handle ?? null));
    const picks: { label: string; until: Date | null }[] = [
      { label: vscode.l10n.t('For 1 hour'), until: addHours(now, 1) },
      { label: vscode.l10n.t('For 4 hours'), until: addHours(now, 4) },
      ...(morning ? [{ label: vscode.l10n.t('Until the next working morning'), until: morning }] : []),
      { label: vscode.l10n.t('Until a date and time…'), until: null },
    ];
    const picked = await vscode.window.showQuickPick(
      picks.map((p) => ({ ...p, description: p.until ? humanTime(p.until, ctx.meTracker.zone(), now) : '' })),
      { title: vscode.l10n.t('Snooze "{0}"', shownText(arg.row.label)) },
    );
    if (!picked) return false;
    if (picked.until) at = picked.until;
    else {
      const typed = await vscode.window.showInputBox({
        title: vscode.l10n.t('Snooze until'),
        prompt: vscode.l10n.t('A date and time, such as 2026-12-01T09:00 (your local time) or with an offset.'),
        validateInput: (v) => (Number.isNaN(new Date(v).getTime()) ? vscode.l10n.t('Not a date and time.') : null),
      });
      if (!typed) return false;
      at = new Date(typed);
    }
  }
  if (Number.isNaN(at.getTime())) return false;
  await ctx.snoozes.snooze(arg.row.key, at, now);
  return true;
}

/** Checks or unchecks an action item in its file. */
export async function toggleActionItem(ctx: CommandContext, arg: unknown): Promise<boolean> {
  if (!isRecordRow(arg) || !arg.row.action) return false;
  const { uri, folder, record } = arg.row.ref;
  const line = arg.row.action.line;
  return editRecordFile(
    uri,
    vscode.l10n.t('Toggle action item'),
    (text) => {
      // The row may be older than the file: toggle only if that line still holds the same item.
      const current = parseRecord(record.type, record.path, text, ctx.store.config(folder).config).actions.find((a) => a.line === line);
      if (!current || actionKey(uri.toString(), current) !== arg.row.key || current.text !== arg.row.action?.text) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Toggle action item: the file changed; refresh the view and try again.'));
        return null;
      }
      return [toggleActionEdit(current)];
    },
    true,
  );
}

/** A Markdown link to the record (at the action item's line) or to the GitHub item. */
export async function copyLink(ctx: CommandContext, arg: unknown): Promise<void> {
  if (isGithubRow(arg)) return vscode.env.clipboard.writeText(markdownLink(arg.row.github.title, arg.row.github.url));
  const stored = recordFor(ctx.store, arg);
  if (!stored) return;
  const line = isRecordRow(arg) && arg.row.action ? `#L${arg.row.action.line + 1}` : '';
  await vscode.env.clipboard.writeText(markdownLink(stored.record.title, `${stored.record.path}${line}`));
}

export async function newRequest(ctx: CommandContext, args: NewRequestArgs = {}): Promise<vscode.Uri | undefined> {
  const command = vscode.l10n.t('New Request');
  const folder = await writableFolder(command, args.workspaceFolder);
  if (!folder) return undefined;
  const { config } = ctx.store.config(folder);
  const now = ctx.clock.now();
  const title = await askTitle(ctx.questions, command, vscode.l10n.t('What do you need, in a few words?'), args.title);
  if (!title) return undefined;
  const owner = await pickOwner(command, config, now, args.owner);
  if (!owner) return undefined;
  const schedule = scheduleFor(config, owner);
  const replyBy = defaultReplyBy(now, config, owner);
  const suggested = replyBy ? addWorkingTime(replyBy, config.replyWithin, schedule) : null;
  const reader = ctx.meTracker.zone();
  const check = (v: string) => checkNewDeadline(v, { handle: owner, zone: schedule.timeZone }, replyBy, now, reader);
  const deadline =
    args.deadline ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('Deadline'),
      prompt: replyBy
        ? vscode.l10n.t(
            "By when is the answer needed (yyyy-MM-dd, end of that day for @{0} in {1})? Reply-by from the team's reply-within: {2}.",
            owner,
            schedule.timeZone,
            humanTimeFor(replyBy, reader, schedule.timeZone, now),
          )
        : vscode.l10n.t(
            "By when is the answer needed (yyyy-MM-dd, end of that day for @{0} in {1})? Reply-by from the team's reply-within: none.",
            owner,
            schedule.timeZone,
          ),
      value: suggested ? formatRecordDay(suggested, schedule.timeZone) : '',
      validateInput: (v) => {
        const found = check(v);
        if (!found) return null;
        const severity = found.severity === 'error' ? vscode.InputBoxValidationSeverity.Error : vscode.InputBoxValidationSeverity.Warning;
        return { message: found.message, severity };
      },
    }));
  if (!deadline) return undefined;
  // A deadline given by the caller is checked as a typed one would be.
  const found = check(deadline);
  if (found?.severity === 'error') {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0}: {1}', command, found.message));
    return undefined;
  }
  if (found && args.deadline !== undefined) void vscode.window.showWarningMessage(vscode.l10n.t('{0}: {1}', command, found.message));
  const me = ctx.meTracker.current()?.handle ?? null;
  const text = newRequestText(
    { title: title.trim(), owner, requester: me, deadline: deadline.trim() },
    now,
    config,
    await template(folder, 'request.md'),
  );
  const uri = await freePath(command, folder, (taken) =>
    newRecordPath(recordFolder(config.requests, 'docs/requests'), now, schedule.timeZone, title, taken),
  );
  if (!uri) return undefined;
  await writeAndOpen(uri, text);
  return uri;
}

export async function newMeeting(ctx: CommandContext, args: NewMeetingArgs = {}): Promise<vscode.Uri | undefined> {
  const command = vscode.l10n.t('New Meeting Notes');
  const folder = await writableFolder(command, args.workspaceFolder);
  if (!folder) return undefined;
  const { config } = ctx.store.config(folder);
  const now = ctx.clock.now();
  const title = await askTitle(ctx.questions, command, vscode.l10n.t('Title of the meeting'), args.title);
  if (!title) return undefined;
  const owner = await pickOwner(command, config, now, args.owner);
  if (!owner) return undefined;
  const zone = scheduleFor(config, owner).timeZone;
  const suggested = suggestedMeetingStart(now, config, owner);
  const raw =
    args.date ??
    (await ctx.questions.input({
      title: vscode.l10n.t('Meeting start'),
      prompt: vscode.l10n.t(
        "yyyy-MM-dd HH:mm on @{0}'s clock ({1}); the pre-read is due {2} before.",
        owner,
        zone,
        config.preReadBefore.raw,
      ),
      value: suggested ? formatMeetingStart(suggested, zone) : '',
      validateInput: (v) => (parseMeetingStart(v, zone) ? null : vscode.l10n.t('A date and time such as 2026-12-10 15:00.')),
    }));
  const date = raw ? parseMeetingStart(raw, zone) : null;
  if (!date) return undefined;
  const attendees = args.attendees ?? config.team.map((m) => m.handle);
  const text = newMeetingText({ title: title.trim(), owner, date, attendees }, config, await template(folder, 'meeting.md'));
  const uri = await freePath(command, folder, (taken) =>
    newRecordPath(recordFolder(config.meetings, 'docs/meetings'), date, zone, title, taken),
  );
  if (!uri) return undefined;
  await writeAndOpen(uri, text);
  return uri;
}
