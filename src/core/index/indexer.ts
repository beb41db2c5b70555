// Fills a RecordIndex from files: reads only what changed since the last time (by modification
// time and size), several files at a time, and parses in short slices so that indexing thousands
// of records never blocks its host for long. Pure: the caller gives the file reads and the yield.
import type { FileStamp, RecordIndex } from './recordIndex';

export interface FileSource {
  /** The file's stamp, or null when it is gone. */
  stat(path: string): Promise<FileStamp | null>;
  /** The file's text, or null when it cannot be read; `size` is the one its stat gave. */
  read(path: string, size: number): Promise<string | null>;
}

export interface Slicing {
  /** Longest synchronous stretch of parsing before yielding. */
  sliceMs: number;
  yieldNow(): Promise<void>;
  /** A monotonic clock in milliseconds. */
  clock(): number;
  /** True when the caller has started over and this run should stop. */
  cancelled(): boolean;
}

/** Longest synchronous stretch of parsing in the extension host before it yields (PRODUCT §8 allows 50 ms). */
export const DEFAULT_SLICE_MS = 10;

/** Files read at the same time. */
const BATCH = 32;

interface Loaded {
  path: string;
  stamp: FileStamp | null;
  text: string | null;
}

async function load(index: RecordIndex, path: string, source: FileSource): Promise<Loaded | null> {
  if (!index.typeOf(path)) return null;
  const stamp = await source.stat(path);
  if (stamp && !index.isStale(path, stamp)) return null;
  return { path, stamp, text: stamp ? await source.read(path, stamp.size) : null };
}

function apply(index: RecordIndex, file: Loaded): boolean {
  if (!file.stamp || file.text === null) return index.remove(file.path);
  index.update(file.path, file.text, file.stamp);
  return true;
}

/** Re-reads one file if it is a record that changed; true when the index changed. */
export async function indexPath(index: RecordIndex, path: string, source: FileSource): Promise<boolean> {
  const file = await load(index, path, source).catch(() => ({ path, stamp: null, text: null }));
  return file !== null && apply(index, file);
}

/** Indexes `paths` (and drops records of files not among them); true when the index changed. */
export async function indexPaths(index: RecordIndex, paths: readonly string[], source: FileSource, slicing: Slicing): Promise<boolean> {
  let changed = index.retain(new Set(paths));
  // Reads that complete at once (a synchronous source) do not yield: only yieldNow starts a new stretch.
  let sliceStart = slicing.clock();
  for (let i = 0; i < paths.length; i += BATCH) {
    if (slicing.cancelled()) return changed;
    const batch = await Promise.all(
      paths.slice(i, i + BATCH).map((p) => load(index, p, source).catch(() => ({ path: p, stamp: null, text: null }))),
    );
    for (const file of batch) {
      if (!file) continue;
      changed = apply(index, file) || changed;
      if (slicing.clock() - sliceStart > slicing.sliceMs) {
        await slicing.yieldNow();
        if (slicing.cancelled()) return changed;
        sliceStart = slicing.clock();
      }
    }
  }
  return changed;
}
