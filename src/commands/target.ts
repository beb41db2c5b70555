// What a command is for, from what VS Code passes it: a row of the Requests or Decisions view, a
// file's URI (the explorer, the editor title), or nothing, which means the file in the active editor.
import * as vscode from 'vscode';
import type { GithubRow, RecordRow, RequestRow } from '../core/requests/groups';
import type { DecisionRecord } from '../core/records/types';
import type { RequestNode } from '../views/requestsView';
import type { RecordStore, StoredRecord } from '../workspace/store';

type RowNode<R> = Extract<RequestNode, { kind: 'row' }> & { row: R };

export type StoredDecision = StoredRecord & { record: DecisionRecord };

function rowOf(arg: unknown): RequestRow<StoredRecord> | null {
  return typeof arg === 'object' && arg !== null && (arg as RequestNode).kind === 'row'
    ? (arg as RowNode<RequestRow<StoredRecord>>).row
    : null;
}

/** A Requests row for a record. */
export function isRecordRow(arg: unknown): arg is RowNode<RecordRow<StoredRecord>> {
  const row = rowOf(arg);
  return row !== null && row.kind !== 'github';
}

/** A Requests row for a GitHub item. */
export function isGithubRow(arg: unknown): arg is RowNode<GithubRow> {
  return rowOf(arg)?.kind === 'github';
}

/** The record in the active editor, if its file holds one. */
export function editorRecord(store: RecordStore): StoredRecord | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri ? store.find(uri) : undefined;
}

/**
 * The record a command is for: a tree row's record (a row without one, a GitHub item, gives none),
 * a file's URI, or the file in the active editor.
 */
export function recordFor(store: RecordStore, arg: unknown): StoredRecord | undefined {
  if (typeof arg === 'object' && arg !== null && (arg as { kind?: unknown }).kind === 'row') {
    const uri = (arg as { row: { ref?: { uri?: unknown } } }).row.ref?.uri;
    return uri instanceof vscode.Uri ? store.find(uri) : undefined;
  }
  return arg instanceof vscode.Uri ? store.find(arg) : editorRecord(store);
}

/** The decision a command is for (see recordFor). */
export function decisionFor(store: RecordStore, arg: unknown): StoredDecision | undefined {
  const stored = recordFor(store, arg);
  return stored?.record.type === 'decision' ? (stored as StoredDecision) : undefined;
}
