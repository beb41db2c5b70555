// How the extension's own reminders reach the user: shown at once, or held while a focus block runs
// and counted in the digest when it ends.
import * as vscode from 'vscode';
import type { NotificationKind } from '../core/heldNotifications';
import type { FocusMode } from './focusMode';

export interface Reminder {
  kind: NotificationKind;
  /** What it is about (a record path, a pull request): the same reminder is held once. */
  key: string;
  message: string;
}

export class Notifier {
  constructor(private readonly focus: FocusMode) {}

  async notify(reminder: Reminder): Promise<'shown' | 'held'> {
    if (await this.focus.hold(reminder)) return 'held';
    void vscode.window.showInformationMessage(reminder.message);
    return 'shown';
  }
}
