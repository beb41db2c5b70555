// The decision commands: New Decision, and the lifecycle ones: Accept, Reject, Deprecate, Supersede
// with… and Extend comment period. Each lifecycle command edits the record in its own format through
// one undoable WorkspaceEdit and refuses when a file has unsaved changes. Deciding while the comment
// window is open asks first.
import { readDocument } from '../core/records/document';
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import * as vscode from 'vscode';
import { pickText, shownText } from '../core/common/text';
import { addSupersedesEdit, setDecisionFieldEdit, setDecisionStatusEdits, statusEditRefusal } from '../core/decisions/edits';
import { commentWindow, windowText } from '../core/decisions/groups';
import { parseDecision } from '../core/decisions/parse';
import { supersedeCandidates } from '../core/decisions/supersede';
import { folderFormat, newDecisionPath, newDecisionText, nextDecisionNumber } from '../core/decisions/newDecision';
import { parentFolder, relativeLink } from '../core/records/links';
import { scheduleFor } from '../core/team/members';
import { addCommentPeriod } from '../core/time/dueTimes';
import { formatRecordDay, parseRecordDate } from '../core/time/recordDates';
import { humanDay, humanTimeNoted } from '../core/time/humanTime';
import type { DecisionRecord, TextEdit } from '../core/records/types';
import { freePath, template, writeAndOpen } from '../workspace/newFiles';
import { editRecordFile, editRecordFiles } from '../workspace/recordEdits';
import type { CommandContext } from './context';
import { askTitle, pickOwner, recordFolder, writableFolder, type WhereArgs } from './newRecord';
import { decisionFor, type StoredDecision } from './target';

export interface NewDecisionArgs extends WhereArgs {
  title?: string;
  owner?: string;
  /** The decision folder, relative to the workspace folder. */
  folder?: string;
}

/** "5. Expose a GraphQL API", as adr-tools names a decision in a link. */
function numberedTitle(r: DecisionRecord): string {
  return r.number !== null ? `${r.number}. ${r.title}` : r.title;
}

function linkTo(from: DecisionRecord, to: DecisionRecord): { text: string; target: string } {
  return { text: numberedTitle(to), target: relativeLink(from.path, to.path) };
}

function zoneOf(ctx: CommandContext, d: StoredDecision): string {
  return scheduleFor(ctx.store.config(d.folder).config, d.record.owner).timeZone;
}

/** Accept, Reject or Deprecate; deciding while the comment window is open asks for confirmation first. */
export async function decide(ctx: CommandContext, arg: unknown, status: 'accepted' | 'rejected' | 'deprecated'): Promise<boolean> {
  const label =
    status === 'accepted' ? vscode.l10n.t('Accept') : status === 'rejected' ? vscode.l10n.t('Reject') : vscode.l10n.t('Deprecate');
  const d = decisionFor(ctx.store, arg);
  if (!d) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0}: choose a decision record.', label));
    return false;
  }
  const now = ctx.clock.now();
  const until = d.record.commentsUntil;
  if (status !== 'deprecated' && until && commentWindow(d.record, now) === 'open') {
    const when = humanTimeNoted(until, ctx.meTracker.zone(), zoneOf(ctx, d), now, windowText(until, now));
    const ok = await ctx.questions.confirm(
      vscode.l10n.t(
        '"{0}" is open for comments until {1}. People who were not in the room can still comment. {2} it now?',
        shownText(d.record.title),
        when,
        label,
      ),
      vscode.l10n.t('{0} Now', label),
    );
    if (!ok) return false;
  }
  const done = await editRecordFile(d.uri, label, (text) => refusingHistories(label, text, () => setDecisionStatusEdits(text, status)));
  if (done) ctx.log.info('decisions', `${d.record.path}: ${status}`);
  return done;
}

/** The status edits, or null with a message when the status is a history that an edit would write over. */
function refusingHistories(label: string, text: string, edits: () => TextEdit[]): TextEdit[] | null {
  const refused = statusEditRefusal(text);
  if (!refused) return edits();
  void vscode.window.showWarningMessage(vscode.l10n.t('{0}: {1}', label, refused));
  return null;
}

