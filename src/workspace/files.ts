// Small wrappers over vscode.workspace.fs for reading the files the store needs.
import * as vscode from 'vscode';
import { readRefusal } from '../core/index/fileKinds';
import type { FileRead } from '../core/index/pathProblems';

/** Files read whole when nothing smaller is asked for: records are short, team templates too. */
const TEXT_LIMIT = 1024 * 1024;

/**
 * A file's text, null when there is none; `unreadable` says why a file that is there is not read.
 * The stat comes first: a FIFO, device or socket is never opened, and a file over `limit` bytes
 * never read into memory.
 */
export async function readBounded(uri: vscode.Uri, limit: number): Promise<FileRead | null> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return null;
  }
  const refusal = readRefusal(stat.type, stat.size, limit);
  if (refusal) return { unreadable: refusal };
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(0, limit)), size: stat.size };
  } catch (e) {
    return { unreadable: vscode.l10n.t('cannot be read ({0})', e instanceof Error ? e.message : String(e)) };
  }
}

/** A file's text, or null when it is missing or cannot be read. */
export async function readText(uri: vscode.Uri, limit = TEXT_LIMIT): Promise<string | null> {
  const read = await readBounded(uri, limit);
  return read && 'text' in read ? read.text : null;
}

/** The workspace-folder-relative path with forward slashes, as the core names records. */
export function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const root = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(root) ? uri.path.slice(root.length) : uri.path;
}
