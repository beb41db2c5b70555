// The status-bar item that names the owner of the file in the active editor: a page's own owner,
// else the CODEOWNERS line that decides it ("Owner: @payments-team"); a file nobody owns says so.
// Clicking it opens that line. Hidden where there is nothing to say: outside the workspace
// folders, and on a file that is not a page in a folder without CODEOWNERS.
import * as vscode from 'vscode';
import { COMMANDS, STATUS_BAR_OWNER } from '../constants';
import { fileOwnership, ownerLabel, pageOwnership, type Ownership } from '../core/handbook/ownership';
import { pickText } from '../core/common/text';
import { relativePath } from '../workspace/files';
import { touches, type RecordStore } from '../workspace/store';

/** Left of the focus item's side: it is about the file, like the language and encoding items. */
const PRIORITY = 101;

export class OwnerStatus implements vscode.Disposable {
  private readonly statusBarItem = vscode.window.createStatusBarItem(STATUS_BAR_OWNER, vscode.StatusBarAlignment.Right, PRIORITY);
  private readonly disposables: vscode.Disposable[];
  private visible = false;

  constructor(private readonly store: RecordStore) {
    this.statusBarItem.name = vscode.l10n.t('Async Work Owner');
    this.disposables = [
      this.statusBarItem,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      // Only pages and CODEOWNERS decide owners (a full refresh says undefined, which touches every type).
      store.onDidChange((change) => touches(change, 'page') && this.update()),
    ];
    this.update();
  }

  /** What the item says now (for tests): its text, or undefined while hidden. */
  shown(): { text: string; tooltip: string } | undefined {
    return this.visible ? { text: this.statusBarItem.text, tooltip: String(this.statusBarItem.tooltip ?? '') } : undefined;
  }

  update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
    const codeowners = folder ? this.store.codeowners(folder) : null;
    const stored = uri ? this.store.find(uri) : undefined;
    const ownership: Ownership | null =
      stored?.record.type === 'page'
        ? pageOwnership(stored.record, codeowners)
        : folder && uri && codeowners
          ? fileOwnership(relativePath(folder, uri), codeowners)
          : null;
    // Without CODEOWNERS, code has no owner to name; a page still says whether it has one.
    if (!uri || !folder || !ownership || (ownership.source === 'none' && !codeowners && stored?.record.type !== 'page')) {
      this.visible = false;
      this.statusBarItem.hide();
      return;
    }
    const names = ownership.owners.map((o) => pickText(ownerLabel(o), 60));
    const icon =
      ownership.owners.length === 0 ? '$(question)' : ownership.owners.some((o) => o.includes('/')) ? '$(organization)' : '$(person)';
    const said =
      names.length === 0
        ? vscode.l10n.t('No owner')
        : names.length === 1
          ? vscode.l10n.t('Owner: {0}', names[0])
          : vscode.l10n.t('Owners: {0}', names.join(', '));
    this.statusBarItem.text = `${icon} ${said}`;
    this.statusBarItem.tooltip = tooltip(ownership);
    this.statusBarItem.command = { command: COMMANDS.showOwner, title: vscode.l10n.t('Show Owner'), arguments: [uri] };
    this.statusBarItem.accessibilityInformation = { label: said };
    this.visible = true;
    this.statusBarItem.show();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function tooltip(ownership: Ownership): string {
  if (ownership.source === 'front-matter') return vscode.l10n.t("Named in the page's front matter. Click to go there.");
  if (!ownership.rule)
    return ownership.source === 'none'
      ? vscode.l10n.t('No "owner" in the page\'s front matter and no CODEOWNERS line for it. Use Set Owner… to name one.')
      : vscode.l10n.t('No CODEOWNERS line matches this file, so nobody is asked to review its changes. Click to open CODEOWNERS.');
  const { path, line, pattern } = ownership.rule;
  return ownership.owners.length === 0
    ? vscode.l10n.t('{0} line {1} ({2}) leaves this file without an owner. Click to open it.', path, line + 1, pickText(pattern, 80))
    : vscode.l10n.t('From {0} line {1} ({2}), the last line that matches. Click to open it.', path, line + 1, pickText(pattern, 80));
}
