// The record store: finds the records of every workspace folder, watches them, and tells the
// views when anything changed. It owns the data; views only map it to tree items.
import * as vscode from 'vscode';
import { CONFIG_PATH, defaultConfig, MAX_CONFIG_BYTES, parseConfig, type ConfigResult, type TeamConfig } from '../core/team/config';
import { adrDirFolder, recordFolders, recordGlob, type RecordFolders } from '../core/index/folders';
import { DEFAULT_SLICE_MS, indexPath, indexPaths, type FileSource } from '../core/index/indexer';
import { RecordIndex } from '../core/index/recordIndex';
import { CODEOWNERS_PATHS, MAX_CODEOWNERS_BYTES, type Codeowners } from '../core/handbook/codeowners';
import type { AsyncRecord, RecordType } from '../core/records/types';
import type { Log } from '../log';
import { READ_LIMIT } from '../core/index/fileKinds';
import { codeownersFrom, pathProblem, unreadableText, type PathProblem } from '../core/index/pathProblems';
import { platform } from '../env/node/platform';
import { readBounded, relativePath } from './files';

/** A record with the workspace folder it belongs to and its file. */
export interface StoredRecord {
  folder: vscode.WorkspaceFolder;
  uri: vscode.Uri;
  record: AsyncRecord;
  /** When its file was last modified (milliseconds since 1970). */
  modified: number;
}

interface FolderState {
  folder: vscode.WorkspaceFolder;
  /** The texts the record folders come from, to tell whether a refresh may keep the index. */
  sources: string;
  config: ConfigResult;
  index: RecordIndex;
  /** Files that are there but could not be read or used, by path: `.adr-dir` and records. */
  problems: Map<string, PathProblem>;
  /** The CODEOWNERS GitHub would use, and the lines of it GitHub would skip. */
  codeowners: { file: Codeowners | null; problems: PathProblem[] };
  watchers: vscode.Disposable[];
}

/** `.adr-dir` names one folder on its first line: more is not read. */
const ADR_DIR_LIMIT = 4096;

/** What changed: the types of the records that did, or undefined when anything may have. */
export type StoreChange = ReadonlySet<RecordType> | undefined;

/** Whether a change may touch records of one of `types` (a view shows only those). */
export function touches(change: StoreChange, ...types: RecordType[]): boolean {
  return !change || types.some((t) => change.has(t));
}

