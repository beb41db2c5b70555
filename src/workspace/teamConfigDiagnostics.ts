// `invalid-config` diagnostics on `.async/config.yaml`: from the saved file (as the store read it)
// and, while the file is open, from its text as you type. Also the files the store found but could
// not read or use (`.adr-dir`, records that are FIFOs, links to nothing or out of the folder).
import * as vscode from 'vscode';
import { CONFIG_PATH, parseConfig } from '../core/team/config';
import type { Problem } from '../core/records/types';
import { DIAGNOSTIC_SOURCE } from '../constants';
import { toRange } from './recordEdits';
import type { RecordStore } from './store';

function toDiagnostic(p: Problem): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(p), p.message, vscode.DiagnosticSeverity.Error);
  d.code = p.code;
  d.source = DIAGNOSTIC_SOURCE;
  return d;
}

function isConfigFile(doc: vscode.TextDocument): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  return !!folder && doc.uri.toString() === vscode.Uri.joinPath(folder.uri, CONFIG_PATH).toString();
}

export class TeamConfigDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('asyncWork.config');
  private readonly files = vscode.languages.createDiagnosticCollection('asyncWork.files');
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: RecordStore) {
    const typed = (doc: vscode.TextDocument) => {
      if (isConfigFile(doc)) this.collection.set(doc.uri, parseConfig(doc.getText()).problems.map(toDiagnostic));
    };
    this.disposables = [
      this.collection,
      this.files,
      store.onDidChange(() => this.fromStore()),
      vscode.workspace.onDidOpenTextDocument(typed),
      vscode.workspace.onDidChangeTextDocument((e) => typed(e.document)),
      // Closed: back to the saved file's problems.
      vscode.workspace.onDidCloseTextDocument((doc) => isConfigFile(doc) && this.fromStore()),
    ];
  }

  private fromStore(): void {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, CONFIG_PATH);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
      this.collection.set(uri, (open ? parseConfig(open.getText()) : this.store.config(folder)).problems.map(toDiagnostic));
    }
    this.files.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const byFile = new Map<string, vscode.Diagnostic[]>();
      for (const p of this.store.fileProblems(folder)) byFile.set(p.path, [...(byFile.get(p.path) ?? []), toDiagnostic(p.problem)]);
      for (const [path, list] of byFile) this.files.set(vscode.Uri.joinPath(folder.uri, path), list);
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
