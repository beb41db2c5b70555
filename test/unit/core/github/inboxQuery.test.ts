import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { INBOX_QUERY, inboxVariables } from '../../../../src/core/github/inboxQuery';
import { ROOT } from '../../../support/paths';

describe('the GitHub inbox query', () => {
  it("validates against GitHub's published schema", () => {
    const schema = buildSchema(readFileSync(path.join(ROOT, 'node_modules/@octokit/graphql-schema/schema.graphql'), 'utf8'), {
      assumeValidSDL: true,
    });
    assert.deepEqual(
      validate(schema, parse(INBOX_QUERY)).map((e) => e.message),
      [],
    );
  });

  it('searches the workspace repositories with one aliased search per category', () => {
    const v = inboxVariables({ repos: ['acme/shop', 'acme/web'], requestLabel: 'needs reply' });
    assert.equal(v.reviewRequested, 'is:open archived:false is:pr review-requested:@me repo:acme/shop repo:acme/web sort:updated-desc');
    assert.equal(v.labelled, 'is:open archived:false label:"needs reply" repo:acme/shop repo:acme/web sort:updated-desc');
    assert.equal(
      v.waitingOnOthers,
      'is:open archived:false is:pr author:@me draft:false -review:approved repo:acme/shop repo:acme/web sort:updated-desc',
    );
    for (const alias of ['reviewRequested', 'assigned', 'mentioned', 'labelled', 'waitingOnOthers'])
      assert.match(INBOX_QUERY, new RegExp(`\\b${alias}: search\\(type: ISSUE, query: \\$${alias}`));
  });

  it('looks everywhere with scope "all", where a label alone is limited to what involves me', () => {
    const v = inboxVariables({ repos: [], requestLabel: 'request' });
    assert.equal(v.assigned, 'is:open archived:false assignee:@me sort:updated-desc');
    assert.equal(v.labelled, 'is:open archived:false label:request involves:@me sort:updated-desc');
  });
});
