// The records of one folder tree, keyed by relative path, with a cache by modification time and
// size so an unchanged file is never parsed twice. Pure: the caller reads the files.
import type { TeamConfig } from '../team/config';
import { classify, type RecordFolders } from './folders';
import { parseRecord } from '../records/parseRecord';
import type { AsyncRecord, RecordType } from '../records/types';

export interface FileStamp {
  mtime: number;
  size: number;
}

interface Entry {
  stamp: FileStamp;
  record: AsyncRecord;
}

/** Versions are counted across every index, so two indexes never share one. */
let versions = 0;

export class RecordIndex {
  private readonly entries = new Map<string, Entry>();
  private changes = ++versions;

  constructor(
    private config: TeamConfig,
    private folders: RecordFolders,
  ) {}

  /** New configuration: every record is parsed again on the next update. */
  reconfigure(config: TeamConfig, folders: RecordFolders): void {
    this.config = config;
    this.folders = folders;
    this.entries.clear();
    this.changes = ++versions;
  }

  /** Changes with every change of the records, so callers can keep what they derive until it moves. */
  get version(): number {
    return this.changes;
  }

  /** The folders whose Markdown files are records. */
  recordFolders(): RecordFolders {
    return this.folders;
  }

  typeOf(path: string): RecordType | null {
    return classify(path, this.folders);
  }

  /** True when the file is a record whose cached parse is missing or stale. */
  isStale(path: string, stamp: FileStamp): boolean {
    const e = this.entries.get(path);
    return !e || e.stamp.mtime !== stamp.mtime || e.stamp.size !== stamp.size;
  }

  /** Parses the file if it is a record; returns the record, or null when the path holds none. */
  update(path: string, text: string, stamp: FileStamp): AsyncRecord | null {
    const type = this.typeOf(path);
    this.changes = ++versions;
    if (!type) {
      this.entries.delete(path);
      return null;
    }
    const record = parseRecord(type, path, text, this.config);
    this.entries.set(path, { stamp, record });
    return record;
  }

  remove(path: string): boolean {
    const removed = this.entries.delete(path);
    if (removed) this.changes = ++versions;
    return removed;
  }

  /** Drops every record whose path is not in `present` (files deleted while nobody watched). */
  retain(present: ReadonlySet<string>): boolean {
    let changed = false;
    for (const path of [...this.entries.keys()]) {
      if (!present.has(path)) changed = this.entries.delete(path) || changed;
    }
    if (changed) this.changes = ++versions;
    return changed;
  }

  get(path: string): AsyncRecord | undefined {
    return this.entries.get(path)?.record;
  }

  /** When the record's file was last modified (milliseconds since 1970), as it was read. */
  modified(path: string): number | undefined {
    return this.entries.get(path)?.stamp.mtime;
  }

  get size(): number {
    return this.entries.size;
  }

  records(): AsyncRecord[] {
    return [...this.entries.values()].map((e) => e.record);
  }
}
