import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseDocument } from 'yaml';
import { readFlatYaml } from '../../../../src/core/records/flatYaml';

const yaml = (lines: string[]) => parseDocument(lines.join('\n'), { uniqueKeys: false }).toJS() ?? {};

const CODE_POINT = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((c) => c < 0xd800 || c > 0xdfff)
  .map((c) => String.fromCodePoint(c));

describe('reading flat front matter without the yaml library', () => {
  it('reads what records usually write', () => {
    const lines = [
      'status: ✅ accepted',
      'state: 🚧 draft',
      'date: 2026-11-20',
      'created: 2026-11-25T09:00:00-03:00',
      'title: "Access: staging"',
      "owner: 'alice'",
      'decision-makers: [alice, chen]',
      'informed: []',
      'links:',
      '# a comment',
      '',
    ];
    assert.deepEqual(readFlatYaml(lines), yaml(lines));
    assert.deepEqual(readFlatYaml(lines), {
      status: '✅ accepted',
      state: '🚧 draft',
      date: '2026-11-20',
      created: '2026-11-25T09:00:00-03:00',
      title: 'Access: staging',
      owner: 'alice',
      'decision-makers': ['alice', 'chen'],
      informed: [],
      links: null,
    });
  });

  it('leaves everything else to the yaml library', () => {
    for (const line of [
      'deciders: @alice',
      'n: 12',
      'ok: true',
      'a: b # note',
      'list:',
      '  - x',
      'x: &a y',
      'q: "a\\"b"',
      'k: [a, [b]]',
      'k:v',
      'x: a: b',
      'y: - item',
      '__proto__: x',
    ]) {
      const lines = line.split('\n');
      assert.equal(readFlatYaml(line === 'list:' ? ['list:', '  - x'] : lines), null, line);
    }
  });

  it('agrees with the yaml library on every block it reads', () => {
    const values = fc.oneof(
      fc.constantFrom(
        'accepted',
        'Superseded by 3',
        'https://x.y/z',
        "it's",
        'C#',
        'a: b',
        'x #y',
        '2026-11-20',
        '2026-11-20 10:00',
        '12',
        '1e3',
        '-x',
        '?x',
        'true',
        'No',
        '~',
        '"q"',
        "'q'",
        '"a, b"',
        '[a, b]',
        '[a, "b"]',
        '[]',
        '[ ]',
        '{a: 1}',
        '*a',
        '&a x',
        '!t x',
        '%x',
        '@x',
        '`x`',
        '|',
        '>',
        '(a)',
        'a\tb',
        'ü',
        '✅ accepted',
        '🚧 draft',
        'é: x',
        '\u00a0x',
        '\ufeffx',
        '\u2028x',
        '\u0085x',
        'ß#x',
        '',
      ),
      fc.string({ maxLength: 12 }),
      // Any code point but a surrogate half, as fast-check's 'binary' unit, without the 86 MB table it keeps.
      fc.string({ unit: CODE_POINT, maxLength: 8 }),
    );
    const key = fc.constantFrom('status', 'date', 'owner', 'a-b', 'x_y', 'Title', 'date');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, values), { maxLength: 6 }), (pairs) => {
        const lines = pairs.map(([k, v]) => `${k}: ${v}`);
        const flat = readFlatYaml(lines);
        if (flat === null) return;
        let expected: unknown;
        try {
          const doc = parseDocument(lines.join('\n'), { uniqueKeys: false });
          if (doc.errors.length > 0) assert.fail(`read a block yaml refuses: ${JSON.stringify(lines)}`);
          expected = doc.toJS() ?? {};
        } catch (e) {
          assert.fail(`${JSON.stringify(lines)}: ${String(e)}`);
        }
        assert.deepEqual(flat, expected, JSON.stringify(lines));
      }),
      { numRuns: 3000 },
    );
  });
});
