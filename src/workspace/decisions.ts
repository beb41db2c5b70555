// The decision lifecycle commands: Accept, Reject, Deprecate, Supersede with… and Extend comment
// period. Each edits the record in its own format through one undoable WorkspaceEdit and refuses
// when a file has unsaved changes. Deciding while the comment window is open asks first.
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import * as vscode from 'vscode';
import type { Ask } from '../ask';
import type { Clock } from '../clock';
import { commentWindow, windowText } from '../core/decisions/groups';
import { wallClock } from '../core/time/wallClock';
import { addSupersedesEdit, setDecisionFieldEdit, setDecisionStatusEdits, statusEditRefusal } from '../core/decisions/edits';
import { relativeLink } from '../core/records/links';
import { formatRecordDay } from '../core/time/recordDates';
import { pickText, shownText } from '../core/common/text';
import { addCommentPeriod } from '../core/time/dueTimes';
import { scheduleFor } from '../core/team/members';
import type { DecisionRecord, TextEdit } from '../core/records/types';
import type { Log } from '../log';
import { editRecordFile, editRecordFiles } from './recordEdits';
import { recordFor, type RecordStore, type StoredRecord } from './store';

interface Deps {
  store: RecordStore;
  clock: Clock;
  log: Log;
  ask: Ask;
}

type StoredDecision = StoredRecord & { record: DecisionRecord };

/** The decision a command is for (see recordFor). */
function decisionFrom(store: RecordStore, arg: unknown): StoredDecision | undefined {
  const stored = recordFor(store, arg);
  return stored?.record.type === 'decision' ? (stored as StoredDecision) : undefined;
}

function linkTo(from: DecisionRecord, to: DecisionRecord): { text: string; target: string } {
  return { text: to.number !== null ? `${to.number}. ${to.title}` : to.title, target: relativeLink(from.path, to.path) };
}

function zoneOf(deps: Deps, d: StoredDecision): string {
  return scheduleFor(deps.store.config(d.folder).config, d.record.owner).timeZone;
}

/** Accept, Reject or Deprecate; deciding while the comment window is open asks for confirmation first. */
export async function decide(deps: Deps, arg: unknown, status: 'accepted' | 'rejected' | 'deprecated', label: string): Promise<boolean> {
  const d = decisionFrom(deps.store, arg);
  if (!d) {
    void vscode.window.showWarningMessage(`${label}: choose a decision record.`);
    return false;
  }
  const now = deps.clock.now();
  const until = d.record.commentsUntil;
  if (status !== 'deprecated' && until && commentWindow(d.record, now) === 'open') {
    const local = wallClock(until, zoneOf(deps, d));
    const when = `${local.day} ${local.time}`;
    const ok = await deps.ask.confirm(
      `"${shownText(d.record.title)}" is open for comments until ${when} (${windowText(until, now)}). People who were not in the room can still comment. ${label} it now?`,
      `${label} Now`,
    );
    if (!ok) return false;
  }
  const done = await editRecordFile(d.uri, label, (text) => refusingHistories(label, text, () => setDecisionStatusEdits(text, status)));
  if (done) deps.log.info('decisions', `${d.record.path}: ${status}`);
  return done;
}

/** The status edits, or null with a message when the status is a history that an edit would write over. */
function refusingHistories(label: string, text: string, edits: () => TextEdit[]): TextEdit[] | null {
  const refused = statusEditRefusal(text);
  if (!refused) return edits();
  void vscode.window.showWarningMessage(`${label}: ${refused}`);
  return null;
}

/** Marks a decision superseded by another one and names it in the other one, in one edit. */
export async function supersede(deps: Deps, arg: unknown, successor?: unknown): Promise<boolean> {
  const old = decisionFrom(deps.store, arg);
  if (!old) {
    void vscode.window.showWarningMessage('Supersede: choose a decision record.');
    return false;
  }
  let next = successor instanceof vscode.Uri ? decisionFrom(deps.store, successor) : undefined;
  if (!next) {
    const candidates = deps.store
      .records()
      .filter(
        (s): s is StoredDecision =>
          s.folder === old.folder &&
          s.record.type === 'decision' &&
          s.uri.toString() !== old.uri.toString() &&
          s.record.status !== 'superseded',
      );
    const picked = await vscode.window.showQuickPick(
      candidates.map((s) => ({
        label: pickText(linkTo(old.record, s.record).text),
        description: pickText(`${s.record.status} · ${s.record.path}`),
        s,
      })),
      { title: `Supersede "${shownText(old.record.title)}" with…`, matchOnDescription: true },
    );
    next = picked?.s;
  }
  if (!next) return false;
  const successorRecord = next;
  const done = await editRecordFiles('Supersede', [
    {
      uri: old.uri,
      make: (text) =>
        refusingHistories('Supersede', text, () => setDecisionStatusEdits(text, 'superseded', linkTo(old.record, successorRecord.record))),
    },
    { uri: successorRecord.uri, make: (text) => [addSupersedesEdit(text, linkTo(successorRecord.record, old.record))] },
  ]);
  if (done) deps.log.info('decisions', `${old.record.path}: superseded by ${successorRecord.record.path}`);
  return done;
}

/** Moves the end of a proposed decision's comment window later, from now or from its current end. */
export async function extendCommentPeriod(deps: Deps, arg: unknown, days?: unknown): Promise<boolean> {
  const d = decisionFrom(deps.store, arg);
  if (!d || d.record.status !== 'proposed') {
    void vscode.window.showWarningMessage('Extend comment period: choose a proposed decision.');
    return false;
  }
  const now = deps.clock.now();
  const config = deps.store.config(d.folder).config;
  const zone = zoneOf(deps, d);
  const from = d.record.commentsUntil && d.record.commentsUntil > now ? d.record.commentsUntil : now;
  const day = (t: Date | null) => (t ? formatRecordDay(t, zone) : null);
  const daysLater = (n: number) => day(addDays(new TZDate(from.getTime(), zone), n));
  let until: string | null = typeof days === 'number' ? daysLater(days) : null;
  if (!until) {
    const period = day(addCommentPeriod(from, config, d.record.owner));
    const picks = [
      { label: 'By 1 day', until: daysLater(1) },
      { label: 'By 3 days', until: daysLater(3) },
      ...(period ? [{ label: `By the team comment period (${config.commentPeriod.raw})`, until: period }] : []),
    ];
    const picked = await vscode.window.showQuickPick(
      picks.map((p) => ({ ...p, description: `until ${p.until}` })),
      {
        title: `Extend the comment period of "${shownText(d.record.title)}" (now ${d.record.commentsUntil ? `until ${day(d.record.commentsUntil)}` : 'not set'})`,
      },
    );
    until = picked?.until ?? null;
  }
  if (!until) return false;
  const value = until;
  const done = await editRecordFile(d.uri, 'Extend comment period', (text) => [setDecisionFieldEdit(text, 'comments-until', value)]);
  if (done) deps.log.info('decisions', `${d.record.path}: comments until ${value}`);
  return done;
}
