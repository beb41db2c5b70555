// Small wrappers over vscode.workspace.fs for reading the files the store needs.
import * as vscode from 'vscode';

export async function readText(uri: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}

/** The workspace-folder-relative path with forward slashes, as the core names records. */
export function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const root = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(root) ? uri.path.slice(root.length) : uri.path;
}

/** Yields to the event loop so long work never blocks the extension host for long. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
