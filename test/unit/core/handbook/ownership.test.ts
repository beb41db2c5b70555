import * as assert from 'node:assert/strict';
import { parseCodeowners } from '../../../../src/core/handbook/codeowners';
import { fileOwnership, isMe, ownerLabel, pageOwnership, pageZone, type Ownership } from '../../../../src/core/handbook/ownership';
import { parseRecord } from '../../../../src/core/records/parseRecord';
import { parseConfig } from '../../../../src/core/team/config';
import type { PageRecord } from '../../../../src/core/records/types';

const config = parseConfig(
  [
    'team:',
    '  - handle: alice',
    '    email: Alice.Martin@example.com',
    '    timezone: Europe/Paris',
    '  - handle: chen',
    '    timezone: Asia/Shanghai',
    '  - handle: bruno',
    '    timezone: America/Sao_Paulo',
  ].join('\n'),
).config;

const CODEOWNERS = [
  '* @default',
  'handbook/ @docs-team',
  'handbook/on-call.md @chen',
  'handbook/drafts/',
  'handbook/shared/ @acme/docs ops@example.com',
].join('\n');
const codeowners = parseCodeowners(CODEOWNERS, '.github/CODEOWNERS');

const page = (path: string, frontMatter = ''): PageRecord =>
  parseRecord('page', path, frontMatter ? `---\n${frontMatter}\n---\n# Page\n` : '# Page\n', config) as PageRecord;

describe('who owns a page', () => {
  it("is the page's own owner first, whatever CODEOWNERS says", () => {
    assert.deepEqual(pageOwnership(page('handbook/on-call.md', 'owner: alice'), codeowners), {
      owners: ['alice'],
      owner: 'alice',
      source: 'front-matter',
      rule: null,
    });
  });

  it('else the last CODEOWNERS line that matches, with that line', () => {
    assert.deepEqual(pageOwnership(page('handbook/on-call.md'), codeowners), {
      owners: ['chen'],
      owner: 'chen',
      source: 'codeowners',
      rule: { path: '.github/CODEOWNERS', line: 2, pattern: 'handbook/on-call.md' },
    });
    assert.deepEqual(pageOwnership(page('handbook/deploying.md'), codeowners).rule, {
      path: '.github/CODEOWNERS',
      line: 1,
      pattern: 'handbook/',
    });
    assert.equal(pageOwnership(page('docs/deploying.md'), codeowners).owner, 'default');
  });

  it('is nobody when the line that matches names no owner, and that line is kept to say so', () => {
    assert.deepEqual(pageOwnership(page('handbook/drafts/idea.md'), codeowners), {
      owners: [],
      owner: null,
      source: 'none',
      rule: { path: '.github/CODEOWNERS', line: 3, pattern: 'handbook/drafts/' },
    });
  });

  it('is nobody, with no line, without CODEOWNERS or when no line matches', () => {
    const nobody: Ownership = { owners: [], owner: null, source: 'none', rule: null };
    assert.deepEqual(pageOwnership(page('handbook/x.md'), null), nobody);
    assert.deepEqual(fileOwnership('handbook/x.md', parseCodeowners('docs/ @alice\n', 'CODEOWNERS')), nobody);
  });

  it('may be a team and an email, shared: no single owner', () => {
    const shared = pageOwnership(page('handbook/shared/style.md'), codeowners);
    assert.deepEqual([shared.owners, shared.owner, shared.source], [['acme/docs', 'ops@example.com'], null, 'codeowners']);
    const twice = pageOwnership(page('handbook/x.md', 'owner: [alice, bruno]'), codeowners);
    assert.deepEqual([twice.owners, twice.owner, twice.source], [['alice', 'bruno'], null, 'front-matter']);
  });

  it('is shown with an @ for handles and teams, and as written for emails and channels', () => {
    assert.equal(ownerLabel('alice'), '@alice');
    assert.equal(ownerLabel('acme/docs'), '@acme/docs');
    assert.equal(ownerLabel('ops@example.com'), 'ops@example.com');
    assert.equal(ownerLabel('#on-call'), '#on-call');
  });
});

describe('whether an owner is me', () => {
  it('is my handle, in any case, or the email the team list gives me', () => {
    assert.ok(isMe('alice', 'alice', config));
    assert.ok(isMe('Alice', 'alice', config));
    assert.ok(isMe('alice.martin@example.com', 'alice', config));
    assert.ok(isMe('ALICE.MARTIN@EXAMPLE.COM', 'Alice', config));
  });

  it('is not someone else, an email the team list does not give me, a team, or anyone when I am not known', () => {
    assert.ok(!isMe('bruno', 'alice', config));
    assert.ok(!isMe('alice@elsewhere.example', 'alice', config));
    assert.ok(!isMe('alice.martin@example.com', 'bruno', config));
    // chen has no email in the team list.
    assert.ok(!isMe('chen@example.com', 'chen', config));
    assert.ok(!isMe('acme/docs', 'alice', config));
    assert.ok(!isMe('alice', null, config));
  });
});

describe('the calendar a review is counted on', () => {
  const zone = (path: string, frontMatter = '') => pageZone(pageOwnership(page(path, frontMatter), codeowners), config);

  it("is the owner's, named by handle or by the email the team list gives them", () => {
    assert.equal(zone('handbook/x.md', 'owner: alice'), 'Europe/Paris');
    assert.equal(zone('handbook/x.md', 'owner: alice.martin@example.com'), 'Europe/Paris');
    assert.equal(zone('handbook/on-call.md'), 'Asia/Shanghai');
  });

  it("is the team default (UTC) for a team, a stranger's email, someone not in the list, shared pages and pages without an owner", () => {
    assert.equal(zone('handbook/x.md', 'owner: "@acme/docs"'), 'UTC');
    assert.equal(zone('handbook/x.md', 'owner: zed@example.com'), 'UTC');
    assert.equal(zone('handbook/x.md', 'owner: zed'), 'UTC');
    assert.equal(zone('handbook/x.md', 'owner: [chen, bruno]'), 'UTC');
    assert.equal(zone('handbook/drafts/idea.md'), 'UTC');
  });
});
