// The `asyncWork.activeRecord` context key: the context value of the record in the active editor,
// so the command palette offers Accept, Reject… only while a decision they apply to is open.
import * as vscode from 'vscode';
import type { Clock } from '../clock';
import { CONTEXT } from '../constants';
import { decisionContextValue } from '../core/decisions/groups';
import type { RecordStore } from '../workspace/store';
import { editorRecord } from './target';

export class ActiveRecord implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  private value: string | undefined;

  constructor(
    private readonly store: RecordStore,
    private readonly clock: Clock,
  ) {
    const update = () => this.update();
    this.disposables = [vscode.window.onDidChangeActiveTextEditor(update), store.onDidChange(update)];
  }

  private update(): void {
    const r = editorRecord(this.store)?.record;
    const value = !r
      ? undefined
      : r.type === 'decision'
        ? decisionContextValue(r, this.clock.now())
        : `record:${r.type}:${r.status || 'none'}`;
    if (value === this.value) return;
    this.value = value;
    void vscode.commands.executeCommand('setContext', CONTEXT.activeRecord, value);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