export class RecordStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<StoreChange>();
  /** Fires with the types of the records that changed; views of other types need not regroup. */
  readonly onDidChange = this.changed.event;
  private readonly folders = new Map<string, FolderState>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private indexing: Promise<void> = Promise.resolve();
  private generation = 0;
  private cache: { key: string; list: StoredRecord[]; byUri: Map<string, StoredRecord> } | null = null;

  constructor(private readonly log: Log) {
    this.disposables.push(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()));
  }

  /** Starts (or restarts) indexing every workspace folder; resolves when done. */
  refresh(): Promise<void> {
    const generation = ++this.generation;
    this.indexing = this.indexAll(generation).catch((e: unknown) => {
      this.log.error('store', `indexing failed: ${e instanceof Error ? e.message : String(e)}`);
    });
    return this.indexing;
  }

  /** Resolves when the indexing under way (if any) has finished. */
  whenIndexed(): Promise<void> {
    return this.indexing;
  }

  /** Every record, built once per change of the indexes (views, diagnostics and commands all ask). */
  records(): StoredRecord[] {
    return this.built().list;
  }

  /** The record a file holds, or undefined. */
  find(uri: vscode.Uri): StoredRecord | undefined {
    return this.built().byUri.get(uri.toString());
  }

  private built(): { list: StoredRecord[]; byUri: Map<string, StoredRecord> } {
    const key = [...this.folders.values()].map((s) => `${s.folder.uri.toString()} ${s.index.version}`).join('\n');
    if (this.cache?.key !== key) {
      const list: StoredRecord[] = [];
      for (const state of this.folders.values()) {
        for (const record of state.index.records()) {
          const modified = state.index.modified(record.path) ?? 0;
          list.push({ folder: state.folder, uri: vscode.Uri.joinPath(state.folder.uri, record.path), record, modified });
        }
      }
      this.cache = { key, list, byUri: new Map(list.map((s) => [s.uri.toString(), s])) };
    }
    return this.cache;
  }

  /** The team configuration of a folder (defaults when it has none or it is broken). */
  config(folder: vscode.WorkspaceFolder): ConfigResult {
    return this.folders.get(folder.uri.toString())?.config ?? { config: defaultConfig(), problems: [] };
  }

  /** The files of a folder that are there but could not be read or used (shown as diagnostics on them). */
  fileProblems(folder: vscode.WorkspaceFolder): PathProblem[] {
    const state = this.folders.get(folder.uri.toString());
    return state ? [...state.problems.values(), ...state.codeowners.problems] : [];
  }

  /** The CODEOWNERS of a folder, which names the owners of its files; null when it has none. */
  codeowners(folder: vscode.WorkspaceFolder): Codeowners | null {
    return this.folders.get(folder.uri.toString())?.codeowners.file ?? null;
  }

  /** The team configuration of the first workspace folder: what GitHub items and commands without a record go by. */
  primaryConfig(): TeamConfig {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? this.config(folder).config : defaultConfig();
  }

  /** The folders whose Markdown files are records, in a workspace folder (before indexing: from the defaults). */
  recordFolders(folder: vscode.WorkspaceFolder): RecordFolders {
    return this.folders.get(folder.uri.toString())?.index.recordFolders() ?? recordFolders(defaultConfig(), null);
  }

  /** Where a file belongs: its folder, its path there and the type of record it holds; null for other files. */
  locate(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; path: string; type: RecordType; config: TeamConfig } | null {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const state = folder && this.folders.get(folder.uri.toString());
    if (!folder || !state) return null;
    const path = relativePath(folder, uri);
    const type = state.index.typeOf(path);
    return type ? { folder, path, type, config: state.config.config } : null;
  }

  private async indexAll(generation: number): Promise<void> {
    const started = performance.now();
    for (const state of this.folders.values()) state.watchers.forEach((w) => w.dispose());
    const previous = new Map(this.folders);
    this.folders.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (generation !== this.generation) return;
      await this.indexFolder(folder, generation, previous.get(folder.uri.toString()));
    }
    if (generation !== this.generation) return;
    const count = [...this.folders.values()].reduce((n, s) => n + s.index.size, 0);
    this.log.info('store', `indexed ${count} records in ${Math.round(performance.now() - started)} ms`);
    this.changed.fire(undefined);
  }

  /** Indexes a folder; with the same configuration as `previous`, unchanged files are not read again. */
  private async indexFolder(folder: vscode.WorkspaceFolder, generation: number, previous: FolderState | undefined): Promise<void> {
    const problems = new Map<string, PathProblem>();
    const configRead = await readFolderFile(folder, CONFIG_PATH, MAX_CONFIG_BYTES);
    const configText = configRead && 'text' in configRead ? configRead.text : null;
    const config =
      configRead && 'unreadable' in configRead
        ? unreadableConfig(configRead.unreadable)
        : configText !== null
          ? parseConfig(configText)
          : { config: defaultConfig(), problems: [] };
    if (config.problems.length > 0) {
      this.log.warn('store', `${folder.name}: ${CONFIG_PATH} has problems; defaults stand in for them`);
    }
    const adrRead = await readFolderFile(folder, '.adr-dir', ADR_DIR_LIMIT);
    const adrDir = adrRead && 'text' in adrRead ? adrRead.text : null;
    const adrProblem =
      adrRead && 'unreadable' in adrRead
        ? unreadableText('.adr-dir', adrRead.unreadable)
        : adrDir !== null
          ? adrDirFolder(adrDir).problem
          : null;
    if (adrProblem) problems.set('.adr-dir', pathProblem('.adr-dir', 'invalid-config', adrProblem));
    const folders = recordFolders(config.config, adrDir);
    const sources = JSON.stringify([configText, adrDir]);
    const index = previous?.sources === sources ? previous.index : new RecordIndex(config.config, folders);
    const codeowners = await readCodeowners(folder);
    const state: FolderState = { folder, sources, config, index, problems, codeowners, watchers: [] };
    this.folders.set(folder.uri.toString(), state);

    const searchStarted = performance.now();
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, recordGlob(folders)), '**/node_modules/**');
    this.log.info('store', `${folder.name}: found ${uris.length} candidate files in ${Math.round(performance.now() - searchStarted)} ms`);
    await indexPaths(
      index,
      uris.map((u) => relativePath(folder, u)),
      this.source(state),
      {
        sliceMs: DEFAULT_SLICE_MS,
        yieldNow: platform.yieldToHost,
        clock: () => performance.now(),
        cancelled: () => generation !== this.generation,
      },
    );
    if (generation === this.generation) this.watch(state);
  }

  /**
   * Reads the files of a workspace folder by their paths from its root: from disk directly when
   * they are local and there is a disk (not in the browser), else through `workspace.fs`. A record that is there but cannot be read is kept among the folder's problems.
   */
  private source(state: FolderState): FileSource {
    const report = (p: PathProblem) => state.problems.set(p.path, p);
    const disk = state.folder.uri.scheme === 'file' ? platform.disk : null;
    if (disk) return disk.source(state.folder.uri.fsPath, report);
    const uri = (rel: string) => vscode.Uri.joinPath(state.folder.uri, rel);
    return {
      stat: async (rel) => {
        try {
          const stat = await vscode.workspace.fs.stat(uri(rel));
          return { mtime: stat.mtime, size: stat.size };
        } catch {
          return null;
        }
      },
      read: async (rel) => {
        const read = await readBounded(uri(rel), READ_LIMIT);
        if (read && 'unreadable' in read) report(pathProblem(rel, 'unreadable', vscode.l10n.t('{0} {1}; skipped.', rel, read.unreadable)));
        return read && 'text' in read ? read.text : null;
      },
    };
  }

  private watch(state: FolderState): void {
    const records = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(state.folder, '**/*.md'));
    const source = this.source(state);
    const only = (path: string): StoreChange => {
      const type = state.index.typeOf(path);
      return type ? new Set([type]) : undefined;
    };
    const onFile = async (uri: vscode.Uri) => {
      const path = relativePath(state.folder, uri);
      // Read again: a problem it had is gone unless the read finds it again.
      const had = state.problems.delete(path);
      if ((await indexPath(state.index, path, source)) || had || state.problems.has(path)) this.changed.fire(only(path));
    };
    const onDelete = (uri: vscode.Uri) => {
      const path = relativePath(state.folder, uri);
      if (state.index.remove(path) || state.problems.delete(path)) this.changed.fire(only(path));
    };
    records.onDidCreate(onFile);
    records.onDidChange(onFile);
    records.onDidDelete(onDelete);
    // The configuration decides which files are records: any change means indexing again.
    const settings = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(state.folder, `{${CONFIG_PATH},.adr-dir}`));
    const again = () => void this.refresh();
    settings.onDidCreate(again);
    settings.onDidChange(again);
    settings.onDidDelete(again);
    // CODEOWNERS only changes who owns what: read it again, the records stay.
    const owners = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(state.folder, `{${CODEOWNERS_PATHS.join(',')}}`));
    const reread = async () => {
      state.codeowners = await readCodeowners(state.folder);
      this.changed.fire(new Set(['page']));
    };
    owners.onDidCreate(reread);
    owners.onDidChange(reread);
    owners.onDidDelete(reread);
    state.watchers.push(records, settings, owners);
  }

  dispose(): void {
    this.generation++;
    for (const state of this.folders.values()) state.watchers.forEach((w) => w.dispose());
    this.folders.clear();
    this.disposables.forEach((d) => d.dispose());
  }
}

