// The New Request and New Meeting Notes commands: a few quick inputs, dates computed by core, a
// team template when there is one, and the new file opened with the cursor in the first empty section.
import * as vscode from 'vscode';
import type { Clock } from '../clock';
import type { TeamConfig } from '../core/team/config';
import { formatRecordDay, parseRecordDate } from '../core/time/recordDates';
import { parentFolder } from '../core/records/links';
import { handleProblem } from '../core/team/handles';
import { firstEmptySectionLine, newMeetingText, newRecordPath, newRequestText, parseMeetingStart } from '../core/requests/newRecord';
import { TEMPLATE_FOLDER } from '../core/records/templates';
import { folderFormat, newDecisionPath, newDecisionText, nextDecisionNumber } from '../core/decisions/newDecision';
import { pickText } from '../core/common/text';
import { isInsideFolder } from '../core/index/folders';
import type { DecisionRecord } from '../core/records/types';
import { insideRoot } from '../node/scan';
import { addWorkingTime, localTime } from '../core/time/workingTime';
import { defaultReplyBy } from '../core/time/dueTimes';
import { scheduleFor } from '../core/team/members';
import { readText } from './files';
import type { RecordStore } from './store';
import type { WhoAmI } from './whoAmI';

/** What the commands can be given instead of asking (other commands, tests). */
interface WhereArgs {
  /** The name of the workspace folder to write in. */
  workspaceFolder?: string;
}

export interface NewRequestArgs extends WhereArgs {
  title?: string;
  owner?: string;
  deadline?: string;
}

export interface NewDecisionArgs extends WhereArgs {
  title?: string;
  owner?: string;
  /** The decision folder, relative to the workspace folder. */
  folder?: string;
}

export interface NewMeetingArgs extends WhereArgs {
  title?: string;
  owner?: string;
  /** `yyyy-MM-dd HH:mm` on the owner's clock. */
  date?: string;
  attendees?: string[];
}

interface Deps {
  store: RecordStore;
  whoAmI: WhoAmI;
  clock: Clock;
}

/** The folder to write in; none (and a message) in an untrusted workspace, where Async Work only reads. */
async function writableFolder(command: string, given: string | undefined): Promise<vscode.WorkspaceFolder | undefined> {
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
function recordFolder(folders: string[], fallback: string): string {
  return folders.find((f) => !/[*?[\]{}]/.test(f)) ?? fallback;
}

/** The owner: given (refused with a message when it is not a handle), picked from the team, or typed. */
async function pickOwner(command: string, config: TeamConfig, now: Date, given: string | undefined): Promise<string | undefined> {
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

async function template(folder: vscode.WorkspaceFolder, name: string): Promise<string | null> {
  return readText(vscode.Uri.joinPath(folder.uri, TEMPLATE_FOLDER, name));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Whether a new file there stays in the workspace folder, also once links on the way are followed (on disk). */
function staysInside(folder: vscode.WorkspaceFolder, rel: string): boolean {
  return isInsideFolder(rel) && (folder.uri.scheme !== 'file' || insideRoot(folder.uri.fsPath)(rel));
}

/**
 * The first free file name that `name` gives, told which names are taken on disk; none (and a
 * message) when the name would leave the workspace folder.
 */
async function freePath(
  command: string,
  folder: vscode.WorkspaceFolder,
  name: (taken: (path: string) => boolean) => string,
): Promise<vscode.Uri | undefined> {
  const taken = new Set<string>();
  for (;;) {
    const rel = name((p) => taken.has(p));
    if (!staysInside(folder, rel)) {
      void vscode.window.showWarningMessage(`${command}: ${rel} is outside the workspace folder ${folder.name}; nothing was written.`);
      return undefined;
    }
    const uri = vscode.Uri.joinPath(folder.uri, rel);
    if (!(await exists(uri))) return uri;
    taken.add(rel);
  }
}

async function writeAndOpen(uri: vscode.Uri, text: string): Promise<vscode.TextEditor> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const editor = await vscode.window.showTextDocument(uri);
  const line = firstEmptySectionLine(text);
  if (line !== null) {
    const at = new vscode.Position(Math.min(line, editor.document.lineCount - 1), 0);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at));
  }
  return editor;
}

export async function newRequest(deps: Deps, args: NewRequestArgs = {}): Promise<vscode.Uri | undefined> {
  const folder = await writableFolder('New Request', args.workspaceFolder);
  if (!folder) return undefined;
  const { config } = deps.store.config(folder);
  const now = deps.clock.now();
  const title =
    args.title ??
    (await vscode.window.showInputBox({
      title: 'New Request',
      prompt: 'What do you need, in a few words?',
      validateInput: (v) => (v.trim() ? null : 'A title is needed.'),
    }));
  if (!title?.trim()) return undefined;
  const owner = await pickOwner('New Request', config, now, args.owner);
  if (!owner) return undefined;
  const schedule = scheduleFor(config, owner);
  const replyBy = defaultReplyBy(now, config, owner);
  const suggested = replyBy ? addWorkingTime(replyBy, config.replyWithin, schedule) : null;
  const deadline =
    args.deadline ??
    (await vscode.window.showInputBox({
      title: 'Deadline',
      prompt: `By when is the answer needed (yyyy-MM-dd, end of that day for @${owner} in ${schedule.timeZone})? Reply-by from the team SLA: ${replyBy ? formatRecordDay(replyBy, schedule.timeZone) : 'none'}.`,
      value: suggested ? formatRecordDay(suggested, schedule.timeZone) : '',
      validateInput: (v) =>
        /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) && parseRecordDate(v.trim(), schedule.timeZone) ? null : 'A date such as 2026-12-10.',
    }));
  if (!deadline) return undefined;
  const me = deps.whoAmI.current()?.handle ?? null;
  const text = newRequestText(
    { title: title.trim(), owner, requester: me, deadline: deadline.trim() },
    now,
    config,
    await template(folder, 'request.md'),
  );
  const uri = await freePath('New Request', folder, (taken) =>
    newRecordPath(recordFolder(config.requests, 'docs/requests'), now, schedule.timeZone, title, taken),
  );
  if (!uri) return undefined;
  await writeAndOpen(uri, text);
  return uri;
}