/**
 * The successor picked for `old`: the decisions that can supersede it (its folder first, each folder
 * in number order, with a separator per folder), or a new decision written now.
 */
async function pickSuccessor(ctx: CommandContext, old: StoredDecision): Promise<StoredDecision | undefined> {
  const here = parentFolder(old.record.path);
  const candidates = supersedeCandidates(
    old.record,
    ctx.store
      .records()
      .flatMap((s) => (s.folder === old.folder && s.record.type === 'decision' ? [{ ref: s as StoredDecision, record: s.record }] : [])),
  );
  type Item = vscode.QuickPickItem & { successor?: StoredDecision; create?: true };
  const items: Item[] = [];
  let folder: string | null = null;
  for (const c of candidates) {
    const dir = parentFolder(c.record.path);
    if (dir !== folder) {
      items.push({
        label: pickText(dir === here ? vscode.l10n.t('{0} (this folder)', dir || '.') : dir || '.'),
        kind: vscode.QuickPickItemKind.Separator,
      });
      folder = dir;
    }
    items.push({ label: pickText(numberedTitle(c.record)), description: c.record.status, successor: c.ref });
  }
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
  // Besides the existing decisions, a new one.
  items.push({ label: vscode.l10n.t('$(add) New decision…'), description: vscode.l10n.t('in {0}', pickText(here || '.')), create: true });
  const picked = await ctx.questions.pick(items, {
    title: vscode.l10n.t('Supersede "{0}" with…', shownText(old.record.title)),
    placeHolder:
      candidates.length > 0
        ? vscode.l10n.t('A newer proposed or accepted decision')
        : vscode.l10n.t('No newer proposed or accepted decision: write a new one'),
    matchOnDescription: true,
  });
  if (!picked?.create) return picked?.successor;
  const uri = await newDecision(ctx, { workspaceFolder: old.folder.name, folder: here });
  return uri && (await readDecision(ctx, uri));
}

/** A decision just written, read from its document: the store indexes the file later. */
async function readDecision(ctx: CommandContext, uri: vscode.Uri): Promise<StoredDecision | undefined> {
  const where = ctx.store.locate(uri);
  if (!where || where.type !== 'decision') return undefined;
  const text = (await vscode.workspace.openTextDocument(uri)).getText();
  const { mtime } = await vscode.workspace.fs.stat(uri);
  return { folder: where.folder, uri, record: parseDecision(readDocument(text, where.path), where.config), modified: mtime };
}

/**
 * Marks a decision superseded by another one and names it in the other one, in one edit, then says
 * so and shows both. The successor is a file's URI (tests) or picked: from a menu the second
 * argument is the list of selected rows, not the successor.
 */
