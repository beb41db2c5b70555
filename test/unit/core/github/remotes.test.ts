import * as assert from 'node:assert/strict';
import { repoFromRemote, repoFromVirtualFolder } from '../../../../src/core/github/remotes';

describe('GitHub repositories of git remotes', () => {
  it('reads owner/name from the usual remote URLs of the host, and nothing from others', () => {
    const cases: [string, string | null][] = [
      ['git@github.com:acme/shop.git', 'acme/shop'],
      ['https://github.com/acme/shop', 'acme/shop'],
      ['https://github.com/acme/shop.git', 'acme/shop'],
      ['https://token@github.com/acme/web.js.git', 'acme/web.js'],
      ['ssh://git@github.com/acme/shop.git', 'acme/shop'],
      ['ssh://git@github.com:22/acme/shop', 'acme/shop'],
      ['git@gitlab.com:acme/shop.git', null],
      ['https://github.com.evil.example/acme/shop', null],
      ['/srv/git/shop.git', null],
    ];
    for (const [url, repo] of cases) assert.equal(repoFromRemote(url, 'github.com'), repo, url);
    assert.equal(repoFromRemote('git@github.example.com:team/app.git', 'github.example.com'), 'team/app');
  });
});

describe('GitHub repositories of github.dev folders', () => {
  const uri = (authority: string, p: string, scheme = 'vscode-vfs') => ({ scheme, authority, path: p });

  it('reads owner/name from a Remote Repositories folder on github.com, with or without a branch', () => {
    assert.equal(repoFromVirtualFolder(uri('github', '/acme/shop'), 'github.com'), 'acme/shop');
    assert.equal(repoFromVirtualFolder(uri('github', '/acme/web.js/docs/adr'), 'github.com'), 'acme/web.js');
    const branch = `github+${Buffer.from('{"v":1,"ref":{"type":4,"id":"main"}}').toString('hex')}`;
    assert.equal(repoFromVirtualFolder(uri(branch, '/acme/shop'), 'GitHub.com'), 'acme/shop');
  });

  it('names nothing for other schemes, providers or hosts, or paths that are not owner/name', () => {
    assert.equal(repoFromVirtualFolder(uri('github', '/acme/shop', 'file'), 'github.com'), null);
    assert.equal(repoFromVirtualFolder(uri('github', '/acme/shop', 'vscode-test-web'), 'github.com'), null);
    assert.equal(repoFromVirtualFolder(uri('azurerepos', '/acme/shop'), 'github.com'), null);
    assert.equal(repoFromVirtualFolder(uri('githubx', '/acme/shop'), 'github.com'), null);
    // github.dev is github.com: its folders name no repository of an Enterprise host, whose token stays there.
    assert.equal(repoFromVirtualFolder(uri('github', '/acme/shop'), 'github.example.com'), null);
    for (const p of ['/acme', '/', '', '/../shop', '/acme/..', '/acme/sh op', `/${'a'.repeat(101)}/shop`])
      assert.equal(repoFromVirtualFolder(uri('github', p), 'github.com'), null, p);
  });
});
