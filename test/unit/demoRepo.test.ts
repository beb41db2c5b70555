import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { groupDecisions } from '../../src/core/decisions/groups';
import { groupPages } from '../../src/core/handbook/groups';
import { groupRequests } from '../../src/core/requests/groups';
import { scan } from '../../src/node/scan';
import { SAMPLE_NOW, SAMPLE_REPO } from '../support/helpers';
import { ROOT } from '../support/paths';

interface DemoRepo {
  makeDemoRepo(sample: string, dest: string, now: number): { folder: string; now: Date };
  shiftText(text: string, weeks: number): string;
}
// The `npm start` demo copy (an ES module of the test host scripts).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const demo = require(path.join(ROOT, 'test/host/demoRepo.mjs')) as DemoRepo;

/** A day of the month as rows show it ("Thu 26 Nov, 16:00"): it moves with the demo, its weekday and time of day do not. */
const withoutDay = (text: string) => text.replace(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}( \d{4})?,/g, '$1 <day>,');

/** What the sidebar shows for a repository at `now`: every group's rows, with the texts the user reads (days of the month aside). */
async function sidebar(folder: string, now: Date): Promise<Record<string, string[]>> {
  const { index, config, codeowners } = await scan(folder);
  const records = index.records();
  const requests = groupRequests(
    records.map((record) => ({ ref: record.path, key: record.path, record, config: config.config })),
    { me: 'alice', now, snoozed: new Map() },
  );
  const decisions = groupDecisions(
    records.filter((r) => r.type === 'decision').map((record) => ({ ref: record.path, record, config: config.config })),
    now,
  );
  const handbook = groupPages(
    records.flatMap((record) => (record.type === 'page' ? [{ ref: record.path, record, config: config.config, codeowners }] : [])),
    { me: 'alice', now },
  );
  return Object.fromEntries([
    ...requests.map((g) => [g.id, g.rows.map((r) => withoutDay(`${r.label} | ${r.description} | ${r.urgency}`))]),
    ...decisions.map((g) => [g.id, g.rows.map((r) => `${r.record.title} | ${r.record.status}`)]),
    // Months are not whole weeks: a review's days left move by a day or two, its state does not.
    ...handbook.map((g) => [
      `handbook:${g.id}`,
      g.rows.map((r) => `${r.record.title} | ${r.review.state} | ${r.ownership.owners.join(',')}`),
    ]),
  ]);
}

describe('the npm start demo copy of the sample repository', () => {
  // A weekend, a Monday just after midnight, the night Europe changes clocks, and the year's end.
  const days = ['2026-12-05T12:00:00Z', '2026-12-07T00:30:00Z', '2027-03-28T01:30:00Z', '2026-12-31T23:30:00Z', '2026-11-25T11:59:00Z'];
  let expected: Record<string, string[]>;
  const dirs: string[] = [];
  before(async () => {
    expected = await sidebar(SAMPLE_REPO, SAMPLE_NOW);
  });
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  for (const day of days) {
    it(`shows the sample's states when the machine's clock says ${day}`, async () => {
      const dest = mkdtempSync(path.join(os.tmpdir(), 'async-work-demo-'));
      dirs.push(dest);
      const { folder, now } = demo.makeDemoRepo(SAMPLE_REPO, dest, Date.parse(day));
      // The clock starts at the sample's moment moved by whole weeks: a Wednesday noon, at most a week back.
      assert.equal(now.getUTCDay(), SAMPLE_NOW.getUTCDay());
      assert.equal(now.getUTCHours(), 12);
      assert.ok(now.getTime() <= Date.parse(day) && Date.parse(day) - now.getTime() < 7 * 86_400_000);
      assert.deepEqual(await sidebar(folder, now), expected);
    });
  }

  it('moves dates and date-times by whole weeks, keeping their weekday and time of day', () => {
    const text = 'created: 2026-11-23T09:00:00Z\ndeadline: 2026-11-27\n- [ ] @a (due 2026-12-31)';
    assert.equal(demo.shiftText(text, 2), 'created: 2026-12-07T09:00:00Z\ndeadline: 2026-12-11\n- [ ] @a (due 2027-01-14)');
    assert.equal(
      demo.shiftText(demo.shiftText(readFileSync(path.join(SAMPLE_REPO, '.async/config.yaml'), 'utf8'), 5), -5),
      readFileSync(path.join(SAMPLE_REPO, '.async/config.yaml'), 'utf8'),
    );
  });
});
