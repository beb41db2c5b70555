// Who "me" is in this window: the setting, else the signed-in GitHub login, else the git user
// matched against the team.
import * as vscode from 'vscode';
import { systemZone } from '../clock';
import { CONTEXT, SETTINGS, settingId } from '../constants';
import { resolveMe, type Me } from '../core/team/me';
import type { Log } from '../log';
import { platform } from '../env/node/platform';
import type { Settings } from '../settings';
import type { RecordStore } from '../workspace/store';

export class MeTracker implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private gitUser: { name: string | null; email: string | null } = { name: null, email: null };
  private githubLogin: string | null = null;
  private me: Me | null = null;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: RecordStore,
    private readonly settings: Settings,
    private readonly log: Log,
  ) {
    this.disposables = [this.changed, settings.onDidChangeMe(() => this.update()), store.onDidChange(() => this.update())];
    this.update();
  }

  /**
   * Reads the git user once, in the background (only in a trusted workspace: it runs git). Where
   * git cannot run (the browser), "me" is the setting or the GitHub sign-in.
   */
  async readGitUser(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const git = platform.git;
    if (!git || !folder || folder.uri.scheme !== 'file' || !vscode.workspace.isTrusted) return;
    const [name, email] = await Promise.all([
      git.run(folder.uri.fsPath, ['config', '--get', 'user.name']),
      git.run(folder.uri.fsPath, ['config', '--get', 'user.email']),
    ]);
    this.gitUser = { name, email };
    this.update();
  }

  /** The login of the GitHub account signed in, or null after signing out. */
  setGithubLogin(login: string | null): void {
    this.githubLogin = login;
    this.update();
  }

  current(): Me | null {
    return this.me;
  }

  /** The zone times are shown in: me's team entry's when known, else this machine's. */
  zone(): string {
    return this.me?.member?.timezone ?? systemZone();
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
    const me = resolveMe(
      { setting: this.settings.me, githubLogin: this.githubLogin, gitName: this.gitUser.name, gitEmail: this.gitUser.email },
      this.team(),
    );
    // The team entry counts too: it comes with the team configuration, which may be read after the setting.
    if (me?.handle === this.me?.handle && me?.source === this.me?.source && me?.member === this.me?.member) return;
    if ((me === null) !== (this.me === null)) void vscode.commands.executeCommand('setContext', CONTEXT.meKnown, me !== null);
    this.me = me;
    this.log.info('me', me ? `you are @${me.handle} (from ${me.source})` : `who you are is not known; set ${settingId(SETTINGS.me)}`);
    this.changed.fire();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
