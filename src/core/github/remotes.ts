// The GitHub repositories of a workspace, read from its git remotes (github.com or an Enterprise host).

/**
 * `owner/name` of a git remote URL on `host` (`github.com`, or an Enterprise host), or null:
 * `git@github.com:o/n.git`, `https://github.com/o/n`, `ssh://git@github.com/o/n.git`.
 */
export function repoFromRemote(url: string, host: string): string | null {
  const h = host.toLowerCase().replace(/\./g, '\\.');
  const m = new RegExp(`^(?:(?:https?|ssh|git)://(?:[^@/]+@)?${h}(?::\\d+)?/|[^@/]+@${h}:)([\\w.-]+)/([\\w.-]+?)(?:\\.git)?/?$`, 'i').exec(
    url.trim(),
  );
  return m ? `${m[1]}/${m[2]}` : null;
}

/** The parts of a workspace folder's URI that name a repository without git. */
export interface FolderUri {
  scheme: string;
  authority: string;
  path: string;
}

/**
 * `owner/name` of a github.dev or Remote Repositories folder (`vscode-vfs://github/owner/name`,
 * the authority carrying the branch as `github+…`), or null. Such a folder is always on github.com:
 * on an Enterprise host it names no repository of that host.
 */
export function repoFromVirtualFolder(uri: FolderUri, host: string): string | null {
  if (uri.scheme !== 'vscode-vfs' || host.toLowerCase() !== 'github.com') return null;
  if (uri.authority !== 'github' && !uri.authority.startsWith('github+')) return null;
  const m = /^\/([\w.-]{1,100})\/([\w.-]{1,100})(?:\/|$)/.exec(uri.path.slice(0, 202));
  return m && m[1] !== '.' && m[1] !== '..' && m[2] !== '.' && m[2] !== '..' ? `${m[1]}/${m[2]}` : null;
}
