// Real decision records from public projects (../shared/corpus/adr beside the project; not copied
// into it). Each file is read under the path it has in its own repository (SOURCES.tsv), so numbers
// come from real file names. corpus-statuses.tsv holds the status a careful reader gives each one.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig } from '../../../../src/core/team/config';
import { runCli } from '../../../../src/cli/main';
import { parseDecision } from '../../../../src/core/decisions/parse';
import { readDocument } from '../../../../src/core/records/document';
import type { DecisionRecord } from '../../../../src/core/records/types';
import { ROOT } from '../../../support/paths';

const CORPUS = path.join(ROOT, '../shared/corpus/adr');
const EXPECTED = path.join(ROOT, 'test/unit/core/decisions/corpus-statuses.tsv');

function tsv(file: string): string[][] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#') && !l.startsWith('file\t'))
    .map((l) => l.split('\t'));
}

describe('the decision corpus', function () {
  if (!fs.existsSync(CORPUS)) {
    it('is not beside the project (../shared/corpus/adr): the corpus tests do not run');
    return;
  }
  const sources = new Map(tsv(path.join(CORPUS, 'SOURCES.tsv')).map(([file, source]) => [file, source]));
  const files = fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const records = new Map<string, DecisionRecord>();

  before(() => {
    for (const f of files)
      records.set(f, parseDecision(readDocument(fs.readFileSync(path.join(CORPUS, f), 'utf8'), sources.get(f) ?? f), defaultConfig()));
  });

  it('reads every file without throwing, each with a title and a status', () => {
    assert.equal(files.length, 268);
    for (const [file, r] of records) {
      assert.ok(r.title.trim().length > 0, `${file}: no title`);
      assert.ok(r.status.length > 0, `${file}: empty status`);
      if (r.statusRaw) assert.notEqual(r.status, 'unknown', `${file}: status "${r.statusRaw}" not understood`);
    }
    const counts: Record<string, number> = {};
    for (const r of records.values()) counts[r.status] = (counts[r.status] ?? 0) + 1;
    console.log(
      `      statuses: ${Object.entries(counts)
        .sort((a, b) => b[1] - a[1])
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')}`,
    );
  });

  it('gives each record the status a careful reader would', () => {
    const expected = tsv(EXPECTED);
    assert.equal(expected.length, files.length, 'corpus-statuses.tsv names every corpus file');
    const wrong = expected
      .filter(([file, status]) => records.get(file)?.status !== status)
      .map(([file, status]) => `${file}: ${records.get(file)?.status} (raw "${records.get(file)?.statusRaw}"), expected ${status}`);
    console.log(`      status right on ${expected.length - wrong.length} of ${expected.length} records`);
    assert.deepEqual(wrong, []);
  });

  it('takes numbers from file names and titles without their numbers', () => {
    const r = (prefix: string) => [...records].find(([f]) => f.startsWith(prefix))![1];
    // The heading says 29; the file name's number wins.
    assert.equal(r('ministryofjustice__cloud-platform__030').number, 30);
    assert.equal(r('ministryofjustice__cloud-platform__028').title, 'Repo vulnerability scanning');
    assert.equal(r('cloudfoundry__cloud_controller_ng__0002').title, 'Using Machinist for Factories');
    assert.equal(r('arachne-framework__architecture__adr-002').number, 2);
    assert.equal(r('ansforge__ans-architecture-adr__0001').title, 'Choix du modèle pour la rédaction des ADR');
    assert.equal(r('joelparkerhenderson__architecture-decision-record__go-programming').title, 'Go programming language');
    assert.equal(r('thomvaill__log4brains__20201028-adr-with-no-metadata').number, null);
  });

  it('reads the dates real records write', () => {
    const date = (prefix: string) =>
      [...records]
        .find(([f]) => f.startsWith(prefix))![1]
        .date?.toISOString()
        .slice(0, 10);
    assert.equal(date('ministryofjustice__cloud-platform__001'), '2018-02-05'); // 05/02/2018, day first
    assert.equal(date('ministryofjustice__cloud-platform__004'), '2018-04-10'); // 10/04/18
    assert.equal(date('ministryofjustice__cloud-platform__006'), '2018-04-09'); // "Date 09/04/2018", no colon
    assert.equal(date('operate-first__blueprint__0003'), '2020-11-09'); // 2020-Nov-09
    assert.equal(date('thomvaill__log4brains__20201028-adr-with-no-metadata'), '2020-10-28'); // from the file name
  });

  it('is listed whole by async-work list, as a bare folder of decision records', async () => {
    let out = '';
    const code = await runCli(['list', CORPUS, '--type', 'decision', '--format', 'json'], {
      out: (s) => (out += s),
      err: () => undefined,
      env: {},
    });
    assert.equal(code, 0);
    assert.equal((JSON.parse(out) as unknown[]).length, 268);
  });

  it('follows superseded records to their successor', () => {
    const r = (prefix: string) => [...records].find(([f]) => f.startsWith(prefix))![1];
    assert.equal(
      r('home-assistant__architecture__0002').supersededBy,
      'home-assistant/architecture/adr/0020-minimum-supported-python-version.md',
    );
    assert.equal(r('cloudfoundry__cloud_controller_ng__0015').status, 'accepted');
    assert.deepEqual(r('cloudfoundry__cloud_controller_ng__0015').supersedes, [
      'cloudfoundry/cloud_controller_ng/decisions/0002-using-machinist-for-factories.md',
    ]);
  });
});
