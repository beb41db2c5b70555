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
