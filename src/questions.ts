// Questions the commands ask, and the messages that offer a choice. One object owned by the
// composition root, so the integration tests can answer through the test API instead of a dialog,
// an input box or a notification.
import * as vscode from 'vscode';

export interface Questions {
  /** A modal question; true when the user chose `action`. */
  confirm(message: string, action: string): Promise<boolean>;
  /** An input box; undefined when it was dismissed. */
  input(options: vscode.InputBoxOptions): Promise<string | undefined>;
  /** An information message with buttons; the button chosen, or undefined when it was closed. */
  tell(message: string, ...actions: string[]): Promise<string | undefined>;
}

export function createQuestions(): Questions {
  return {
    confirm: async (message, action) => (await vscode.window.showWarningMessage(message, { modal: true }, action)) === action,
    input: (options) => Promise.resolve(vscode.window.showInputBox(options)),
    tell: (message, ...actions) => Promise.resolve(vscode.window.showInformationMessage(message, ...actions)),
  };
}
