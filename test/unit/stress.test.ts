// Pathological lines through every parser entry point: each must finish in a bounded time. A
// super-linear regex or scanner takes seconds to minutes on these; linear code takes milliseconds.
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { defaultConfig } from '../../src/core/config';
import { parseRecord } from '../../src/core/records';

const config = defaultConfig();
const TYPES = ['request', 'decision', 'meeting'] as const;

/** Generous for a slow, shared machine; the quadratic cases this catches take well over 10 s. */
const BOUND_MS = 1000;

function within(what: string, run: () => void): void {
  const t = performance.now();
  run();
  const ms = performance.now() - t;
  assert.ok(ms < BOUND_MS, `${what} took ${Math.round(ms)} ms`);
}

function parsesQuickly(name: string, text: string): void {
  for (const type of TYPES) within(`${name} as a ${type}`, () => parseRecord(type, `docs/${type}s/0001-x.md`, text, config));
}

describe('Parsers in linear time: reported hangs', () => {
  it('a heading with a long run of spaces inside', () => parsesQuickly('heading', '# a' + ' '.repeat(6000) + 'b'));
});
