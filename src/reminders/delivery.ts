// How the extension's own reminders reach the user: shown at once, or held while a focus block runs
// and counted in the digest when it ends.
import * as vscode from 'vscode';
import type { Reminder } from '../core/reminders/reminders';
import type { FocusMode } from '../focus/focusMode';

export class ReminderDelivery {
  constructor(private readonly focus: FocusMode) {}

  async deliver(reminder: Reminder): Promise<'shown' | 'held'> {
    if (await this.focus.hold(reminder)) return 'held';
    void vscode.window.showInformationMessage(reminder.message);
    return 'shown';
  }
}
