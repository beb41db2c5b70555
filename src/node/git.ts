// Asking git about a folder (no vscode): the user, the remotes. Every failure is "nothing".
import { execFile } from 'node:child_process';

/** git's output, trimmed; null when git fails, is missing or says nothing. */
export function git(cwd: string, args: string[]): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 3000 }, (error, stdout) => resolve(error ? null : stdout.trim() || null));
  });
}

/** The URLs of every remote of the repository at `cwd`. */
export async function remoteUrls(cwd: string): Promise<string[]> {
  const out = await git(cwd, ['config', '--get-regexp', '^remote\\..*\\.url$']);
  return (out ?? '')
    .split('\n')
    .map((line) => line.split(/\s+/)[1])
    .filter((u): u is string => Boolean(u));
}