export async function supersede(ctx: CommandContext, arg: unknown, successor?: unknown): Promise<boolean> {
  const label = vscode.l10n.t('Supersede');
  const old = decisionFor(ctx.store, arg);
  if (!old) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0}: choose a decision record.', label));
    return false;
  }
  const next = successor instanceof vscode.Uri ? decisionFor(ctx.store, successor) : await pickSuccessor(ctx, old);
  if (!next) return false;
  const done = await editRecordFiles(label, [
    {
      uri: old.uri,
      make: (text) => refusingHistories(label, text, () => setDecisionStatusEdits(text, 'superseded', linkTo(old.record, next.record))),
    },
    { uri: next.uri, make: (text) => [addSupersedesEdit(text, linkTo(next.record, old.record))] },
  ]);
  if (!done) return false;
  ctx.log.info('decisions', `${old.record.path}: superseded by ${next.record.path}`);
  await vscode.window.showTextDocument(next.uri, { preview: false });
  await vscode.window.showTextDocument(old.uri, { preview: false, viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
  void ctx.questions.tell(
    vscode.l10n.t('"{0}" is superseded by "{1}".', shownText(numberedTitle(old.record)), shownText(numberedTitle(next.record))),
    {},
  );
  return true;
}

/** Moves the end of a proposed decision's comment window later, from now or from its current end. */
export async function extendCommentPeriod(ctx: CommandContext, arg: unknown, days?: unknown): Promise<boolean> {
  const d = decisionFor(ctx.store, arg);
  if (!d || d.record.status !== 'proposed') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Extend comment period: choose a proposed decision.'));
    return false;
  }
  const now = ctx.clock.now();
  const config = ctx.store.config(d.folder).config;
  const zone = zoneOf(ctx, d);
  const from = d.record.commentsUntil && d.record.commentsUntil > now ? d.record.commentsUntil : now;
  const day = (t: Date | null) => (t ? formatRecordDay(t, zone) : null);
  const daysLater = (n: number) => day(addDays(new TZDate(from.getTime(), zone), n));
  let until: string | null = typeof days === 'number' ? daysLater(days) : null;
  if (!until) {
    const period = day(addCommentPeriod(from, config, d.record.owner));
    const picks = [
      { label: vscode.l10n.t('By 1 day'), until: daysLater(1) },
      { label: vscode.l10n.t('By 3 days'), until: daysLater(3) },
      ...(period ? [{ label: vscode.l10n.t('By the team comment period ({0})', config.commentPeriod.raw), until: period }] : []),
    ];
    // The file gets the day; the picker shows it as people read days.
    const shown = (until: string | null) => {
      const at = until ? parseRecordDate(until, zone) : null;
      return at ? humanDay(at, zone, now) : '';
    };
    const picked = await vscode.window.showQuickPick(
      picks.map((p) => ({ ...p, description: vscode.l10n.t('until {0}', shown(p.until)) })),
      {
        title: d.record.commentsUntil
          ? vscode.l10n.t(
              'Extend the comment period of "{0}" (now until {1})',
              shownText(d.record.title),
              humanDay(d.record.commentsUntil, zone, now),
            )
          : vscode.l10n.t('Extend the comment period of "{0}" (now not set)', shownText(d.record.title)),
      },
    );
    until = picked?.until ?? null;
  }
  if (!until) return false;
  const value = until;
  const done = await editRecordFile(d.uri, vscode.l10n.t('Extend comment period'), (text) => [
    setDecisionFieldEdit(text, 'comments-until', value),
  ]);
  if (done) ctx.log.info('decisions', `${d.record.path}: comments until ${value}`);
  return done;
}

/** Where new decisions go: the folder the existing ones are in (asking when there are several), else the first configured or detected one. */
async function decisionFolder(
  ctx: CommandContext,
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
  if (dirs.length === 0) return recordFolder(ctx.store.recordFolders(folder).decision, 'docs/decisions');
  if (dirs.length === 1) return dirs[0];
  const picked = await vscode.window.showQuickPick(
    dirs.map((d) => ({ label: pickText(d), dir: d, description: vscode.l10n.t('{0} decisions', counts.get(d) ?? 0) })),
    { title: vscode.l10n.t('New Decision: which folder?') },
  );
  return picked?.dir;
}

export async function newDecision(ctx: CommandContext, args: NewDecisionArgs = {}): Promise<vscode.Uri | undefined> {
  const command = vscode.l10n.t('New Decision');
  const folder = await writableFolder(command, args.workspaceFolder);
  if (!folder) return undefined;
  const { config } = ctx.store.config(folder);
  const now = ctx.clock.now();
  const all = ctx.store.records().flatMap((s) => (s.folder === folder && s.record.type === 'decision' ? [s.record] : []));
  const dir = await decisionFolder(ctx, folder, all, args.folder);
  if (!dir) return undefined;
  const title = await askTitle(ctx.questions, command, vscode.l10n.t('What is being decided, in a few words?'), args.title);
  if (!title) return undefined;
  const owner = await pickOwner(command, config, now, args.owner);
  if (!owner) return undefined;
  const here = all.filter((r) => parentFolder(r.path) === dir);
  const decision = { title: title.trim(), owner, number: config.decisionIds === 'number' ? nextDecisionNumber(here) : null };
  const zone = scheduleFor(config, owner).timeZone;
  const text = newDecisionText(decision, now, config, folderFormat(here), await template(folder, 'decision.md'));
  const names = here.map((r) => r.path.slice(dir.length + 1));
  const uri = await freePath(command, folder, (taken) => newDecisionPath(dir, decision, now, zone, names, taken));
  if (!uri) return undefined;
  await writeAndOpen(uri, text);
  return uri;
}
