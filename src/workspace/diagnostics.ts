// Completeness diagnostics in the Problems panel, as `async-work check` finds them: every indexed
// record has the problems of its saved text (up to `asyncWork.problems.maxRecords`, the most
// recently modified first), and a record open in an editor has those of its text as you type,
// checked after a short pause in typing. Closing the editor puts the saved text's problems back.
import * as vscode from 'vscode';
import type { Clock } from '../clock';
import { checkRecord, type CheckContext } from '../core/checks/checkRecord';
import { mostRecentlyModified } from '../core/index/recent';
import { parseRecord } from '../core/records/parseRecord';
import { localLinkTargets } from '../core/records/links';
import type { AsyncRecord, Problem } from '../core/records/types';
import { DIAGNOSTIC_SOURCE, SETTINGS, settingId } from '../constants';
import type { Log } from '../log';
import { platform } from '../env/node/platform';
import type { Settings } from '../settings';
import { toRange } from './recordEdits';
import type { RecordStore, StoredRecord } from './store';

/** Typing pauses this long before a document is checked again. */
const DEBOUNCE_MS = 300;

const SEVERITY: Record<Problem['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

function toDiagnostic(p: Problem): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(p), p.message, SEVERITY[p.severity]);
  d.code = p.code;
  d.source = DIAGNOSTIC_SOURCE;
  return d;
}

/** What the Problems panel shows of a list of problems: equal keys, nothing to send again. */
function shownKey(problems: readonly Problem[]): string {
  return JSON.stringify(problems.map((p) => [p.code, p.severity, p.message, p.line, p.column, p.endLine, p.endColumn]));
}

/** The key of problems from an open editor's text: never equal to one of saved problems. */
const LIVE = 'live';

/** Which of the `records` of `folder` their links point to exist: on disk, or through VS Code for other file systems. */
async function existing(folder: vscode.WorkspaceFolder, records: readonly AsyncRecord[]): Promise<(relPath: string) => boolean> {
  // Real paths: a link through a symlink that leaves the folder is broken, whatever is outside.
  if (folder.uri.scheme === 'file' && platform.disk) return platform.disk.existsInside(folder.uri.fsPath);
  const found = new Set<string>();
  const targets = new Set(records.flatMap(localLinkTargets));
  await Promise.all(
    [...targets].map(async (p) => {
      try {
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, p));
        found.add(p);
      } catch {
        // Missing: the check reports the link.
      }
    }),
  );
  return (p) => found.has(p);
}

