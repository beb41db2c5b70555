// Quick fixes for completeness diagnostics: the edits core attaches to each problem (add an owner,
// add reply-by or deadline, insert a missing section), for the document as it is now.
import * as vscode from 'vscode';
import type { Clock } from '../clock';
import { checkRecord } from '../core/checks/checkRecord';
import { parseRecord } from '../core/records/parseRecord';
import { DIAGNOSTIC_SOURCE } from '../constants';
import { toRange } from './recordEdits';
import type { RecordStore } from './store';

export class RecordQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly store: RecordStore,
    private readonly clock: Clock,
    /** The reader's zone, for the times in messages. */
    private readonly zone: () => string,
  ) {}

  register(): vscode.Disposable {
    return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, this, {
      providedCodeActionKinds: RecordQuickFixes.kinds,
    });
  }

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const at = ours.length > 0 ? this.store.locate(doc.uri) : null;
    if (!at) return [];
    const record = parseRecord(at.type, at.path, doc.getText(), at.config);
    const records = this.store
      .records()
      .filter((s) => s.folder === at.folder)
      .map((s) => s.record);
    // Fixes never depend on links, so the file system is not consulted here.
    const problems = checkRecord(
      record,
      {
        config: at.config,
        now: this.clock.now(),
        zone: this.zone(),
        records,
        exists: () => true,
        codeowners: this.store.codeowners(at.folder),
      },
      doc.getText(),
    );
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
}
