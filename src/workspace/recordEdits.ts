// Edits to record files through WorkspaceEdit: undoable, and never over unsaved changes.
import * as vscode from 'vscode';
import type { TextEdit } from '../core/types';

export function toRange(e: Pick<TextEdit, 'line' | 'column' | 'endLine' | 'endColumn'>): vscode.Range {
  return new vscode.Range(e.line, e.column, e.endLine, e.endColumn);
}

/**
 * Applies the edits `make` computes from the file's current text, then saves. Refuses (and says
 * why) in an untrusted workspace, when the file has unsaved changes, or when `make` returns null.
 * Returns whether it edited.
 */
export async function editRecordFile(uri: vscode.Uri, label: string, make: (text: string) => TextEdit[] | null): Promise<boolean> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(`${label}: Async Work does not edit files in an untrusted workspace.`);
    return false;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.isDirty) {
    void vscode.window.showWarningMessage(`${label}: ${vscode.workspace.asRelativePath(uri)} has unsaved changes. Save or revert them first.`);
    return false;
  }
  const edits = make(doc.getText());
  if (!edits) return false;
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toRange(e), e.text);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  return doc.save();
}
