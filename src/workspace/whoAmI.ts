// Who "me" is in this window: the setting, else the git user matched against the team. The GitHub
// login joins once GitHub sign-in exists.
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import { onSettingsChanged, readSettings } from '../config';
import { resolveMe, type Me } from '../core/me';
import type { Log } from '../log';
import type { RecordStore } from './store';

function gitConfig(cwd: string, key: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('git', ['config', '--get', key], { cwd, timeout: 3000 }, (error, stdout) => resolve(error ? null : stdout.trim() || null));
  });
}

export class WhoAmI implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private git: { name: string | null; email: string | null } = { name: null, email: null };
  private me: Me | null = null;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: RecordStore,
    private readonly log: Log,
  ) {
    this.disposables = [this.changed, onSettingsChanged(() => this.update()), store.onDidChange(() => this.update())];
    this.update();
  }

  /** Reads the git user once, in the background (only in a trusted workspace: it runs git). */
  async readGitUser(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder || folder.uri.scheme !== 'file' || !vscode.workspace.isTrusted) return;
    const [name, email] = await Promise.all([gitConfig(folder.uri.fsPath, 'user.name'), gitConfig(folder.uri.fsPath, 'user.email')]);
    this.git = { name, email };
    this.update();
  }

  current(): Me | null {
    return this.me;
  }

  /** The team list of the first folder that has one. */
  team() {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const team = this.store.config(folder).config.team;
      if (team.length > 0) return team;
    }
    return [];
  }

  private update(): void {
    const me = resolveMe({ setting: readSettings().me, gitName: this.git.name, gitEmail: this.git.email }, this.team());
    if (me?.handle === this.me?.handle && me?.source === this.me?.source) return;
    this.me = me;
    this.log.info('me', me ? `you are @${me.handle} (from ${me.source})` : 'who you are is not known; set asyncWork.me');
    this.changed.fire();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
