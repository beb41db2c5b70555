import * as assert from 'node:assert/strict';
import { parseConfig } from '../../../../src/core/team/config';
import { resolveMe } from '../../../../src/core/team/me';

const team = parseConfig(
  [
    'team:',
    '  - handle: alice',
    '    name: Alice Martin',
    '    email: alice@example.com',
    '  - handle: bruno',
    '    name: Bruno Costa',
    '  - handle: ChenW',
    '    name: Chen Wei',
  ].join('\n'),
).config.team;

const handle = (clues: Parameters<typeof resolveMe>[0]) => {
  const me = resolveMe(clues, team);
  return me ? [me.handle, me.source] : null;
};

describe('who I am', () => {
  it('prefers the setting, then the GitHub login, then git', () => {
    assert.deepEqual(handle({ setting: '@bruno', githubLogin: 'alice', gitEmail: 'alice@example.com' }), ['bruno', 'setting']);
    assert.deepEqual(handle({ setting: '  ', githubLogin: 'alice', gitName: 'Bruno Costa' }), ['alice', 'github']);
    assert.deepEqual(handle({ gitName: 'Bruno Costa' }), ['bruno', 'git']);
  });

  it('keeps a setting or login outside the team, with no member', () => {
    const me = resolveMe({ githubLogin: 'octocat' }, team);
    assert.deepEqual(me, { handle: 'octocat', source: 'github', member: null });
    assert.equal(resolveMe({ setting: 'zoe' }, team)?.member, null);
  });

  it('writes the handle as the team list does', () => {
    assert.deepEqual(handle({ githubLogin: 'chenw' }), ['ChenW', 'github']);
  });

  it('matches the git user by email, GitHub noreply email, name or handle', () => {
    assert.deepEqual(handle({ gitEmail: 'Alice@Example.com', gitName: 'A. M.' }), ['alice', 'git']);
    assert.deepEqual(handle({ gitEmail: '1234+bruno@users.noreply.github.com' }), ['bruno', 'git']);
    assert.deepEqual(handle({ gitName: 'chen wei', gitEmail: 'cw@corp.example' }), ['ChenW', 'git']);
    assert.deepEqual(handle({ gitName: 'bruno' }), ['bruno', 'git']);
    assert.deepEqual(handle({ gitEmail: 'chenw@corp.example' }), ['ChenW', 'git']);
  });

  it('is nobody when nothing matches', () => {
    assert.equal(resolveMe({ gitName: 'Someone Else', gitEmail: 'se@example.com' }, team), null);
    assert.equal(resolveMe({}, team), null);
  });
});
