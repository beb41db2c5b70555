// Completeness diagnostics while you type, their quick fixes, and `invalid-config` diagnostics on
// the team configuration. The checks are core's; this feeds them the open document's text.
import * as vscode from 'vscode';
import type { Clock } from '../clock';
import { CONFIG_PATH, parseConfig } from '../core/config';
import { checkRecord, type CheckContext } from '../core/checks';
import { parseRecord } from '../core/records';
import { localLinkTargets } from '../core/requestChecks';
import type { AsyncRecord, Problem } from '../core/types';
import { DIAGNOSTIC_SOURCE } from '../constants';
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

function isConfigFile(doc: vscode.TextDocument): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  return !!folder && doc.uri.toString() === vscode.Uri.joinPath(folder.uri, CONFIG_PATH).toString();
}

export class RecordDiagnostics implements vscode.Disposable, vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  private readonly collection = vscode.languages.createDiagnosticCollection('asyncWork');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: RecordStore,
    private readonly clock: Clock,
  ) {
    this.disposables = [
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => void this.check(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.later(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        // Closed records keep nothing; a closed config keeps the problems the store found on disk.
        if (!isConfigFile(d)) this.collection.delete(d.uri);
      }),
      store.onDidChange(() => this.checkAll()),
      vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, this, { providedCodeActionKinds: RecordDiagnostics.kinds }),
    ];
  }

  /** Checks every open document and every folder's configuration. */
  checkAll(): void {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, CONFIG_PATH);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (!open) this.collection.set(uri, this.store.config(folder).problems.map(toDiagnostic));
    }
    for (const doc of vscode.workspace.textDocuments) void this.check(doc);
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

  private read(doc: vscode.TextDocument): { record: AsyncRecord; ctx: CheckContext } | null {
    const at = this.store.locate(doc.uri);
    if (!at) return null;
    const record = parseRecord(at.type, at.path, doc.getText(), at.config);
    const records = this.store.records().filter((s) => s.folder === at.folder).map((s) => s.record);
    return { record, ctx: { config: at.config, now: this.clock.now(), records, exists: () => true } };
  }

  /** Checks one document now; the link targets are looked up on disk first. */
  async check(doc: vscode.TextDocument): Promise<void> {
    if (isConfigFile(doc)) {
      this.collection.set(doc.uri, parseConfig(doc.getText()).problems.map(toDiagnostic));
      return;
    }
    const read = this.read(doc);
    if (!read) return;
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri)!;
    const found = new Set<string>();
    await Promise.all(
      localLinkTargets(read.record).map(async (p) => {
        try {
          await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, p));
          found.add(p);
        } catch {
          // Missing: the check reports the link.
        }
      }),
    );
    if (doc.isClosed) return;
    const problems = checkRecord(read.record, { ...read.ctx, exists: (p) => found.has(p) });
    this.collection.set(doc.uri, problems.map(toDiagnostic));
  }

  /** Quick fixes for our diagnostics, from the problems of the document as it is now. */
  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    const read = this.read(doc);
    if (!read) return [];
    const problems = checkRecord(read.record, read.ctx);
    const actions: vscode.CodeAction[] = [];
    for (const d of ours) {
      const problem = problems.find((p) => p.code === d.code && p.line === d.range.start.line && p.column === d.range.start.character);
      problem?.fixes?.forEach((fix, i) => {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [d];
        action.isPreferred = i === 0;
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(doc.uri, toRange(fix.edit), fix.edit.text);
        actions.push(action);
      });
    }
    return actions;
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.disposables.forEach((d) => d.dispose());
  }
}
