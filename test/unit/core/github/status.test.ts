import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { BUSY_EMOJI, busyGithubStatus } from '../../../../src/core/focus/githubStatus';
import { MalformedAnswer } from '../../../../src/core/github/malformedAnswer';
import {
  CHANGE_STATUS_MUTATION,
  mapChangedStatus,
  mapViewerStatus,
  statusInput,
  VIEWER_STATUS_QUERY,
  type GithubStatus,
} from '../../../../src/core/github/status';
import { ZONE } from '../../../support/focusWorld';
import { ROOT } from '../../../support/paths';

const TRAIN: GithubStatus = {
  message: 'On the train',
  emoji: ':train:',
  expiresAt: null,
  limitedAvailability: false,
  organizationId: null,
};
const BUSY = busyGithubStatus(new Date('2026-11-25T09:25:00Z'), '24h', ZONE);

describe('the GitHub user status', () => {
  describe('the GraphQL documents', () => {
    it("validate against GitHub's published schema", () => {
      const schema = buildSchema(readFileSync(path.join(ROOT, 'node_modules/@octokit/graphql-schema/schema.graphql'), 'utf8'), {
        assumeValidSDL: true,
      });
      for (const document of [VIEWER_STATUS_QUERY, CHANGE_STATUS_MUTATION])
        assert.deepEqual(
          validate(schema, parse(document)).map((e) => e.message),
          [],
        );
    });

    it('send what was read back, organization included; an empty input clears', () => {
      assert.deepEqual(statusInput(null), {});
      assert.deepEqual(statusInput(BUSY), {
        limitedAvailability: true,
        message: BUSY.message!,
        emoji: BUSY_EMOJI,
        expiresAt: '2026-11-25T09:25:00.000Z',
      });
      assert.deepEqual(statusInput({ ...TRAIN, organizationId: 'O_kgDOAbc' }), {
        limitedAvailability: false,
        message: 'On the train',
        emoji: ':train:',
        organizationId: 'O_kgDOAbc',
      });
    });

    it('read GitHub answers', () => {
      const status = {
        message: 'On the train',
        emoji: ':train:',
        expiresAt: null,
        indicatesLimitedAvailability: false,
        organization: { id: 'O_1' },
      };
      assert.deepEqual(mapViewerStatus({ viewer: { status } }), { ...TRAIN, organizationId: 'O_1' });
      assert.equal(mapViewerStatus({ viewer: { status: null } }), null);
      assert.equal(
        mapViewerStatus({ viewer: { status: { message: '', emoji: null, expiresAt: null, indicatesLimitedAvailability: false } } }),
        null,
      );
      assert.equal(mapChangedStatus({ changeUserStatus: { status: null } }), null);
      assert.throws(() => mapViewerStatus({}), MalformedAnswer);
      assert.throws(() => mapChangedStatus(null), MalformedAnswer);
    });
  });
});
