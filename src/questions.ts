// Questions the commands ask before they act, and what they tell after. One object owned by the
// composition root, so the integration tests can answer a question or read a message through the
// test API instead of a dialog, an input box, a quick pick or a notification.
import * as vscode from 'vscode';

export interface Questions {
  /** A modal question; true when the user chose `action`. */
  confirm(message: string, action: string): Promise<boolean>;
  /** A quick pick of `items`; the item chosen, or undefined. */
  pick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Promise<T | undefined>;
  /** A message (modal when `options` say so) with buttons; the button chosen, or undefined. */
  tell(message: string, options: vscode.MessageOptions, ...actions: string[]): Promise<string | undefined>;
  /** An input box; undefined when it was dismissed. */
  input(options: vscode.InputBoxOptions): Promise<string | undefined>;
}

export function createQuestions(): Questions {
  return {
    confirm: async (message, action) => (await vscode.window.showWarningMessage(message, { modal: true }, action)) === action,
    pick: async (items, options) => vscode.window.showQuickPick(items, options),
    tell: async (message, options, ...actions) => vscode.window.showInformationMessage(message, options, ...actions),
    input: (options) => Promise.resolve(vscode.window.showInputBox(options)),
  };
}
