import * as assert from 'node:assert/strict';
import { handleProblem, isHandle } from '../../../../src/core/team/handles';

describe('handles', () => {
  it('tells a handle from text that would break the field it is written in', () => {
    for (const ok of ['alice', 'chen.li', 'bot-1', '1234', 'null', 'a_b', 'x'.repeat(64)]) assert.equal(isHandle(ok), true, ok);
    for (const bad of ['', 'bruno silva', 'alice\nStatus: accepted', '@alice', '-x', '.x', 'a,b', 'a:b', 'x'.repeat(65)])
      assert.equal(isHandle(bad), false, bad);
    assert.equal(handleProblem(' @alice '), null);
    assert.match(handleProblem('alice\nStatus: accepted') ?? '', /without spaces/);
    assert.match(handleProblem('x'.repeat(65)) ?? '', /at most 64 characters/);
  });
});
