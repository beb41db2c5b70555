import * as assert from 'node:assert/strict';
import { BUSY_EMOJI } from '../../../src/core/focus/githubStatus';
import type { GithubStatus } from '../../../src/core/github/status';
import { FakeGithub, sampleInbox } from '../../support/fakeGithub';
import { SETTINGS } from '../../../src/constants';
import { bothClaim, MINUTE, settle, World } from '../../support/focusWorld';
import { settingSchemas } from '../../support/helpers';

const NOW = new Date('2026-11-25T09:00:00Z');
const TRAIN: GithubStatus = {
  message: 'On the train',
  emoji: ':train:',
  expiresAt: null,
  limitedAvailability: false,
  organizationId: null,
};

describe('the GitHub status of focus blocks (windows on one state, fake GitHub)', () => {
  let fake: FakeGithub;
  let world: World;
  const statusRequests = () => fake.operations.filter((o) => o !== 'AsyncWorkInbox').length;
  const changes = () => fake.operations.filter((o) => o === 'AsyncWorkChangeStatus').length;

  before(async () => {
    fake = await FakeGithub.start(sampleInbox(NOW));
    fake.data.userToken = 'gho_fake_user_scope_token_0123456789';
  });
  after(() => fake.close());

  beforeEach(() => {
    world = new World();
    world.github = { fake, enabled: true, granted: false, declines: false, asks: 0 };
    fake.data.status = { ...TRAIN };
    fake.now = () => world.now;
  });
  afterEach(() => fake.setFault(null));

  it('sets the GitHub status when a block starts, asking for the user scope the first time only, and puts the previous one back at the end', async () => {
    const w = world.open('a');
    await w.machine.start(25);
    await world.idle();
    assert.equal(w.dnd, true);
    assert.deepEqual(fake.data.status, {
      message: 'Focusing until 10:25 — I reply within 24h',
      emoji: BUSY_EMOJI,
      expiresAt: '2026-11-25T09:25:00.000Z',
      limitedAvailability: true,
      organizationId: null,
    });
    assert.equal(world.github!.asks, 1);
    assert.deepEqual(w.machine.state().block?.githubStatus?.previous, TRAIN);
    world.advance(10 * MINUTE);
    await w.machine.end();
    await world.idle();
    assert.deepEqual(fake.data.status, TRAIN);
    await w.machine.start(50);
    await world.idle();
    assert.equal(world.github!.asks, 1, 'asked once');
    assert.match(fake.data.status?.message ?? '', /^Focusing until 11:00 /);
  });

  it('gives a block with a new end a new busy status, and still puts the first previous status back', async () => {
    const w = world.open('a');
    await w.machine.start(25);
    world.advance(5 * MINUTE);
    await w.machine.start(60);
    await world.idle();
    assert.equal(fake.data.status?.message, 'Focusing until 11:05 — I reply within 24h');
    assert.equal(fake.data.status?.expiresAt, '2026-11-25T10:05:00.000Z');
    await w.machine.end();
    await world.idle();
    assert.deepEqual(fake.data.status, TRAIN);
  });

  it('makes no status request at all with the setting off', async () => {
    world.github!.enabled = false;
    const w = world.open('a');
    const before = fake.operations.length;
    await w.machine.start(25);
    world.advance(25 * MINUTE);
    await settle(world);
    await world.idle();
    assert.deepEqual(
      w.ended.map((e) => e.reason),
      ['expired'],
    );
    assert.equal(fake.operations.length, before);
    assert.equal(world.github!.asks, 0);
  });

  it('runs the block without the status when the user declines the scope: one log line, one message', async () => {
    world.github!.declines = true;
    const w = world.open('a');
    const before = statusRequests();
    await w.machine.start(25);
    await world.idle();
    assert.deepEqual([w.text(), w.dnd], ['$(bell-slash) 25m', true]);
    assert.equal(statusRequests(), before);
    assert.deepEqual(fake.data.status, TRAIN);
    assert.equal(w.told.length, 1);
    assert.deepEqual(w.logs, ['warn: GitHub status not set: the user scope was not granted (User did not consent to login.)']);
    await w.machine.end();
    await world.idle();
    assert.equal(statusRequests(), before);
  });

  it('a block that ended while VS Code was closed puts the status back on the next start, once', async () => {
    const before = world.open('a');
    await before.machine.start(50);
    await world.idle();
    world.close(before);
    // GitHub lets the GitHub status expire at the end of the block.
    world.advance(3 * 60 * MINUTE);
    assert.equal(fake.data.status?.message, 'Focusing until 10:50 — I reply within 24h');
    const after = world.open('b');
    await settle(world);
    await world.idle();
    assert.deepEqual(
      after.ended.map((e) => e.reason),
      ['expired'],
    );
    assert.deepEqual(fake.data.status, TRAIN);
    assert.ok(after.logs.includes('info: GitHub status restored: On the train'), after.logs.join('\n'));
  });

  it('when the time is up in two windows at once, only the window that finishes the block restores the status', async () => {
    const a = world.open('a');
    const b = world.open('b');
    world.autoSync = false;
    await a.machine.start(25);
    world.sync();
    await world.idle();
    world.sync();
    assert.ok(b.machine.state().block?.githubStatus, 'the other window sees the record');
    const setBefore = changes();
    world.advance(25 * MINUTE);
    await bothClaim(world, a, b);
    await world.idle();
    assert.equal(world.ended().length, 1);
    assert.equal(changes() - setBefore, 1, 'one restore');
    assert.deepEqual(fake.data.status, TRAIN);
  });

  it('leaves a status the user changed on GitHub during the block', async () => {
    const w = world.open('a');
    await w.machine.start(25);
    await world.idle();
    const sick = {
      message: 'Out sick',
      emoji: ':face_with_thermometer:',
      expiresAt: null,
      limitedAvailability: true,
      organizationId: null,
    };
    fake.data.status = { ...sick };
    await w.machine.end();
    await world.idle();
    assert.deepEqual(fake.data.status, sick);
    assert.ok(w.logs.includes('info: GitHub status left alone: the status was changed on GitHub during the block'));
  });

  it('puts the status back at once when the block ended while it was being set', async () => {
    const w = world.open('a');
    let release!: () => void;
    world.github!.gate = new Promise<void>((r) => (release = r));
    await w.machine.start(25);
    // The status request waits for the sign-in while the block ends.
    await new Promise(setImmediate);
    world.advance(MINUTE);
    await w.machine.end();
    release();
    await world.idle();
    assert.equal(w.machine.state().block, null);
    assert.deepEqual(fake.data.status, TRAIN);
    assert.deepEqual(w.logs, [
      'info: GitHub status set: Focusing until 10:25 — I reply within 24h',
      'info: GitHub status restored: On the train',
    ]);
  });

  it('a GitHub failure never stops the block or Do Not Disturb, and the log never holds the token', async () => {
    const w = world.open('a');
    await fake.setFault('unauthorized');
    await w.machine.start(25);
    await world.idle();
    assert.deepEqual([w.text(), w.dnd], ['$(bell-slash) 25m', true]);
    assert.deepEqual(w.logs, ['warn: GitHub status not set: GitHub did not accept the sign-in (401 Bad credentials)']);
    await w.machine.end();
    await fake.setFault(null);
    await w.machine.start(25);
    await world.idle();
    await fake.setFault('refused');
    await w.machine.end();
    await world.idle();
    assert.deepEqual([w.text(), w.dnd], ['$(target) Focus', false]);
    assert.match(
      w.logs.at(-1) ?? '',
      /^warn: GitHub status not restored: GitHub cannot be reached \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)$/,
    );
    assert.ok(!w.logs.some((l) => l.includes(fake.data.userToken!)));
  });
});

describe('the GitHub status setting', () => {
  const props = settingSchemas();

  it('the GitHub status setting is off by default, for the user, and says it asks for the user scope', () => {
    const status = props[`${SETTINGS.section}.${SETTINGS.focusGithubStatus}`];
    assert.deepEqual([status.type, status.default, status.scope], ['boolean', false, 'application']);
    assert.match(status.markdownDescription, /busy/);
    assert.match(status.markdownDescription, /`user` scope/);
  });
});
