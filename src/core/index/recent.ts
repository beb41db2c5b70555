// Which records a capped list keeps: the ones changed last, as people are most likely working on them.

/** A record with its file's modification time. */
export interface Modified {
  modified: number;
  record: { path: string };
}

/** The `max` items modified last, newest first (ties by path, so the same files are kept each time), and how many are left out. */
export function mostRecentlyModified<T extends Modified>(items: readonly T[], max: number): { kept: T[]; leftOut: number } {
  const limit = Math.max(0, Math.floor(max));
  if (items.length <= limit) return { kept: [...items], leftOut: 0 };
  const sorted = [...items].sort((a, b) => b.modified - a.modified || a.record.path.localeCompare(b.record.path));
  return { kept: sorted.slice(0, limit), leftOut: items.length - limit };
}