export async function newMeeting(deps: Deps, args: NewMeetingArgs = {}): Promise<vscode.Uri | undefined> {
  const folder = await writableFolder('New Meeting Notes', args.workspaceFolder);
  if (!folder) return undefined;
  const { config } = deps.store.config(folder);
  const now = deps.clock.now();
  const title =
    args.title ??
    (await vscode.window.showInputBox({
      title: 'New Meeting Notes',
      prompt: 'What does the meeting decide?',
      validateInput: (v) => (v.trim() ? null : 'A title is needed.'),
    }));
  if (!title?.trim()) return undefined;
  const owner = await pickOwner('New Meeting Notes', config, now, args.owner);
  if (!owner) return undefined;
  const zone = scheduleFor(config, owner).timeZone;
  const raw =
    args.date ??
    (await vscode.window.showInputBox({
      title: 'Meeting start',
      prompt: `yyyy-MM-dd HH:mm on @${owner}'s clock (${zone}); the pre-read is due ${config.preReadBefore.raw} before.`,
      validateInput: (v) => (parseMeetingStart(v, zone) ? null : 'A date and time such as 2026-12-10 15:00.'),
    }));
  const date = raw ? parseMeetingStart(raw, zone) : null;
  if (!date) return undefined;
  const attendees = args.attendees ?? config.team.map((m) => m.handle);
  const text = newMeetingText({ title: title.trim(), owner, date, attendees }, config, await template(folder, 'meeting.md'));
  const uri = await freePath('New Meeting Notes', folder, (taken) =>
    newRecordPath(recordFolder(config.meetings, 'docs/meetings'), date, zone, title, taken),
  );
  if (!uri) return undefined;
  await writeAndOpen(uri, text);
  return uri;
}

/** Where new decisions go: the folder the existing ones are in (asking when there are several), else the first configured or detected one. */
async function decisionFolder(
  deps: Deps,
  folder: vscode.WorkspaceFolder,
  decisions: readonly DecisionRecord[],
  given: string | undefined,
): Promise<string | undefined> {
  if (given) return given.replace(/\/+$/, '');
  const counts = new Map<string, number>();
  for (const r of decisions) {
    const dir = parentFolder(r.path);
    counts.set(dir, (counts.get(dir) ?? 0) + 1);
  }
  const dirs = [...counts].sort((a, b) => b[1] - a[1]).map(([d]) => d);
  if (dirs.length === 0) return recordFolder(deps.store.recordFolders(folder).decision, 'docs/decisions');
  if (dirs.length === 1) return dirs[0];
  const picked = await vscode.window.showQuickPick(
    dirs.map((d) => ({ label: pickText(d), dir: d, description: `${counts.get(d)} decisions` })),
    { title: 'New Decision: which folder?' },
  );
  return picked?.dir;
}

export async function newDecision(deps: Deps, args: NewDecisionArgs = {}): Promise<vscode.Uri | undefined> {
  const folder = await writableFolder('New Decision', args.workspaceFolder);
  if (!folder) return undefined;
  const { config } = deps.store.config(folder);
  const now = deps.clock.now();
  const all = deps.store.records().flatMap((s) => (s.folder === folder && s.record.type === 'decision' ? [s.record] : []));
  const dir = await decisionFolder(deps, folder, all, args.folder);
  if (!dir) return undefined;
  const title =
    args.title ??
    (await vscode.window.showInputBox({
      title: 'New Decision',
      prompt: 'What is being decided, in a few words?',
      validateInput: (v) => (v.trim() ? null : 'A title is needed.'),
    }));
  if (!title?.trim()) return undefined;
  const owner = await pickOwner('New Decision', config, now, args.owner);
  if (!owner) return undefined;
  const here = all.filter((r) => parentFolder(r.path) === dir);
  const decision = { title: title.trim(), owner, number: config.decisionIds === 'number' ? nextDecisionNumber(here) : null };
  const zone = scheduleFor(config, owner).timeZone;
  const text = newDecisionText(decision, now, config, folderFormat(here), await template(folder, 'decision.md'));
  const names = here.map((r) => r.path.slice(dir.length + 1));
  const uri = await freePath('New Decision', folder, (taken) => newDecisionPath(dir, decision, now, zone, names, taken));
  if (!uri) return undefined;
  await writeAndOpen(uri, text);
  return uri;
}
