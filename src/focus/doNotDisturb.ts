// VS Code's Do Not Disturb, which an extension can toggle but never read. This is the one place
// that runs the command; the integration tests count toggles through onDidToggle while the real
// command runs.
import * as vscode from 'vscode';
import type { Log } from '../log';

const TOGGLE_COMMAND = 'notifications.toggleDoNotDisturbMode';

export class DoNotDisturb implements vscode.Disposable {
  private readonly toggled = new vscode.EventEmitter<void>();
  readonly onDidToggle = this.toggled.event;

  constructor(private readonly log: Log) {}

  /** False when VS Code could not run the toggle (then nothing changed). */
  async toggle(): Promise<boolean> {
    try {
      await vscode.commands.executeCommand(TOGGLE_COMMAND);
    } catch (error) {
      this.log.warn('focus', `${TOGGLE_COMMAND} failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
    this.log.info('focus', 'Do Not Disturb toggled');
    this.toggled.fire();
    return true;
  }

  dispose(): void {
    this.toggled.dispose();
  }
}
