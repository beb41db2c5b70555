// Focus mode in this window: the status bar item, the settings, and what the core FocusMachine and
// the GitHub status need from VS Code (global state, Do Not Disturb, messages, sign-in).
//
// Why a one-second tick: global state is shared by every window, and VS Code copies a write from one
// window into the others' extension hosts within a fraction of a second, but the API has no event
// for it. Reading global state is an in-memory lookup, so every window reads it each second: a block
// started or ended in one window shows in the others within two seconds, and the same tick counts
// down, finishes expired blocks and starts scheduled ones.
import * as vscode from 'vscode';
import type { Clock } from '../clock';
import { COMMANDS, CONTEXT, SETTINGS, settingId, STATE, STATUS_BAR_FOCUS } from '../constants';
import { FocusMachine, type FocusEnded } from '../core/focus/machine';
import { parseFocusSchedule } from '../core/focus/schedule';
import type { Log } from '../log';
import type { FocusSettings, Settings } from '../settings';
import { FocusGithubStatus, type FocusGithubStatusPorts } from './githubStatus';
import type { DoNotDisturb } from './doNotDisturb';
import type { Reminder } from '../core/reminders/reminders';
import { pickText } from '../core/common/text';
import { humanTime } from '../core/time/humanTime';

const TICK_MS = 1000;

/** Left, before the items of other extensions. */
const PRIORITY = 1000;

export class FocusMode implements vscode.Disposable {
  readonly machine: FocusMachine;
  readonly githubStatus: FocusGithubStatus;
  readonly statusBarItem: vscode.StatusBarItem;
  /** The focus settings as last read; the schedule in them is the machine's. */
  private current: FocusSettings;
  private shown: { text?: string; tooltip?: string; focusing?: boolean } = {};
  private ticking = false;
  private readonly disposables: vscode.Disposable[];

  constructor(
    state: vscode.Memento,
    doNotDisturb: DoNotDisturb,
    private readonly clock: Clock,
    private readonly settings: Settings,
    private readonly log: Log,
    github: Pick<FocusGithubStatusPorts, 'client' | 'replyWithin'>,
    /** The user's zone (their team entry's when "me" is known): what "today", the schedule and the times shown mean. */
    private readonly zone: () => string,
  ) {
    this.machine = new FocusMachine({
      now: () => clock.now(),
      get zone() {
        return zone();
      },
      window: vscode.env.sessionId,
      load: () => state.get(STATE.focus),
      save: async (s) => state.update(STATE.focus, s),
      toggleDoNotDisturb: () => doNotDisturb.toggle(),
      started: (block) => this.githubStatus.started(block),
      ended: (ended) => {
        this.showEnded(ended);
        this.githubStatus.ended(ended.block);
      },
      log: (message) => log.info('focus', message),
    });
    this.githubStatus = new FocusGithubStatus({
      now: () => clock.now(),
      get zone() {
        return zone();
      },
      // Read when a block starts, so a block started right after the setting changed follows it.
      enabled: () => settings.focus.githubStatus,
      replyWithin: github.replyWithin,
      client: github.client,
      running: () => this.machine.state().block,
      remember: (startedAt, record) => this.machine.rememberGithubStatus(startedAt, record),
      log: (level, message) => log[level]('focus', message),
      tell: (message) => void vscode.window.showWarningMessage(message),
    });
    this.statusBarItem = vscode.window.createStatusBarItem(STATUS_BAR_FOCUS, vscode.StatusBarAlignment.Left, PRIORITY);
    this.statusBarItem.name = vscode.l10n.t('Async Work Focus');
    this.statusBarItem.command = COMMANDS.toggleFocus;
    this.current = this.readSettings();
    const timer = setInterval(() => void this.tick(), TICK_MS);
    this.disposables = [
      this.statusBarItem,
      { dispose: () => clearInterval(timer) },
      settings.onDidChangeFocus(() => {
        this.current = this.readSettings();
        this.render();
      }),
    ];
    // The first tick (activate() starts it) shows the item: rendering it reads the time zone, and
    // the first use of Intl costs about 15 ms, which activation does not wait for.
  }

  get defaultMinutes(): number {
    return this.current.defaultMinutes;
  }

  focusing(): boolean {
    return this.machine.state().block !== null;
  }

  async start(minutes: number): Promise<void> {
    await this.machine.start(minutes);
    this.render();
  }

  async end(): Promise<FocusEnded | null> {
    const ended = await this.machine.end();
    this.render();
    return ended;
  }

  /** What a click on the status bar item does: end the block, or start one of the default length. */
  async toggle(): Promise<void> {
    if (this.focusing()) await this.end();
    else await this.start(this.current.defaultMinutes);
  }

  /** Holds a reminder while a block runs; false when none runs. */
  async hold(reminder: Reminder): Promise<boolean> {
    const held = await this.machine.hold(reminder);
    if (held) this.render();
    return held;
  }

  summary(): string {
    return this.machine.summary();
  }

  /** Follows the shared state; the timer calls it every second, tests may call it to skip the wait. */
  async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      await this.machine.tick();
    } catch (error) {
      this.log.error('focus', `tick failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.ticking = false;
    }
    this.render();
  }

  private readSettings(): FocusSettings {
    const focus = this.settings.focus;
    const { rules, problems } = parseFocusSchedule(focus.schedule);
    for (const problem of problems) this.log.warn('focus', `${settingId(SETTINGS.focusSchedule)}: ${problem}`);
    this.machine.setSchedule(rules);
    return focus;
  }

  /** Sets only what changed: the status bar is updated over IPC. */
  private render(): void {
    const status = this.machine.status(this.current.defaultMinutes);
    if (this.shown.text === undefined) this.statusBarItem.show();
    if (status.text !== this.shown.text) {
      this.statusBarItem.text = status.text;
      this.statusBarItem.accessibilityInformation = { label: status.label, role: 'button' };
    }
    if (status.tooltip !== this.shown.tooltip) this.statusBarItem.tooltip = status.tooltip;
    if (status.focusing !== this.shown.focusing) void vscode.commands.executeCommand('setContext', CONTEXT.focusing, status.focusing);
    this.shown = status;
  }

  /** Shown after Do Not Disturb is back off, so the message is not silenced. */
  private showEnded(ended: FocusEnded): void {
    if (!ended.text) return;
    const details = ended.held.length > 0 ? [vscode.l10n.t('Show')] : [];
    void vscode.window.showInformationMessage(ended.text, ...details).then((picked) => {
      if (!picked) return;
      void vscode.window.showQuickPick(
        ended.held.map((h) => ({
          label: pickText(h.message),
          description: humanTime(new Date(h.at), this.zone(), this.clock.now()),
        })),
        { title: vscode.l10n.t('While you focused') },
      );
    });
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
