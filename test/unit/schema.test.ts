import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { parseReviewInterval } from '../../src/core/handbook/review';
import { defaultConfig, MAX_ITEMS, MAX_LABEL_LENGTH, MAX_TEXT_LENGTH, parseConfig, parseDuration } from '../../src/core/team/config';
import { MAX_FOLDER_GLOB_LENGTH } from '../../src/core/index/folders';
import { MAX_HANDLE_LENGTH } from '../../src/core/team/handles';
import { SAMPLE_REPO } from '../support/helpers';
import { ROOT } from '../support/paths';

interface Prop {
  default?: unknown;
  maxItems?: number;
  maxLength?: number;
  not?: { pattern: string };
  pattern?: string;
  properties?: Record<string, Prop>;
  items?: Prop;
}
const schema = JSON.parse(readFileSync(path.join(ROOT, 'media/config.schema.json'), 'utf8')) as Prop & { properties: Record<string, Prop> };
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { yamlValidation: { fileMatch: string; url: string }[]; snippets: { language: string; path: string }[] };
};

describe('the JSON schema of the team configuration', () => {
  it('is contributed for .async/config.yaml, as the snippets are for Markdown', () => {
    assert.deepEqual(pkg.contributes.yamlValidation, [{ fileMatch: '**/.async/config.yaml', url: './media/config.schema.json' }]);
    assert.deepEqual(pkg.contributes.snippets, [{ language: 'markdown', path: './snippets/markdown.json' }]);
  });

  it('has the keys the sample team uses, and its defaults are the reader defaults', () => {
    const sample = parse(readFileSync(path.join(SAMPLE_REPO, '.async/config.yaml'), 'utf8')) as Record<string, unknown>;
    for (const key of Object.keys(sample)) assert.ok(key in schema.properties, key);
    const defaults = Object.entries(schema.properties)
      .map(([k, p]) => `${k}: ${JSON.stringify(p.default ?? [])}`)
      .join('\n');
    const { config, problems } = parseConfig(defaults);
    assert.deepEqual(problems, []);
    assert.deepEqual(config, defaultConfig());
  });

  it('accepts the durations the reader accepts and rejects the others', () => {
    const pattern = new RegExp(schema.properties['reply-within'].pattern!);
    for (const raw of ['24h', '7d', '90m', '2 business days', '8 working hours', '1.5d', '3bd', 'soon', '24', 'h', '2 weeks']) {
      assert.equal(pattern.test(raw), parseDuration(raw) !== null, raw);
    }
    const hours = new RegExp(schema.properties.team.items!.properties!.hours.pattern!);
    assert.ok(hours.test('09:00-17:00') && !hours.test('9-5'));
  });

  it('has the handbook defaults (handbook and docs, every 6 months) and accepts exactly the review intervals the reader accepts', () => {
    const p = schema.properties;
    assert.deepEqual([p.handbook.default, p['review-every'].default], [['handbook', 'docs'], '6 months']);
    const interval = new RegExp(p['review-every'].pattern!);
    const schemaAccepts = (raw: string) => interval.test(raw) && raw.length <= p['review-every'].maxLength!;
    const units = [
      'd',
      'day',
      'days',
      'w',
      'wk',
      'wks',
      'week',
      'weeks',
      'mo',
      'mos',
      'month',
      'months',
      'm',
      'y',
      'yr',
      'yrs',
      'year',
      'years',
      'h',
    ];
    const tried: string[] = [];
    for (const n of [
      '0',
      '1',
      '5',
      '6',
      '7',
      '06',
      '59',
      '60',
      '61',
      '259',
      '260',
      '261',
      '999',
      '1000',
      '1826',
      '1827',
      '2000',
      '1.5',
      '-1',
      '',
    ])
      for (const unit of units)
        for (const written of [
          `${n} ${unit}`,
          `${n}${unit}`,
          ` ${n}  ${unit.toUpperCase()} `,
          `${n} ${unit[0].toUpperCase()}${unit.slice(1)}`,
        ])
          tried.push(written);
    tried.push('six months', '6 months ago', `6${' '.repeat(40)}months`, '6\tmonths');
    for (const raw of tried) assert.equal(schemaAccepts(raw), parseReviewInterval(raw) !== null, JSON.stringify(raw));
    // Minutes and hours are no review interval: "3m" is three minutes in reply-within.
    assert.equal(schemaAccepts('3m'), false);
    assert.ok(schemaAccepts('6 months') && schemaAccepts('1826 days') && !schemaAccepts('1827 days'));
  });

  it('has the bounds the reader keeps', () => {
    const p = schema.properties;
    assert.deepEqual([p.team.maxItems, p.holidays.maxItems, p['working-days'].maxItems], [MAX_ITEMS.team, MAX_ITEMS.holidays, 7]);
    assert.equal(p['request-label'].maxLength, MAX_LABEL_LENGTH);
    for (const key of ['requests', 'decisions', 'meetings', 'handbook']) {
      assert.deepEqual([p[key].maxItems, p[key].items!.maxLength], [MAX_ITEMS.folders, MAX_FOLDER_GLOB_LENGTH], key);
      const outside = new RegExp(p[key].items!.not!.pattern);
      for (const f of ['../adr', 'docs/../../adr', '/etc', '~/adr', 'C:/adr', 'docs\\..\\x']) assert.ok(outside.test(f), f);
      for (const f of ['docs/adr', 'a..b/c', '*/docs/adr']) assert.ok(!outside.test(f), f);
    }
    // A handle is shorter than other texts (an optional @ and at most MAX_HANDLE_LENGTH characters).
    for (const [k, m] of Object.entries(p.team.items!.properties!))
      assert.equal(m.maxLength, k === 'handle' ? MAX_HANDLE_LENGTH + 1 : MAX_TEXT_LENGTH, k);
    const duration = new RegExp(p['comment-period'].pattern!);
    assert.ok(duration.test('527040m') && !duration.test('100000000d'));
    const hours = new RegExp(p.team.items!.properties!.hours.pattern!);
    for (const h of ['00:00-24:00', '22:00-06:00']) assert.ok(hours.test(h), h);
    for (const h of ['24:30-08:00', '09:60-17:00', '25:00-26:00']) assert.ok(!hours.test(h), h);
  });
});
