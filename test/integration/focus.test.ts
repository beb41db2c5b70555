import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, SETTINGS } from '../../src/constants';
import type { GithubStatus } from '../../src/core/github/status';
import type { FocusEnded } from '../../src/core/focus/machine';
import type { AsyncWorkApi } from '../../src/extension';
import type { SessionSource } from '../../src/github/session';
import { FakeGithub, sampleInbox } from '../support/fakeGithub';
import { activated, when } from './helpers';

const START = new Date('2026-11-25T09:00:00Z');

function minutesLater(minutes: number, seconds = 0, from = START): Date {
  return new Date(from.getTime() + minutes * 60_000 + seconds * 1000);
}

describe('focus mode in the extension host', () => {
  let api: AsyncWorkApi;
  let toggles = 0;
  let counting: vscode.Disposable;
  let tell: AsyncWorkApi['questions']['tell'];
  let told: { message: string; modal: boolean; actions: string[] }[] = [];
  let answer: string | undefined;

  before(async () => {
    api = await activated();
    // The real command runs; the seam only tells us each time it did.
    counting = api.doNotDisturb.onDidToggle(() => toggles++);
    // Messages are read here instead of in a dialog.
    tell = api.questions.tell;
    api.questions.tell = async (message, options, ...actions) => {
      told.push({ message, modal: options.modal === true, actions });
      return answer;
    };
  });

  beforeEach(() => {
    api.clock.pin(START);
    toggles = 0;
    told = [];
    answer = undefined;
  });

  afterEach(async () => {
    if (api.focus.focusing()) await vscode.commands.executeCommand(COMMANDS.endFocus);
  });

  after(() => {
    counting.dispose();
    api.questions.tell = tell;
    api.clock.pin(null);
  });

  it('puts a Focus item on the left of the status bar that toggles', () => {
    const { statusBarItem: item } = api.focus;
    assert.equal(item.name, 'Async Work Focus');
    assert.equal(item.alignment, vscode.StatusBarAlignment.Left);
    assert.equal(item.command, COMMANDS.toggleFocus);
    assert.equal(item.text, '$(target) Focus');
    assert.match(String(item.tooltip), /Click to start a 50-minute focus block/);
  });

  it('Start Focus counts down in the status bar and End Focus brings the item back, with one Do Not Disturb toggle each', async () => {
    assert.equal(await vscode.commands.executeCommand(COMMANDS.startFocus, 25), true);
    assert.equal(api.focus.statusBarItem.text, '$(bell-slash) 25m');
    assert.equal(toggles, 1);
    api.clock.pin(minutesLater(8));
    await api.focus.tick();
    assert.equal(api.focus.statusBarItem.text, '$(bell-slash) 17m');
    // On alice's clock (her team entry says Europe/Paris), whatever the machine's zone.
    assert.match(String(api.focus.statusBarItem.tooltip), /^Focus block until Wed 25 Nov, 10:25\nNo reminders held\nFocused today: 8m\n/);
    await api.focus.tick();
    assert.equal(toggles, 1, 'ticks during a block do not toggle Do Not Disturb');
    const ended = (await vscode.commands.executeCommand(COMMANDS.endFocus)) as FocusEnded | null;
    assert.equal(ended?.reason, 'ended');
    assert.equal(api.focus.statusBarItem.text, '$(target) Focus');
    assert.equal(toggles, 2);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.endFocus), null);
    assert.equal(toggles, 2);
  });

  it('Toggle Focus starts a block of the default length and ends it', async () => {
    await vscode.commands.executeCommand(COMMANDS.toggleFocus);
    assert.equal(api.focus.statusBarItem.text, '$(bell-slash) 50m');
    assert.equal(toggles, 1);
    await vscode.commands.executeCommand(COMMANDS.toggleFocus);
    assert.equal(api.focus.statusBarItem.text, '$(target) Focus');
    assert.equal(toggles, 2);
  });

  it('re-reads the default length when the setting changes', async () => {
    const config = vscode.workspace.getConfiguration(SETTINGS.section);
    await config.update(SETTINGS.focusDefaultMinutes, 90, vscode.ConfigurationTarget.Global);
    try {
      await when(vscode.workspace.onDidChangeConfiguration, () =>
        /Click to start a 90-minute focus block/.test(String(api.focus.statusBarItem.tooltip)),
      );
      await vscode.commands.executeCommand(COMMANDS.toggleFocus);
      assert.equal(api.focus.statusBarItem.text, '$(bell-slash) 1h 30m');
    } finally {
      await config.update(SETTINGS.focusDefaultMinutes, undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('holds reminders during a block and shows them as one digest when it ends', async () => {
    assert.equal(await api.reminderDelivery.deliver({ kind: 'review-request', key: 'pr/0', message: 'Review requested: #0' }), 'shown');
    await vscode.commands.executeCommand(COMMANDS.startFocus, 50);
    const held = await Promise.all([
      api.reminderDelivery.deliver({ kind: 'review-request', key: 'pr/1', message: 'Review requested: #1' }),
      api.reminderDelivery.deliver({
        kind: 'decision-window-closed',
        key: 'docs/adr/0007.md',
        message: 'Comments closed: Retire the legacy queue',
      }),
      api.reminderDelivery.deliver({ kind: 'review-request', key: 'pr/2', message: 'Review requested: #2' }),
      api.reminderDelivery.deliver({ kind: 'review-request', key: 'pr/2', message: 'Review requested: #2' }),
    ]);
    assert.deepEqual(held, ['held', 'held', 'held', 'held']);
    assert.match(String(api.focus.statusBarItem.tooltip), /^3 reminders held \(2 review requests, 1 decision window closed\)$/m);
    const ended = (await vscode.commands.executeCommand(COMMANDS.endFocus)) as FocusEnded;
    assert.equal(ended.text, 'While you focused: 2 review requests, 1 decision window closed.');
    assert.equal(toggles, 2);
  });

  it('finishes a block whose time is up by itself', async () => {
    // Another day, so that only this block counts today.
    const friday = new Date('2026-11-27T09:00:00Z');
    api.clock.pin(friday);
    await vscode.commands.executeCommand(COMMANDS.startFocus, 25);
    api.clock.pin(minutesLater(25, 0, friday));
    await api.focus.tick();
    api.clock.pin(minutesLater(25, 2, friday));
    await api.focus.tick();
    assert.equal(api.focus.statusBarItem.text, '$(target) Focus');
    assert.equal(toggles, 2);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.showFocusSummary), 'Focused today: 25m. No focus block is running.');
    assert.deepEqual(told, [{ message: 'Focused today: 25m. No focus block is running.', modal: true, actions: ['Start Focus'] }]);
  });

  it('Show Focus Summary shows the summary in a modal dialog during a block, which Do Not Disturb does not hide, and can end it', async () => {
    await vscode.commands.executeCommand(COMMANDS.startFocus, 25);
    api.clock.pin(minutesLater(10));
    await api.focus.tick();
    answer = 'End Focus';
    const text = (await vscode.commands.executeCommand(COMMANDS.showFocusSummary)) as string;
    assert.deepEqual(told, [{ message: text, modal: true, actions: ['End Focus'] }]);
    // The button's command runs once the dialog is answered: Do Not Disturb goes off with the block.
    await when(api.doNotDisturb.onDidToggle, () => toggles === 2);
    assert.equal(api.focus.focusing(), false);
  });

  describe('the GitHub status (fake GitHub on 127.0.0.1)', () => {
    const TRAIN: GithubStatus = {
      message: 'On the train',
      emoji: ':train:',
      expiresAt: null,
      limitedAvailability: false,
      organizationId: null,
    };
    const config = () => vscode.workspace.getConfiguration(SETTINGS.section);
    let fake: FakeGithub;
    let asks = 0;

    /** The setting, once the extension host sees it. */
    async function setGithubStatus(on: boolean | undefined): Promise<void> {
      await config().update(SETTINGS.focusGithubStatus, on, vscode.ConfigurationTarget.Global);
      await when(vscode.workspace.onDidChangeConfiguration, () => api.settings.focus.githubStatus === (on ?? false));
    }

    before(async () => {
      fake = await FakeGithub.start(sampleInbox(START));
      fake.data.userToken = 'gho_fake_user_scope_token_0123456789';
      fake.now = () => api.clock.now();
      let granted = false;
      // Not signed in for the inbox (no polling); the GitHub status asks for the user scope.
      const sessions: SessionSource = {
        get: () => Promise.resolve(null),
        withUserScope: (ask) => {
          if (!granted && ask) {
            asks++;
            granted = true;
          }
          return Promise.resolve(granted ? { token: fake.data.userToken!, login: fake.data.viewer } : null);
        },
        onDidChange: () => ({ dispose() {} }),
      };
      await api.connectGithub({ baseUrl: fake.url, remoteHost: 'github.com', sessions, timeoutMs: 2000, retryBaseMs: 1 });
    });

    beforeEach(() => {
      fake.data.status = { ...TRAIN };
    });

    afterEach(async () => {
      if (api.focus.focusing()) await vscode.commands.executeCommand(COMMANDS.endFocus);
      await api.focus.githubStatus.idle();
      await setGithubStatus(undefined);
    });

    after(async () => {
      await api.connectGithub({
        baseUrl: fake.url,
        remoteHost: 'github.com',
        sessions: { get: () => Promise.resolve(null), withUserScope: () => Promise.resolve(null), onDidChange: () => ({ dispose() {} }) },
      });
      await fake.close();
    });

    it('with the setting on, Start Focus sets the GitHub status until the end of the block and End Focus puts the previous one back', async () => {
      await setGithubStatus(true);
      await vscode.commands.executeCommand(COMMANDS.startFocus, 25);
      assert.equal(toggles, 1, 'Do Not Disturb does not wait for GitHub');
      await api.focus.githubStatus.idle();
      // On alice's clock: her team entry's zone, not the machine's.
      const zone = 'Europe/Paris';
      const until = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(
        minutesLater(25),
      );
      assert.deepEqual(fake.data.status, {
        message: `Focusing until ${until} — I reply within 24h`,
        emoji: ':no_bell:',
        expiresAt: minutesLater(25).toISOString(),
        limitedAvailability: true,
        organizationId: null,
      });
      assert.equal(asks, 1, 'the user scope is asked for');
      api.clock.pin(minutesLater(10));
      await vscode.commands.executeCommand(COMMANDS.endFocus);
      await api.focus.githubStatus.idle();
      assert.deepEqual(fake.data.status, TRAIN);
      assert.deepEqual(fake.operations.slice(-4), [
        'AsyncWorkViewerStatus',
        'AsyncWorkChangeStatus',
        'AsyncWorkViewerStatus',
        'AsyncWorkChangeStatus',
      ]);
      await vscode.commands.executeCommand(COMMANDS.startFocus, 25);
      await api.focus.githubStatus.idle();
      assert.equal(asks, 1, 'only the first time');
    });

    it('with the setting off, a block makes no status request', async () => {
      const before = fake.requests;
      await vscode.commands.executeCommand(COMMANDS.startFocus, 25);
      await vscode.commands.executeCommand(COMMANDS.endFocus);
      await api.focus.githubStatus.idle();
      assert.equal(fake.requests, before);
      assert.deepEqual(fake.data.status, TRAIN);
      assert.equal(toggles, 2);
    });
  });
});
