import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/constants';
import type { FocusEnded } from '../../src/core/focus/machine';
import type { AsyncWorkApi } from '../../src/extension';
import { activated, SAMPLE_NOW, when } from './helpers';

const hoursLater = (h: number) => new Date(SAMPLE_NOW.getTime() + h * 3_600_000);

describe('reminders in the extension host', () => {
  let api: AsyncWorkApi;

  before(async () => {
    api = await activated();
  });

  after(async () => {
    if (api.focus.focusing()) await vscode.commands.executeCommand(COMMANDS.endFocus);
    await vscode.commands.executeCommand(COMMANDS.setMe, 'alice');
    await when(api.meTracker.onDidChange, () => api.meTracker.current()?.handle === 'alice');
    api.clock.pin(null);
  });

  it('holds a reply-by of mine that passed during a focus block, and tells it in the digest', async () => {
    await vscode.commands.executeCommand(COMMANDS.setMe, 'bruno');
    await when(api.meTracker.onDidChange, () => api.meTracker.current()?.handle === 'bruno');
    api.clock.pin(SAMPLE_NOW);
    assert.deepEqual(await api.reminders.check(), []);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.startFocus, 240), true);
    // bruno's reply on the holiday rota is due three hours after the samples' moment.
    api.clock.pin(hoursLater(4));
    const given = await api.reminders.check();
    assert.deepEqual(
      given.map((r) => r.kind),
      ['request-overdue'],
    );
    assert.match(String(api.focus.statusBarItem.tooltip), /^1 reminder held \(1 request overdue\)$/m);
    assert.deepEqual(await api.reminders.check(), [], 'each reminder is given once');
    const ended = (await vscode.commands.executeCommand(COMMANDS.endFocus)) as FocusEnded;
    assert.equal(ended.text, 'While you focused: 1 request overdue.');
  });

  it('reminds me once when a page of mine passes its review date, at midnight on my calendar', async () => {
    await vscode.commands.executeCommand(COMMANDS.setMe, 'alice');
    await when(api.meTracker.onDidChange, () => api.meTracker.current()?.handle === 'alice');
    // Alice's incident response page is due for review on 3 Dec: overdue from midnight in Paris (23:00 UTC).
    api.clock.pin(new Date('2026-12-03T22:00:00Z'));
    await api.reminders.check();
    api.clock.pin(new Date('2026-12-03T22:59:00Z'));
    assert.deepEqual(await api.reminders.check(), []);
    api.clock.pin(new Date('2026-12-03T23:01:00Z'));
    const given = await api.reminders.check();
    assert.deepEqual(
      given.map((r) => [r.kind, r.message]),
      [['page-review-overdue', 'Review overdue: the page "Incident response" was due for review on 3 Dec 2026.']],
    );
    assert.deepEqual(await api.reminders.check(), [], 'each reminder is given once');
  });
});
