// Writing a new record file: a free name that stays inside the workspace folder, the team's
// template, and the file opened with the cursor in its first empty section.
import * as vscode from 'vscode';
import { isInsideFolder } from '../core/index/folders';
import { TEMPLATE_FOLDER } from '../core/records/templates';
import { firstEmptySectionLine } from '../core/requests/newRecord';
import { platform } from '../env/node/platform';
import { readText } from './files';

/** A team template from `.async/templates`, or null when there is none. */
export async function template(folder: vscode.WorkspaceFolder, name: string): Promise<string | null> {
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
  const disk = folder.uri.scheme === 'file' ? platform.disk : null;
  return isInsideFolder(rel) && (!disk || disk.insideRoot(folder.uri.fsPath)(rel));
}

/**
 * The first free file name that `name` gives, told which names are taken on disk; none (and a
 * message) when the name would leave the workspace folder.
 */
export async function freePath(
  command: string,
  folder: vscode.WorkspaceFolder,
  name: (taken: (path: string) => boolean) => string,
): Promise<vscode.Uri | undefined> {
  const taken = new Set<string>();
  for (;;) {
    const rel = name((p) => taken.has(p));
    if (!staysInside(folder, rel)) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('{0}: {1} is outside the workspace folder {2}; nothing was written.', command, rel, folder.name),
      );
      return undefined;
    }
    const uri = vscode.Uri.joinPath(folder.uri, rel);
    if (!(await exists(uri))) return uri;
    taken.add(rel);
  }
}

/**
 * Writes the new file and opens it with the cursor in its first empty section, in a kept editor:
 * a preview tab would be replaced by the next file opened, and the user is about to write in it.
 */
export async function writeAndOpen(uri: vscode.Uri, text: string): Promise<vscode.TextEditor> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const line = firstEmptySectionLine(text);
  if (line !== null) {
    const at = new vscode.Position(Math.min(line, editor.document.lineCount - 1), 0);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at));
  }
  return editor;
}
