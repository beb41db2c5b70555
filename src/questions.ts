// Questions the commands ask before they act. One object owned by the composition root, so the
// integration tests can answer a question through the test API instead of a modal dialog.
import * as vscode from 'vscode';

export interface Questions {
  /** A modal question; true when the user chose `action`. */
  confirm(message: string, action: string): Promise<boolean>;
}

export function createQuestions(): Questions {
  return {
    confirm: async (message, action) => (await vscode.window.showWarningMessage(message, { modal: true }, action)) === action,
  };
}
