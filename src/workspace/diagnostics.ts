// Completeness diagnostics while you type: each open record is checked from its unsaved text,
// after a short pause in typing; links are looked up on disk first.
import * as vscode from 'vscode';
import type { Clock } from '../clock';
import { checkRecord } from '../core/checks/checkRecord';
import { parseRecord } from '../core/records/parseRecord';
import { localLinkTargets } from '../core/records/links';
import type { Problem } from '../core/records/types';
import { DIAGNOSTIC_SOURCE } from '../constants';
import { existsInside } from '../node/scan';
import { toRange } from './recordEdits';
import type { RecordStore } from './store';

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

export class RecordDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('asyncWork');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: RecordStore,
    private readonly clock: Clock,
    /** The reader's zone, for the times in messages. */
    private readonly zone: () => string,
  ) {
    this.disposables = [
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => void this.check(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.later(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
      store.onDidChange(() => vscode.workspace.textDocuments.forEach((d) => void this.check(d))),
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

  private async check(doc: vscode.TextDocument): Promise<void> {
    const at = this.store.locate(doc.uri);
    if (!at) return;
    const record = parseRecord(at.type, at.path, doc.getText(), at.config);
    const found = new Set<string>();
    if (at.folder.uri.scheme === 'file') {
      // Real paths: a link through a symlink that leaves the folder is broken, whatever is outside.
      const exists = existsInside(at.folder.uri.fsPath);
      for (const p of localLinkTargets(record)) if (exists(p)) found.add(p);
    } else {
      await Promise.all(
        localLinkTargets(record).map(async (p) => {
          try {
            await vscode.workspace.fs.stat(vscode.Uri.joinPath(at.folder.uri, p));
            found.add(p);
          } catch {
            // Missing: the check reports the link.
          }
        }),
      );
    }
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
      exists: (p) => found.has(p),
    });
    this.collection.set(doc.uri, problems.map(toDiagnostic));
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.disposables.forEach((d) => d.dispose());
  }
}
