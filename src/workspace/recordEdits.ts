// Edits to record files through WorkspaceEdit: undoable, and never over unsaved changes.
import * as vscode from 'vscode';
import { fieldEditRefusal } from '../core/records/edits';
import type { TextEdit } from '../core/records/types';

export function toRange(e: Pick<TextEdit, 'line' | 'column' | 'endLine' | 'endColumn'>): vscode.Range {
  return new vscode.Range(e.line, e.column, e.endLine, e.endColumn);
}

/** The edits for one file, computed from its current text; null refuses (and says why). */
interface FileEdits {
  uri: vscode.Uri;
  make: (text: string) => TextEdit[] | null;
  /** The edits stay below the front matter (an action item's box), so front matter that cannot be read does not stop them. */
  bodyOnly?: boolean;
}

/**
 * Applies the edits of one or more files as one WorkspaceEdit (one undo), then saves them. Refuses,
 * and says why, in an untrusted workspace, when a file has unsaved changes, while a file's front
 * matter cannot be read (unless its edits are body only), or when a `make` returns null. Returns
 * whether it edited.
 */
export async function editRecordFiles(label: string, files: readonly FileEdits[]): Promise<boolean> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0}: Async Work does not edit files in an untrusted workspace.', label));
    return false;
  }
  const docs = await Promise.all(files.map((f) => vscode.workspace.openTextDocument(f.uri)));
  const dirty = docs.find((d) => d.isDirty);
  if (dirty) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0}: {1} has unsaved changes. Save or revert them first.', label, vscode.workspace.asRelativePath(dirty.uri)),
    );
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const [i, f] of files.entries()) {
    const refused = f.bodyOnly ? null : fieldEditRefusal(docs[i].getText());
    if (refused) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0}: {1}, {2}', label, vscode.workspace.asRelativePath(f.uri), refused));
      return false;
    }
    const edits = f.make(docs[i].getText());
    if (!edits) return false;
    for (const e of edits) edit.replace(f.uri, toRange(e), e.text);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  return (await Promise.all(docs.map((d) => d.save()))).every(Boolean);
}

/** Applies the edits of one file (see editRecordFiles). */
export function editRecordFile(
  uri: vscode.Uri,
  label: string,
  make: (text: string) => TextEdit[] | null,
  bodyOnly = false,
): Promise<boolean> {
  return editRecordFiles(label, [{ uri, make, bodyOnly }]);
}