export class RecordDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('asyncWork');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[];
  /** The saved text's problems of the records that show them, by URI. */
  private saved = new Map<string, { uri: vscode.Uri; problems: Problem[]; key: string }>();
  /** What the collection holds for each URI, so that problems that did not change are not sent again. */
  private readonly shown = new Map<string, { uri: vscode.Uri; key: string }>();
  /** Counts the checks of saved records, so a slower one that was overtaken publishes nothing. */
  private run = 0;
  /** The cap the log last said was reached, or null while every record shows its problems. */
  private loggedCap: number | null = null;

  constructor(
    private readonly store: RecordStore,
    private readonly clock: Clock,
    private readonly settings: Settings,
    private readonly log: Log,
    /** The reader's zone, for the times in messages. */
    private readonly zone: () => string,
  ) {
    this.disposables = [
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => void this.check(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.later(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.closed(d.uri)),
      store.onDidChange(() => {
        void this.checkSaved();
        vscode.workspace.textDocuments.forEach((d) => void this.check(d));
      }),
      settings.onDidChangeProblems(() => void this.checkSaved()),
    ];
  }

  private later(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.check(doc);
      }, DEBOUNCE_MS),
    );
  }

  /** Checks an open document from its text. */
  private async check(doc: vscode.TextDocument): Promise<void> {
    const at = this.store.locate(doc.uri);
    if (!at) return;
    const record = parseRecord(at.type, at.path, doc.getText(), at.config);
    const exists = await existing(at.folder, [record]);
    if (doc.isClosed) return;
    const records = this.store
      .records()
      .filter((s) => s.folder === at.folder)
      .map((s) => s.record);
    const problems = checkRecord(record, {
      config: at.config,
      now: this.clock.now(),
      zone: this.zone(),
      records,
      exists,
      codeowners: this.store.codeowners(at.folder),
    });
    this.collection.set(doc.uri, problems.map(toDiagnostic));
    this.shown.set(doc.uri.toString(), { uri: doc.uri, key: LIVE });
  }

  /** An editor closed: its record shows the saved text's problems again, if it is one that shows them. */
  private closed(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const saved = this.saved.get(key);
    if (saved) {
      this.collection.set(uri, saved.problems.map(toDiagnostic));
      this.shown.set(key, { uri, key: saved.key });
    } else if (this.shown.delete(key)) {
      this.collection.delete(uri);
    }
  }

  /**
   * Checks the saved text of the records that show their problems, then sends the Problems panel
   * only what changed: checking takes a few milliseconds per 1,000 records, sending costs more.
   */
  private async checkSaved(): Promise<void> {
    const run = ++this.run;
    const all = this.store.records();
    const max = this.settings.problems.maxRecords;
    const { kept, leftOut } = mostRecentlyModified(all, max);
    this.noteCap(max, all.length, leftOut);
    const now = this.clock.now();
    const byFolder = new Map<vscode.WorkspaceFolder, StoredRecord[]>();
    for (const s of kept) {
      const list = byFolder.get(s.folder);
      if (list) list.push(s);
      else byFolder.set(s.folder, [s]);
    }
    const saved = new Map<string, { uri: vscode.Uri; problems: Problem[]; key: string }>();
    for (const [folder, stored] of byFolder) {
      const exists = await existing(
        folder,
        stored.map((s) => s.record),
      );
      if (run !== this.run) return;
      const ctx: CheckContext = {
        config: this.store.config(folder).config,
        now,
        zone: this.zone(),
        // Every record of the folder, shown or not: duplicate numbers are found among them all.
        records: all.filter((s) => s.folder === folder).map((s) => s.record),
        exists,
        codeowners: this.store.codeowners(folder),
      };
      for (const s of stored) {
        const problems = checkRecord(s.record, ctx);
        saved.set(s.uri.toString(), { uri: s.uri, problems, key: shownKey(problems) });
      }
    }
    this.saved = saved;
    this.publish();
  }

  /** Sends the saved problems that changed, and clears those of records no longer shown; open editors keep theirs. */
  private publish(): void {
    const open = new Set(vscode.workspace.textDocuments.filter((d) => !d.isClosed).map((d) => d.uri.toString()));
    for (const [key, s] of this.saved) {
      if (open.has(key) || this.shown.get(key)?.key === s.key) continue;
      this.collection.set(s.uri, s.problems.map(toDiagnostic));
      this.shown.set(key, { uri: s.uri, key: s.key });
    }
    for (const [key, { uri }] of this.shown) {
      if (this.saved.has(key) || open.has(key)) continue;
      this.collection.delete(uri);
      this.shown.delete(key);
    }
  }

  /** Says once in the log that the cap left records out (again when the cap changes). */
  private noteCap(max: number, total: number, leftOut: number): void {
    if (leftOut === 0) {
      this.loggedCap = null;
      return;
    }
    if (this.loggedCap === max) return;
    this.loggedCap = max;
    const setting = settingId(SETTINGS.problemsMaxRecords);
    this.log.info(
      'problems',
      max === 0
        ? `${setting} is 0: only open editors show their problems (${leftOut} records left out)`
        : `${total} records, ${setting} is ${max}: the ${max} most recently modified show their problems, ${leftOut} are left out (open editors always show theirs)`,
    );
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.disposables.forEach((d) => d.dispose());
  }
}
