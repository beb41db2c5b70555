import * as assert from 'node:assert/strict';
import { repoFromRemote } from '../../../../src/core/github/remotes';

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
