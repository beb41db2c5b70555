// The commands on GitHub items.
import * as vscode from 'vscode';
import { isGithubRow } from './target';

/** Opens a GitHub row's issue or pull request in the browser. */
export async function openOnGithub(arg: unknown): Promise<boolean> {
  if (!isGithubRow(arg)) return false;
  return vscode.env.openExternal(vscode.Uri.parse(arg.row.github.url));
}
