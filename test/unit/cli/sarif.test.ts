import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { runCli } from '../../../src/cli/main';
import { RULES } from '../../../src/cli/sarif';
import { SAMPLE_REPO } from '../../support/helpers';
import { ROOT } from '../../support/paths';

const NOW = ['--now', '2026-11-25T12:00:00Z'];
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; repository: { url: string } };

interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Region } }[];
}
interface Log {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; helpUri: string }[] } };
    results: Result[];
  }[];
}

async function check(root: string, format: string): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(['check', root, ...NOW, '--format', format], { out: (s) => (out += s), err: () => undefined, env: {} });
  return { code, out };
}

/** The keywords a schema uses, walking every subschema: property names and definition names are not keywords. */
function keywords(schema: unknown, found = new Set<string>()): Set<string> {
  if (typeof schema !== 'object' || schema === null) return found;
  for (const [key, value] of Object.entries(schema)) {
    found.add(key);
    if (key === 'properties' || key === 'definitions') for (const sub of Object.values(value as object)) keywords(sub, found);
    else if (key === 'items' || key === 'additionalProperties' || key === 'not') keywords(value, found);
    else if (key === 'anyOf' || key === 'allOf' || key === 'oneOf') for (const sub of value as unknown[]) keywords(sub, found);
  }
  return found;
}

/**
 * The official schema is draft-04, which Ajv 8 does not read. Its keywords mean the same in draft-07
 * except the root `id` (`$id` since draft-06), so the root's `$schema` and `id` are dropped; a test
 * below fails if a later copy of the schema uses a keyword whose meaning changed.
 */
const SCHEMA = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/support/sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
const { $schema: DRAFT, id: _id, ...BODY } = SCHEMA;
const SAME_SINCE_DRAFT_04 = [
  ...['title', 'description', 'default', 'type', 'enum', 'format', 'pattern', 'minimum', 'maximum', 'minItems', 'uniqueItems'],
  ...['items', 'properties', 'additionalProperties', 'required', 'definitions', '$ref', 'anyOf', 'oneOf'],
];

/**
 * ajv-formats is not installed; these are the characters RFC 3986 allows in a URI (after a scheme)
 * and the shape of an RFC 3339 date-time: enough to refuse a raw space or line break in a URI.
 */
const URI_CHARS = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;

function validator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true })
    .addFormat('uri', (s) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && URI_CHARS.test(s))
    .addFormat('uri-reference', URI_CHARS)
    .addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i);
  return ajv.compile(BODY);
}

function assertValid(validate: ValidateFunction, log: unknown): void {
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
}

/** GitHub's anchor of a README heading: lower case, punctuation dropped, spaces as `-`. */
const ANCHORS = new Set(
  [...fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
    m[1]
      .toLowerCase()
      .replace(/[^a-z0-9 _-]/g, '')
      .replace(/ /g, '-'),
  ),
);