/** A team configuration that is there but is not read: the defaults, and why. */
/** A file of the folder itself (the team configuration, `.adr-dir`): one that leads out of a local folder through a link is not read. */
async function readFolderFile(folder: vscode.WorkspaceFolder, rel: string, limit: number): ReturnType<typeof readBounded> {
  const outside = folder.uri.scheme === 'file' && platform.disk ? platform.disk.leadsOutside(folder.uri.fsPath, rel) : null;
  return outside ? { unreadable: outside } : readBounded(vscode.Uri.joinPath(folder.uri, rel), limit);
}

/** The CODEOWNERS GitHub would use in a folder: the first of its places that holds one. */
async function readCodeowners(folder: vscode.WorkspaceFolder): Promise<FolderState['codeowners']> {
  for (const rel of CODEOWNERS_PATHS) {
    const read = await readFolderFile(folder, rel, MAX_CODEOWNERS_BYTES + 1);
    if (read === null) continue;
    const { codeowners, problems } = codeownersFrom(rel, read);
    return { file: codeowners, problems };
  }
  return { file: null, problems: [] };
}

function unreadableConfig(why: string): ConfigResult {
  const problem = pathProblem(CONFIG_PATH, 'invalid-config', vscode.l10n.t('{0} {1}; the defaults stand.', CONFIG_PATH, why)).problem;
  return { config: defaultConfig(), problems: [problem] };
}
