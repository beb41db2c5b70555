import * as assert from 'node:assert/strict';
import { defaultConfig, MAX_CONFIG_BYTES, parseConfig, parseDuration } from '../../../../src/core/team/config';

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
    assert.deepEqual(
      config.team.map((m) => m.handle),
      ['chen', '1234'],
    );
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
    assert.deepEqual(
      bad.problems.map((p) => [p.code, p.line, p.column]),
      [['invalid-config', 0, 10]],
    );
  });

  it('parses durations', () => {
    assert.equal(parseDuration('90m')?.unit, 'minutes');
    assert.equal(parseDuration('3 working days')?.unit, 'businessDays');
    assert.equal(parseDuration('8 business hours')?.unit, 'businessHours');
    assert.equal(parseDuration('later'), null);
  });

  it('reads the handbook folders and how often pages are reviewed', () => {
    assert.deepEqual(
      [defaultConfig().handbook, defaultConfig().reviewEvery],
      [['handbook', 'docs'], { amount: 6, unit: 'months', raw: '6 months' }],
    );
    const { config, problems } = parseConfig('handbook: [handbook/, "teams/*/handbook", wiki]\nreview-every: 1 year\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.handbook, ['handbook', 'teams/*/handbook', 'wiki']);
    assert.deepEqual(config.reviewEvery, { amount: 1, unit: 'years', raw: '1 year' });
    assert.deepEqual(parseConfig('handbook: wiki').config.handbook, ['wiki']);
    assert.deepEqual(parseConfig('handbook: []').config.handbook, []);
  });

  it('reports a review interval or handbook folder it cannot use at its place, and the default stands', () => {
    for (const value of ['3m', '6 years', 'often', '0 days', '[1 year]', '6']) {
      const { config, problems } = parseConfig(`requests: [asks]\nreview-every: ${value}\n`);
      assert.deepEqual(
        problems.map((p) => [p.code, p.line, p.column]),
        [['invalid-config', 1, 14]],
        value,
      );
      assert.match(problems[0].message, /^review-every: ".*" is not a review interval; .* The default \(6 months\) stands\.$/, value);
      assert.deepEqual(config.reviewEvery, defaultConfig().reviewEvery, value);
      assert.deepEqual(config.requests, ['asks']);
    }
    const folders = parseConfig('handbook: [handbook, ../wiki]\n');
    assert.deepEqual(
      folders.problems.map((p) => [p.code, p.line, p.column]),
      [['invalid-config', 0, 21]],
    );
    assert.match(folders.problems[0].message, /^handbook: "\.\.\/wiki" must be a folder inside the workspace folder/);
    assert.deepEqual(folders.config.handbook, ['handbook', 'docs']);
    assert.deepEqual(parseConfig('handbook: {a: b}').config.handbook, ['handbook', 'docs']);
  });

  describe('bounds: out of range is invalid-config at its place, and the default stands', () => {
    /** The problems of a one-key configuration as [line, column, message], and the key's value as read. */
    const read = (text: string) => {
      const { config, problems } = parseConfig(text);
      for (const p of problems) assert.equal(p.code, 'invalid-config');
      return { config, at: problems.map((p) => [p.line, p.column]), messages: problems.map((p) => p.message) };
    };

    it('keeps each duration within a year, in every unit', () => {
      const limits: [string, string][] = [
        ['527040m', '527041m'],
        ['8784h', '8785h'],
        ['366d', '367d'],
        ['366 business days', '367 business days'],
        ['8784 business hours', '8785 business hours'],
      ];
      for (const [most, over] of limits) {
        assert.deepEqual(read(`comment-period: ${most}`).at, [], most);
        const r = read(`comment-period: ${over}`);
        assert.deepEqual(r.at, [[0, 16]], over);
        assert.match(r.messages[0], /longer than a year/);
        assert.equal(r.config.commentPeriod.raw, '7d');
      }
      for (const key of ['reply-within', 'pre-read-before']) assert.deepEqual(read(`${key}: 100000000d`).at, [[0, key.length + 2]], key);
    });

    it('refuses hours outside 00:00-24:00 and a shift that starts where it ends', () => {
      const member = (hours: string) => read(`team:\n  - handle: bob\n    hours: "${hours}"\n`);
      for (const fine of ['00:00-24:00', '22:00-06:00', '09:00-17:30']) assert.deepEqual(member(fine).at, [], fine);
      for (const bad of ['24:00-08:00', '09:00-24:01', '09:60-17:00', '09:00-17:60', '09:00-09:00']) {
        const r = member(bad);
        assert.deepEqual(r.at, [[2, 11]], bad);
        assert.deepEqual(r.config.team[0].hours, { start: 540, end: 1020 });
      }
    });

    it('keeps lists and texts short: team members, holidays, working days, folders, the label, a member value', () => {
      const list = (n: number, item: (i: number) => string) => `[${Array.from({ length: n }, (_, i) => item(i)).join(', ')}]`;
      const team = (n: number) => `team:\n${Array.from({ length: n }, (_, i) => `  - handle: u${i}\n`).join('')}`;
      assert.equal(read(team(500)).config.team.length, 500);
      assert.deepEqual([read(team(501)).at, read(team(501)).config.team], [[[1, 2]], []]);
      const day = (i: number) => `20${String(30 + Math.floor(i / 365)).padStart(2, '0')}-01-01`;
      assert.equal(read(`holidays: ${list(1000, day)}`).config.holidays.length, 1000);
      assert.deepEqual([read(`holidays: ${list(1001, day)}`).at, read(`holidays: ${list(1001, day)}`).config.holidays], [[[0, 10]], []]);
      assert.deepEqual(read('working-days: [mon, tue, wed, thu, fri, sat, sun]').at, []);
      assert.deepEqual(read('working-days: [mon, tue, wed, thu, fri, sat, sun, mon]').at, [[0, 14]]);
      assert.equal(read(`decisions: ${list(50, (i) => `d${i}`)}`).config.decisions.length, 50);
      assert.deepEqual(
        [read(`decisions: ${list(51, (i) => `d${i}`)}`).at, read(`decisions: ${list(51, (i) => `d${i}`)}`).config.decisions],
        [[[0, 11]], []],
      );
      assert.equal(read(`request-label: ${'x'.repeat(50)}`).config.requestLabel, 'x'.repeat(50));
      assert.deepEqual(
        [read(`request-label: ${'x'.repeat(51)}`).at, read(`request-label: ${'x'.repeat(51)}`).config.requestLabel],
        [[[0, 15]], 'request'],
      );
      const long = read(`team:\n  - handle: bob\n    name: ${'n'.repeat(201)}\n  - handle: eve\n    name: ${'n'.repeat(200)}\n`);
      assert.deepEqual([long.at, long.config.team.map((m) => m.handle)], [[[2, 10]], ['eve']]);
    });

    it('does not read a configuration larger than its limit', () => {
      const big = `# ${'x'.repeat(MAX_CONFIG_BYTES)}\nreply-within: 2d\n`;
      const r = read(big);
      assert.deepEqual(r.at, [[0, 0]]);
      assert.match(r.messages[0], /larger than 64 KB/);
      assert.deepEqual(r.config, defaultConfig());
      assert.equal(read(`# ${'x'.repeat(MAX_CONFIG_BYTES - 40)}\nreply-within: 2d\n`).config.replyWithin.raw, '2d');
    });

    it('keeps record folders inside the workspace folder, with globs simple enough for VS Code to match', () => {
      for (const fine of ['docs/adr', 'teams/*/asks', '*-team/**/docs/*adr*', 'a/**/b/**', './docs/adr', 'docs/**/**/adr']) {
        assert.deepEqual(read(`decisions: ["${fine}"]`).at, [], fine);
      }
      for (const bad of [
        '../shared/adr',
        'docs/../../adr',
        '/etc',
        '~/adr',
        'C:/adr',
        'C:\\\\adr',
        '*a*a*a*b',
        '**/a/**/b/**/c',
        'x'.repeat(201),
      ]) {
        const r = read(`requests: [docs/requests, "${bad}"]`);
        assert.deepEqual(r.at, [[0, 26]], bad);
        assert.deepEqual(r.config.requests, ['docs/requests'], bad);
      }
      assert.deepEqual(read('meetings: ../notes').at, [[0, 10]]);
    });
  });
});