describe('async-work check --format sarif', () => {
  let validate: ValidateFunction;
  before(() => (validate = validator()));

  it("reads the schema's draft-04 keywords as draft-07 reads them", () => {
    assert.deepEqual(
      [...keywords(BODY)].filter((k) => !SAME_SINCE_DRAFT_04.includes(k)),
      [],
    );
    assert.equal(DRAFT, 'http://json-schema.org/draft-04/schema#');
  });

  it('refuses a log with a level SARIF does not have, or a path that is not a URI', async () => {
    const log = JSON.parse((await check(SAMPLE_REPO, 'sarif')).out) as Log;
    assertValid(validate, log);
    const wrongLevel = structuredClone(log);
    wrongLevel.runs[0].results[0].level = 'fatal';
    assert.equal(validate(wrongLevel), false);
    assert.ok(validate.errors?.some((e) => e.instancePath === '/runs/0/results/0/level'));
    const rawPath = structuredClone(log);
    rawPath.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'docs/a b\n.md';
    assert.equal(validate(rawPath), false);
    const noVersion: Partial<Log> = structuredClone(log);
    delete noVersion.version;
    assert.equal(validate(noVersion), false);
  });

  it('writes one valid log of the sample repository: every rule, and each problem as the JSON format reports it', async () => {
    const { code, out } = await check(SAMPLE_REPO, 'sarif');
    assert.equal(code, 1, 'errors fail the check as in the other formats');
    const log = JSON.parse(out) as Log;
    assertValid(validate, log);
    assert.equal(log.runs.length, 1);
    const { tool, results } = log.runs[0];
    const home = PACKAGE.repository.url.replace(/\.git$/, '');
    assert.deepEqual([tool.driver.name, tool.driver.version, tool.driver.informationUri], ['Async Work', PACKAGE.version, home]);
    assert.deepEqual(
      tool.driver.rules.map((r) => r.id),
      Object.keys(RULES),
      'every problem code, not only those found',
    );
    for (const rule of tool.driver.rules) {
      assert.ok(rule.helpUri.startsWith(`${home}#`), rule.helpUri);
      assert.ok(ANCHORS.has(rule.helpUri.slice(home.length + 1)), `${rule.id}: no README heading for ${rule.helpUri}`);
    }
    for (const r of results) assert.equal(tool.driver.rules[r.ruleIndex].id, r.ruleId);

    const rows = JSON.parse((await check(SAMPLE_REPO, 'json')).out) as { path: string; line: number; code: string; severity: string }[];
    const level = { error: 'error', warning: 'warning', info: 'note' } as Record<string, string>;
    assert.deepEqual(
      results.map((r) => [
        r.locations[0].physicalLocation.artifactLocation.uri,
        r.locations[0].physicalLocation.region.startLine,
        r.ruleId,
        r.level,
      ]),
      rows.map((r) => [r.path, r.line, r.code, level[r.severity]]),
    );

    const retro = 'docs/meetings/2026-11-19-retrospective.md';
    const item = results.find((r) => r.locations[0].physicalLocation.artifactLocation.uri === retro);
    const line = fs.readFileSync(path.join(SAMPLE_REPO, retro), 'utf8').split('\n')[16];
    assert.deepEqual(
      [item?.ruleId, item?.level, item?.locations[0].physicalLocation.artifactLocation.uriBaseId],
      ['overdue', 'warning', '%SRCROOT%'],
    );
    assert.deepEqual(item?.locations[0].physicalLocation.region, {
      startLine: 17,
      startColumn: line.indexOf('[') + 1,
      endLine: 17,
      endColumn: line.length + 1,
    });
    assert.equal(item?.locations[0].physicalLocation.region.startColumn, 3, 'the open item starts after "- "');
  });

  describe('on files that are not what they should be', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'async-work-sarif-'));
      const adr = path.join(dir, 'docs/adr');
      fs.mkdirSync(adr, { recursive: true });
      fs.mkdirSync(path.join(dir, '.async'));
      fs.writeFileSync(path.join(dir, '.async/config.yaml'), 'reply-within: soon\n');
      // YAML's escapes: a line break that starts a workflow command, ESC, BEL and the right-to-left override.
      fs.writeFileSync(
        path.join(adr, '0001-use-redis.md'),
        '---\ntitle: "Use Redis\\n::error::injected \\e[2J\\a"\nstatus: "maybe\\n::error file=x::pwned \\e]0;t\\a\\u202e"\n---\n# Use Redis\n',
      );
      fs.writeFileSync(path.join(adr, '0002-evil\n::error:: 100% name.md'), '# 2. Evil\n\nNo status.\n');
      fs.symlinkSync('0009-gone.md', path.join(adr, '0003-dangling.md'));
    });
    after(() => fs.rmSync(dir, { recursive: true }));

    it('validates, shows control characters as escapes, encodes paths as URIs and gives an unreadable file a start only', async () => {
      const { code, out } = await check(dir, 'sarif');
      assert.equal(code, 1);
      const log = JSON.parse(out) as Log;
      assertValid(validate, log);
      const found = log.runs[0].results.map((r) => ({
        rule: r.ruleId,
        level: r.level,
        uri: r.locations[0].physicalLocation.artifactLocation.uri,
        region: r.locations[0].physicalLocation.region,
        text: r.message.text,
      }));
      assert.deepEqual(
        found.map((r) => [r.uri, r.rule, r.level]),
        [
          ['.async/config.yaml', 'invalid-config', 'error'],
          ['docs/adr/0001-use-redis.md', 'unknown-status', 'warning'],
          ['docs/adr/0002-evil%0A%3A%3Aerror%3A%3A%20100%25%20name.md', 'unknown-status', 'note'],
          ['docs/adr/0003-dangling.md', 'unreadable', 'error'],
        ],
      );
      assert.equal(decodeURIComponent(found[2].uri), 'docs/adr/0002-evil\n::error:: 100% name.md');
      assert.ok(found[1].text.startsWith('Unknown status "maybe\\n::error file=x::pwned \\x1b]0;t\\x07\\u202e"'), found[1].text);
      for (const r of found) assert.ok(!/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(r.text), r.text);
      assert.deepEqual(found[3].region, { startLine: 1, startColumn: 1 });
    });
  });
});
