// The line at the top of an open handbook page: who owns it, when it was last reviewed and when the
// next review is due, with Mark Reviewed and Set Owner…. Read from the editor's text, so it follows
// what is typed.
import * as vscode from 'vscode';
import type { Clock } from '../clock';
import { COMMANDS } from '../constants';
import { lensText, pageRow } from '../core/handbook/groups';
import { parsePage } from '../core/handbook/page';
import { readDocument } from '../core/records/document';
import { pickText } from '../core/common/text';
import type { MeTracker } from '../team/meTracker';
import { touches, type RecordStore } from '../workspace/store';

/** The day turns over at different hours in different zones: the lenses are looked at again this often. */
const RECHECK_MS = 15 * 60_000;

export class PageLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: RecordStore,
    private readonly meTracker: MeTracker,
    private readonly clock: Clock,
  ) {
    const timer = setInterval(() => this.changed.fire(), RECHECK_MS);
    this.disposables = [
      this.changed,
      { dispose: () => clearInterval(timer) },
      store.onDidChange((change) => touches(change, 'page') && this.changed.fire()),
      meTracker.onDidChange(() => this.changed.fire()),
    ];
  }

  register(): vscode.Disposable {
    return vscode.Disposable.from(vscode.languages.registerCodeLensProvider({ language: 'markdown' }, this), this);
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const at = this.store.locate(doc.uri);
    if (at?.type !== 'page') return [];
    const page = parsePage(readDocument(doc.getText(), at.path), at.config);
    const row = pageRow(
      { ref: doc.uri, record: page, config: at.config, codeowners: this.store.codeowners(at.folder) },
      this.meTracker.current()?.handle ?? null,
      this.clock.now(),
    );
    const top = new vscode.Range(0, 0, 0, 0);
    return [
      new vscode.CodeLens(top, {
        title: pickText(lensText(row)),
        command: COMMANDS.showOwner,
        arguments: [doc.uri],
        tooltip: vscode.l10n.t('Who decided the owner'),
      }),
      new vscode.CodeLens(top, { title: vscode.l10n.t('Mark Reviewed'), command: COMMANDS.markReviewed, arguments: [doc.uri] }),
      new vscode.CodeLens(top, { title: vscode.l10n.t('Set Owner…'), command: COMMANDS.setOwner, arguments: [doc.uri] }),
    ];
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
