import * as assert from 'node:assert/strict';
import { defaultConfig, parseConfig, parseDuration } from '../../src/core/config';

describe('team configuration', () => {
  it('uses the defaults for an empty file', () => {
    const { config, problems } = parseConfig('');
    assert.deepEqual(config, defaultConfig());
    assert.equal(problems.length, 0);
  });

  it('reads every key', () => {
    const { config, problems } = parseConfig(
      [
        'reply-within: 2 business days',
        'comment-period: 5d',
        'pre-read-before: 12h',
        'working-days: [sun, mon, tue, wed, thu]',
        'requests: [asks, "teams/*/asks"]',
        'decisions: [architecture/decisions]',
        'meetings: notes',
        'decision-ids: date',
        'request-label: ask',
        'team:',
        '  - handle: "@alice"',
        '    name: Alice',
        '    timezone: Europe/Paris',
        '    hours: "08:30-16:30"',
      ].join('\n'),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config.replyWithin, { amount: 2, unit: 'businessDays', raw: '2 business days' });
    assert.deepEqual(config.commentPeriod, { amount: 5, unit: 'days', raw: '5d' });
    assert.equal(config.preReadBefore.unit, 'hours');
    assert.deepEqual(config.workingDays, ['sun', 'mon', 'tue', 'wed', 'thu']);
    assert.deepEqual(config.requests, ['asks', 'teams/*/asks']);
    assert.deepEqual(config.decisions, ['architecture/decisions']);
    assert.deepEqual(config.meetings, ['notes']);
    assert.equal(config.decisionIds, 'date');
    assert.equal(config.requestLabel, 'ask');
    assert.deepEqual(config.team, [
      { handle: 'alice', name: 'Alice', email: null, timezone: 'Europe/Paris', hours: { start: 510, end: 990 } },
    ]);
  });

  it('reports bad values with their position and keeps the defaults for them', () => {
    const { config, problems } = parseConfig('reply-within: soon\nteam:\n  - handle: bob\n    timezone: Mars/Olympus\nfoo: 1\n');
    assert.equal(config.replyWithin.raw, '24h');
    assert.equal(config.team[0].timezone, 'UTC');
    assert.deepEqual(
      problems.map((p) => [p.code, p.line, p.column]),
      [
        ['invalid-config', 0, 14],
        ['invalid-config', 3, 14],
        ['invalid-config', 4, 0],
      ],
    );
    assert.match(problems[0].message, /not a duration/);
  });

  it('refuses team handles with spaces or line breaks, with their position, and keeps the other members', () => {
    const text = 'team:\n  - handle: "alice\\nStatus: accepted"\n  - handle: bruno silva\n  - handle: "@chen"\n  - handle: 1234\n';
    const { config, problems } = parseConfig(text);
    assert.deepEqual(config.team.map((m) => m.handle), ['chen', '1234']);
    assert.deepEqual(
      problems.map((p) => [p.code, p.line, p.column, p.message.split(':')[0]]),
      [
        ['invalid-config', 1, 12, 'handle "alice\\nStatus'],
        ['invalid-config', 2, 12, 'handle "bruno silva"'],
      ],
    );
    assert.match(problems[1].message, /without spaces/);
  });

  it('reports broken YAML without throwing', () => {
    const { config, problems } = parseConfig('team: [\n  - handle: x\n');
    assert.deepEqual(config, defaultConfig());
    assert.equal(problems[0].code, 'invalid-config');
  });

  it('reads team holidays and reports a list that holds something else', () => {
    assert.deepEqual(parseConfig('holidays: [2026-12-25, "2027-01-01"]').config.holidays, ['2026-12-25', '2027-01-01']);
    const bad = parseConfig('holidays: [2026-02-30]');
    assert.deepEqual(bad.config.holidays, []);
    assert.deepEqual(bad.problems.map((p) => [p.code, p.line, p.column]), [['invalid-config', 0, 10]]);
  });

  it('parses durations', () => {
    assert.equal(parseDuration('90m')?.unit, 'minutes');
    assert.equal(parseDuration('3 working days')?.unit, 'businessDays');
    assert.equal(parseDuration('8 business hours')?.unit, 'businessHours');
    assert.equal(parseDuration('later'), null);
  });
});
